// ORG-2 on every case route: another applicant, another district's staff and another agency's staff
// find nothing (404); staff of the handling agency who do not handle cases may read but not act (403).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, apply, type CaseView, choicesFor, matters, uploadProof } from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { rolePermissions } from '../platform/auth/permissions.ts';
import { caseProofs, cases, commitments } from './schema.ts';

const LS = '370212';
let t: TestApp;
const sessions: Record<string, Session> = {};
/** ls-applicant's cases: one submitted, one accepted, one draft. */
let submitted: CaseView;
let accepted: CaseView;
let draft: CaseView;

const as = (username: string) => sessions[username]!;

type Needs = 'cases.read' | 'cases.apply' | 'cases.handle';
interface CaseRoute {
  method: string;
  url: string;
  body?: unknown;
  /** The permission the route asks of the role before it looks at the case. */
  needs: Needs;
}

/** Every case route aimed at one case, as its user would call it. */
function caseRoutes(c: CaseView, fileId: string): CaseRoute[] {
  const proof = c.proofs[0]!;
  const doc = c.documents[0];
  const action = (name: string, needs: Needs): CaseRoute => ({
    method: 'POST',
    url: `/api/cases/${c.id}/actions`,
    body: { action: name, revision: c.revision, note: '越权操作' },
    needs,
  });
  return [
    { method: 'GET', url: `/api/cases/${c.id}`, needs: 'cases.read' },
    { method: 'GET', url: `/api/cases/${c.id}/signing-payloads`, needs: 'cases.apply' },
    {
      method: 'POST',
      url: `/api/cases/${c.id}/submit`,
      body: { revision: c.revision, signature: { method: 'platform' } },
      needs: 'cases.apply',
    },
    action('accept', 'cases.handle'),
    action('request-correction', 'cases.handle'),
    action('terminate', 'cases.handle'),
    action('withdraw', 'cases.apply'),
    action('resubmit', 'cases.apply'),
    {
      method: 'POST',
      url: `/api/cases/${c.id}/decision`,
      body: { outcome: 'approve', revision: c.revision, documentNo: '越权〔2026〕1号' },
      needs: 'cases.handle',
    },
    {
      method: 'POST',
      url: `/api/cases/${c.id}/decision`,
      body: { outcome: 'refuse', revision: c.revision, documentNo: '越权〔2026〕2号', reason: '越权' },
      needs: 'cases.handle',
    },
    {
      method: 'POST',
      url: `/api/cases/${c.id}/proofs/${proof.id}/withdraw-commitment`,
      body: { revision: c.revision, fileId, reason: '越权撤回' },
      needs: 'cases.apply',
    },
    {
      method: 'POST',
      url: `/api/cases/${c.id}/proofs/${proof.id}/attach-file`,
      body: { revision: c.revision, fileId },
      needs: 'cases.apply',
    },
    ...(doc
      ? [{ method: 'GET', url: `/api/cases/${c.id}/documents/${doc.id}/pdf`, needs: 'cases.read' as const }]
      : []),
  ];
}

/** The case as stored, to show refused calls changed nothing. */
async function snapshot(id: string) {
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, id));
  const proofs = await t.database.db.select().from(caseProofs).where(eq(caseProofs.caseId, id));
  const signed = await t.database.db.select().from(commitments).where(eq(commitments.caseId, id));
  return {
    state: row!.state,
    revision: row!.revision,
    decisionNo: row!.decisionNo,
    proofs: proofs.map((p) => [p.id, p.choice, p.fileId]).sort(),
    commitments: signed.map((c) => [c.id, c.state]).sort(),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('ls-admin');
  const agencies = await ok<{ id: string; name: string }[]>(
    admin.request('GET', `/api/agencies?district=${LS}`),
  );
  await ok(
    admin.request('POST', '/api/users', {
      username: 'org2-civil-officer',
      password: 'Initial2026',
      displayName: '民政窗口',
      role: 'case-officer',
      jurisdictionCode: LS,
      agencyId: agencies.find((a) => a.name === '崂山区民政局')!.id,
    }),
    201,
  );
  for (const name of [
    'ls-applicant',
    'ls-company',
    'ls-case-officer',
    'ls-verifier',
    'ls-credit',
    'ls-justice',
    'ls-admin',
    'st-applicant',
    'st-company',
    'st-case-officer',
    'st-verifier',
    'st-admin',
  ])
    sessions[name] = await t.login(name);
  sessions['org2-civil-officer'] = await t.login('org2-civil-officer', 'Initial2026');
  const applicant = as('ls-applicant');
  const graduates = (await matters(applicant, LS)).find((m) => m.code === 'LS-29')!;
  const body = async () => ({
    administrativeMatterId: graduates.id,
    proofs: await choicesFor(applicant, LS, graduates),
  });
  submitted = await ok<CaseView>(apply(applicant, await body()), 201);
  accepted = await ok<CaseView>(
    act(as('ls-case-officer'), await ok<CaseView>(apply(applicant, await body()), 201), 'accept'),
  );
  draft = await ok<CaseView>(apply(applicant, { ...(await body()), submit: false }), 201);
});
afterAll(() => t.close());

describe('ORG-2 every case route refuses those outside the case', () => {
  const outsiders = [
    ['ls-company', 'applicant', 'another applicant of the same district'],
    ['st-applicant', 'applicant', 'an applicant of another district'],
    ['st-company', 'applicant', 'an organisation of another district'],
    ['st-case-officer', 'case-officer', 'a case officer of another district'],
    ['st-verifier', 'verifier', 'a verifier of another district'],
    ['st-admin', 'admin', 'the admin of another district'],
    ['org2-civil-officer', 'case-officer', 'a case officer of another agency of the same district'],
    ['ls-credit', 'credit-officer', 'staff of another agency of the same district'],
    ['ls-justice', 'justice-officer', 'staff of another agency of the same district'],
  ] as const;

  for (const [who, role, what] of outsiders)
    it(`ORG-2: ${who} (${what}) finds none of the applicant’s cases on any case route: 404, or 403 where the role may not use the route`, async () => {
      const session = as(who);
      const mayUpload = role === 'applicant' || role === 'case-officer';
      const fileId = mayUpload ? await uploadProof(session, who.startsWith('st-') ? '370406' : LS) : null;
      for (const c of [submitted, accepted, draft]) {
        const before = await snapshot(c.id);
        for (const route of caseRoutes(c, fileId ?? c.proofs[0]!.id)) {
          const response = await session.request(route.method, route.url, route.body);
          const call = `${who} ${route.method} ${route.url} ${JSON.stringify(route.body ?? '')} → ${response.statusCode} ${response.body.slice(0, 200)}`;
          const allowed = (rolePermissions[role] as readonly string[]).includes(route.needs);
          expect(response.statusCode, call).toBe(allowed ? 404 : 403);
          expect(response.json().code, call).toBe(allowed ? 'NOT_FOUND' : 'FORBIDDEN');
          // a refusal says nothing about the case it refuses
          expect(response.body, call).not.toContain(c.caseNo);
          expect(response.body, call).not.toContain('张立新');
        }
        expect(await snapshot(c.id), `${who} changed ${c.caseNo}`).toEqual(before);
      }
      const listed = await session.request('GET', '/api/cases');
      expect(listed.statusCode).toBe(200);
      const ids = (listed.json() as { id: string }[]).map((x) => x.id);
      for (const c of [submitted, accepted, draft]) expect(ids, who).not.toContain(c.id);
    });

  it('ORG-2: an applicant cannot attach another applicant’s file, nor apply with it (400 fileId)', async () => {
    const company = as('ls-company');
    const foreign = await uploadProof(as('ls-applicant'), LS);
    const graduates = (await matters(company, LS)).find((m) => m.code === 'LS-29')!;
    const withForeign = await apply(company, {
      administrativeMatterId: graduates.id,
      proofs: await choicesFor(company, LS, graduates, () => ({ choice: 'upload', fileId: foreign })),
    });
    expect(withForeign.statusCode, withForeign.body).toBe(400);
    expect(withForeign.json().field).toBe('fileId');
    const own = await ok<CaseView>(
      apply(company, {
        administrativeMatterId: graduates.id,
        proofs: await choicesFor(company, LS, graduates, () => ({ choice: 'upload' })),
      }),
      201,
    );
    const attach = await company.request(
      'POST',
      `/api/cases/${own.id}/proofs/${own.proofs[0]!.id}/attach-file`,
      {
        revision: own.revision,
        fileId: foreign,
      },
    );
    expect(attach.statusCode).toBe(400);
    expect(attach.json().field).toBe('fileId');
  });
});

describe('ORG-2 the handling agency’s staff: who reads, who acts', () => {
  it('ORG-2: the agency’s verifier reads the case and its letters but may not accept or decide (403)', async () => {
    const verifier = as('ls-verifier');
    const seen = await ok<CaseView>(verifier.request('GET', `/api/cases/${accepted.id}`));
    expect(seen.caseNo).toBe(accepted.caseNo);
    expect(seen.allowedActions).toEqual([]);
    const pdf = await verifier.request('GET', accepted.documents[0]!.pdfUrl);
    expect(pdf.statusCode).toBe(200);
    const before = await snapshot(accepted.id);
    const decision = await verifier.request('POST', `/api/cases/${accepted.id}/decision`, {
      outcome: 'approve',
      revision: accepted.revision,
      documentNo: '崂人社给〔2026〕9201号',
    });
    expect(decision.statusCode).toBe(403);
    expect(decision.json().code).toBe('FORBIDDEN');
    expect((await act(verifier, submitted, 'accept')).statusCode).toBe(403);
    expect((await act(verifier, accepted, 'withdraw', 'x')).statusCode).toBe(403);
    expect(await snapshot(accepted.id)).toEqual(before);
    // the queue of the agency is readable to its verifier, with due dates
    const queue = await ok<{ id: string; dueDate: string | null }[]>(verifier.request('GET', '/api/cases'));
    expect(queue.find((c) => c.id === accepted.id)?.dueDate).toBe(accepted.decisionDueDate);
  });

  it('ORG-2: the district admin reads the district’s cases but may not handle them (403)', async () => {
    const admin = as('ls-admin');
    expect((await admin.request('GET', `/api/cases/${submitted.id}`)).statusCode).toBe(200);
    expect((await act(admin, submitted, 'accept')).statusCode).toBe(403);
  });

  it('ORG-2: the case officer handles but does not act for an online applicant, nor read their draft', async () => {
    const officer = as('ls-case-officer');
    const read = await officer.request('GET', `/api/cases/${draft.id}`);
    expect(read.statusCode).toBe(404);
    expect((await as('ls-verifier').request('GET', `/api/cases/${draft.id}`)).statusCode).toBe(404);
    const signing = await officer.request('GET', `/api/cases/${draft.id}/signing-payloads`);
    expect(signing.statusCode).toBe(403);
    const submit = await officer.request('POST', `/api/cases/${draft.id}/submit`, {
      revision: draft.revision,
      signature: { method: 'paper', scanFileId: await uploadProof(officer, LS) },
    });
    expect(submit.statusCode).toBe(403);
    expect((await ok<{ id: string }[]>(officer.request('GET', '/api/cases'))).map((c) => c.id)).not.toContain(
      draft.id,
    );
    expect((await snapshot(draft.id)).state).toBe('draft');
  });

  it('ORG-2: the applicant’s own reads succeed on every read route (the refusals above are not blanket)', async () => {
    const applicant = as('ls-applicant');
    expect((await applicant.request('GET', `/api/cases/${accepted.id}`)).statusCode).toBe(200);
    expect((await applicant.request('GET', accepted.documents[0]!.pdfUrl)).statusCode).toBe(200);
    expect((await applicant.request('GET', `/api/cases/${draft.id}/signing-payloads`)).statusCode).toBe(200);
    expect((await ok<{ id: string }[]>(applicant.request('GET', '/api/cases'))).map((c) => c.id)).toEqual(
      expect.arrayContaining([submitted.id, accepted.id, draft.id]),
    );
  });
});
