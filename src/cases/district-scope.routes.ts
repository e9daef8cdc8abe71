// ORG-2 for the routes of cases (applications, handling, decisions, letters, uploads): what each
// route is probed with. Run by district-scope.api.test.ts; the coverage test in platform/http checks
// that every route has its entry.
import { expect } from 'vitest';
import { PDF_BYTES } from '../../tests/support/cases.ts';
import {
  APPLICANTS,
  CASE_READERS,
  home,
  type Prober,
  strangerId,
} from '../../tests/support/district-scope/actors.ts';
import { byEach, notFound, type Probe, type RouteCase } from '../../tests/support/district-scope/probes.ts';
import { type CaseMarks, casesState, type World } from '../../tests/support/district-scope/world.ts';
import { storedDocuments } from '../documents/index.ts';

/** Who takes cases at the window (case officers). */
const WINDOWS = { ls: ['ls-case-officer'], st: ['st-case-officer', 'st-dianzi-officer'] } as const;
/** Staff who may read cases but neither apply nor handle them. */
const NON_HANDLERS = ['ls-justice', 'ls-verifier', 'st-justice', 'st-verifier'] as const;

/** Each district's `probers` against the other district's cases: `make` the probes. */
const againstOtherCases = (
  w: World,
  probers: { ls: readonly Prober[]; st: readonly Prober[] },
  make: (as: Prober, target: CaseMarks, own: CaseMarks) => Probe[],
): Probe[] => [
  ...probers.ls.flatMap((as) => make(as, w.cases.st, w.cases.ls)),
  ...probers.st.flatMap((as) => make(as, w.cases.ls, w.cases.st)),
];
const both = <T extends string>(
  a: { ls: readonly T[]; st: readonly T[] },
  b: { ls: readonly T[]; st: readonly T[] },
) => ({
  ls: [...a.ls, ...b.ls],
  st: [...a.st, ...b.st],
});
/** The case routes' check afterwards: no case, proof, commitment, file or task changed. */
async function casesUnchanged(world: World) {
  expect(await casesState(world)).toEqual(world.casesBefore);
}
const uploadBody = (district: string) => ({
  districtCode: district,
  fileName: '越权上传.pdf',
  contentType: 'application/pdf',
  contentBase64: PDF_BYTES.toString('base64'),
});

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/cases/matters',
    rule: 'applicants apply in any district; a window officer sees the matters of the districts they serve',
    probes: () => [
      ...byEach(WINDOWS.ls, '/api/cases/matters?district=370406', 404),
      ...byEach(WINDOWS.st, '/api/cases/matters?district=370212', 404),
      { as: 'ls-justice', url: '/api/cases/matters?district=370212', expect: 403 },
      { as: 'st-verifier', url: '/api/cases/matters?district=370406', expect: 403 },
      { as: 'ls-case-officer', url: '/api/cases/matters?district=370212', expect: 'clean' },
      { as: 'st-dianzi-officer', url: '/api/cases/matters?district=370406', expect: 'clean' },
      { as: 'ls-applicant', url: '/api/cases/matters?district=370212', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/cases/application-form',
    rule: 'a window officer fills forms of the districts they serve; another district’s matter is not found',
    probes: (w) => [
      ...againstOtherCases(w, WINDOWS, (as, target) => [
        notFound(as, `/api/cases/application-form?matterId=${target.matter.id}`),
      ]),
      { as: 'ls-justice', url: `/api/cases/application-form?matterId=${w.cases.ls.matter.id}`, expect: 403 },
      {
        as: 'ls-case-officer',
        url: `/api/cases/application-form?matterId=${w.cases.ls.matter.id}`,
        expect: 'clean',
      },
      {
        as: 'st-case-officer',
        url: `/api/cases/application-form?matterId=${w.cases.st.matter.id}`,
        expect: 'clean',
      },
    ],
  },
  {
    method: 'POST',
    path: '/api/cases/files',
    rule: 'window officers (scans), verifiers (evidence, VER-3/4) and regulators (inspection records, SUP-1) upload only into the districts they serve; other staff not at all',
    probes: () => [
      ...byEach(
        [...WINDOWS.ls, 'ls-verifier', 'ls-regulator'],
        '/api/cases/files',
        404,
        uploadBody('370406'),
      ),
      ...byEach(
        [...WINDOWS.st, 'st-verifier', 'st-regulator'],
        '/api/cases/files',
        404,
        uploadBody('370212'),
      ),
      ...byEach(
        ['ls-justice', 'st-justice', 'ls-credit', 'st-credit'],
        '/api/cases/files',
        403,
        uploadBody('370212'),
      ),
    ],
    unchanged: casesUnchanged,
  },
  {
    method: 'POST',
    path: '/api/cases',
    rule: 'a window officer enters applications for their own agency’s matters only',
    probes: (w) => [
      ...againstOtherCases(w, WINDOWS, (as, target, own) => [
        {
          as,
          url: '/api/cases',
          body: {
            administrativeMatterId: target.matter.id,
            proofs: target.matter.proofs.map(({ fileId: _f, ...p }) => ({ ...p, choice: 'commit' })),
            applicant: { kind: 'person', identifier: strangerId, name: '越权录入' },
            signature: { method: 'paper', scanFileId: own.scan },
          },
          expect: 403,
        },
      ]),
      {
        as: 'ls-justice',
        url: '/api/cases',
        body: { administrativeMatterId: w.cases.st.matter.id, proofs: w.cases.st.matter.proofs },
        expect: 403,
      },
    ],
    unchanged: casesUnchanged,
  },
  {
    method: 'GET',
    path: '/api/cases',
    rule: 'an applicant’s own cases; staff: their district’s (agency staff: their agency’s)',
    probes: () => [
      ...byEach(CASE_READERS.ls, '/api/cases', 'clean'),
      ...byEach(CASE_READERS.st, '/api/cases', 'clean'),
      ...byEach([...APPLICANTS.ls, ...APPLICANTS.st], '/api/cases', 'clean'),
      { as: 'ls-case-officer', url: '/api/cases?state=accepted,approved', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/cases/{id}',
    rule: 'a case of another district (or another applicant) is not found',
    probes: (w) => [
      ...againstOtherCases(w, both(CASE_READERS, APPLICANTS), (as, target) =>
        [target.submitted, target.accepted, target.approved].map((c) => notFound(as, `/api/cases/${c.id}`)),
      ),
      { as: 'ls-case-officer', url: `/api/cases/${w.cases.ls.accepted.id}`, expect: 'clean' },
      { as: 'ls-verifier', url: `/api/cases/${w.cases.ls.approved.id}`, expect: 'clean' },
      { as: 'st-case-officer', url: `/api/cases/${w.cases.st.accepted.id}`, expect: 'clean' },
      { as: 'st-applicant', url: `/api/cases/${w.cases.st.draft.id}`, expect: 'clean' },
    ],
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/personal-data',
    rule: 'the handling officers and verifiers of the case’s own agency only, audited',
    probes: (w) => [
      ...againstOtherCases(w, CASE_READERS, (as, target) => [
        notFound(as, `/api/cases/${target.accepted.id}/personal-data`),
      ]),
      ...byEach(['ls-applicant'], `/api/cases/${w.cases.st.accepted.id}/personal-data`, 404),
    ],
  },
  {
    method: 'GET',
    path: '/api/cases/{id}/signing-payloads',
    rule: 'a draft of another district is not found',
    probes: (w) => [
      ...againstOtherCases(w, both(WINDOWS, APPLICANTS), (as, target) => [
        notFound(as, `/api/cases/${target.draft.id}/signing-payloads`),
      ]),
      ...byEach(NON_HANDLERS, `/api/cases/${w.cases.ls.draft.id}/signing-payloads`, 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/submit',
    rule: 'a draft of another district is not found',
    probes: (w) =>
      againstOtherCases(w, both(WINDOWS, APPLICANTS), (as, target, own) => [
        notFound(as, `/api/cases/${target.draft.id}/submit`, {
          revision: target.draft.revision,
          signature: as.endsWith('officer')
            ? { method: 'paper', scanFileId: own.scan }
            : { method: 'platform' },
        }),
      ]),
    unchanged: casesUnchanged,
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/actions',
    rule: 'a case of another district is not found, whatever the step; staff who do not handle cases are refused',
    probes: (w) => [
      ...againstOtherCases(w, WINDOWS, (as, target) => [
        notFound(as, `/api/cases/${target.submitted.id}/actions`, {
          action: 'accept',
          revision: target.submitted.revision,
        }),
        notFound(as, `/api/cases/${target.submitted.id}/actions`, {
          action: 'terminate',
          revision: target.submitted.revision,
          note: '越权终止',
        }),
        notFound(as, `/api/cases/${target.accepted.id}/actions`, {
          action: 'request-correction',
          revision: target.accepted.revision,
          note: '越权补正',
        }),
      ]),
      ...againstOtherCases(w, APPLICANTS, (as, target) => [
        notFound(as, `/api/cases/${target.submitted.id}/actions`, {
          action: 'withdraw',
          revision: target.submitted.revision,
          note: '越权撤回',
        }),
      ]),
      ...NON_HANDLERS.map((as) => ({
        as,
        url: `/api/cases/${w.cases[home(as)].submitted.id}/actions`,
        body: { action: 'accept', revision: w.cases[home(as)].submitted.revision },
        expect: 403 as const,
      })),
    ],
    unchanged: casesUnchanged,
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/decision',
    rule: 'a case of another district is not found by a would-be decider; verifiers may not decide',
    probes: (w) => [
      ...againstOtherCases(w, WINDOWS, (as, target) => [
        notFound(as, `/api/cases/${target.accepted.id}/decision`, {
          outcome: 'approve',
          revision: target.accepted.revision,
          documentNo: '越权〔2026〕1号',
        }),
        notFound(as, `/api/cases/${target.accepted.id}/decision`, {
          outcome: 'refuse',
          revision: target.accepted.revision,
          documentNo: '越权〔2026〕2号',
          reason: '越权',
        }),
      ]),
      ...NON_HANDLERS.map((as) => ({
        as,
        url: `/api/cases/${w.cases[home(as)].accepted.id}/decision`,
        body: {
          outcome: 'approve',
          revision: w.cases[home(as)].accepted.revision,
          documentNo: '越权〔2026〕3号',
        },
        expect: 403 as const,
      })),
    ],
    unchanged: casesUnchanged,
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/proofs/{proofId}/withdraw-commitment',
    rule: 'a case of another district is not found',
    probes: (w) =>
      againstOtherCases(w, both(WINDOWS, APPLICANTS), (as, target, own) => [
        notFound(
          as,
          `/api/cases/${target.submitted.id}/proofs/${target.submitted.proofs[0]!.id}/withdraw-commitment`,
          {
            revision: target.submitted.revision,
            fileId: as.endsWith('officer') ? own.scan : own.file,
            reason: '越权撤回承诺',
          },
        ),
      ]),
    unchanged: casesUnchanged,
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/proofs/{proofId}/attach-file',
    rule: 'a case of another district is not found',
    probes: (w) =>
      againstOtherCases(w, both(WINDOWS, APPLICANTS), (as, target, own) => [
        notFound(as, `/api/cases/${target.accepted.id}/proofs/${target.accepted.proofs[0]!.id}/attach-file`, {
          revision: target.accepted.revision,
          fileId: as.endsWith('officer') ? own.scan : own.file,
        }),
      ]),
    unchanged: casesUnchanged,
  },
  {
    method: 'GET',
    path: '/api/cases/{id}/documents/{documentId}/pdf',
    rule: 'a letter of another district’s case is not found (not even rendered)',
    probes: (w) =>
      againstOtherCases(w, both(CASE_READERS, APPLICANTS), (as, target) =>
        target.accepted.documents.map((d) => notFound(as, d.pdfUrl)),
      ),
    async unchanged(w) {
      // the refused downloads rendered nothing: no stored document of any case letter
      const stored = await w.testApp.database.db
        .select({ subject: storedDocuments.subject })
        .from(storedDocuments);
      for (const d of [...w.cases.ls.accepted.documents, ...w.cases.st.accepted.documents])
        expect(stored.map((s) => s.subject)).not.toContain(`case-document:${d.id}`);
    },
  },
  {
    method: 'GET',
    path: '/api/cases/{id}/decision/pdf',
    rule: 'the decision document of another district’s case is not found (not even rendered)',
    probes: (w) =>
      againstOtherCases(w, both(CASE_READERS, APPLICANTS), (as, target) => {
        expect(target.approved.decisionDocument, 'a decision to aim at').not.toBeNull();
        return [notFound(as, target.approved.decisionDocument!.pdfUrl)];
      }),
    async unchanged(w) {
      const stored = await w.testApp.database.db
        .select({ subject: storedDocuments.subject })
        .from(storedDocuments);
      for (const c of [w.cases.ls.approved, w.cases.st.approved])
        expect(stored.map((s) => s.subject)).not.toContain(`case-document:${c.decisionDocument!.id}`);
    },
  },
  {
    method: 'GET',
    path: '/api/cases/{id}/documents/{documentId}/verification',
    rule: 'a letter of another district’s case is not found, nor checked',
    probes: (w) =>
      againstOtherCases(w, both(CASE_READERS, APPLICANTS), (as, target) =>
        target.accepted.documents.map((d) => notFound(as, d.verificationUrl)),
      ),
  },
  {
    method: 'GET',
    path: '/api/cases/{id}/files/{fileId}',
    rule: 'an uploaded proof of another district’s case is not found',
    probes: (w) =>
      againstOtherCases(w, both(CASE_READERS, APPLICANTS), (as, target) => {
        const files = target.accepted.proofs.flatMap((p) => (p.file ? [p.file.url] : []));
        expect(files.length, 'a file to aim at').toBeGreaterThan(0);
        return files.map((url) => notFound(as, url));
      }),
    unchanged: casesUnchanged,
  },
];
