// ORG-2 for the routes of verification (VER-1..9, SUP-3): what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
// 跨区域协查 (VER-4) is the one crossing: the agency asked sees the request, and only what it carries.
import { APPLICANTS, CASE_READERS, type Prober } from '../../tests/support/district-scope/actors.ts';
import { byEach, type Probe, type RouteCase } from '../../tests/support/district-scope/probes.ts';
import type { VerificationMarks, World } from '../../tests/support/district-scope/world.ts';

const VERIFIERS = { ls: ['ls-verifier'], st: ['st-verifier'] } as const;
/** Staff who read verification but do none of it. */
const OVERSEERS = {
  ls: ['ls-justice', 'ls-admin', 'ls-credit'],
  st: ['st-justice', 'st-admin', 'st-credit'],
} as const;
const ALL_APPLICANTS = [...APPLICANTS.ls, ...APPLICANTS.st, 'ls-company', 'st-company'] as const;
const NOBODY = '00000000-0000-4000-8000-000000000000';

/** Each district's `probers` against the other district's verification records. */
const againstOther = (
  w: World,
  probers: { ls: readonly Prober[]; st: readonly Prober[] },
  make: (as: Prober, target: VerificationMarks) => Probe[],
): Probe[] => [
  ...probers.ls.flatMap((as) => make(as, w.verification.st)),
  ...probers.st.flatMap((as) => make(as, w.verification.ls)),
];

const taskStep = (step: string, body: unknown): RouteCase => ({
  method: 'POST',
  path: `/api/verification/tasks/{id}/${step}`,
  rule: 'a task of another district is not found by its verifiers; other staff and applicants are refused',
  probes: (w) => [
    ...againstOther(w, VERIFIERS, (as, other) => [
      { as, url: `/api/verification/tasks/${other.taskId}/${step}`, body, expect: 404 },
    ]),
    ...againstOther(w, OVERSEERS, (as, other) => [
      { as, url: `/api/verification/tasks/${other.taskId}/${step}`, body, expect: 403 },
    ]),
    ...byEach(ALL_APPLICANTS, `/api/verification/tasks/${w.verification.ls.taskId}/${step}`, 403, body),
  ],
});

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/verification/tasks',
    rule: 'the verification tasks of the actor’s district (agency staff: their agency’s)',
    probes: () => [
      ...byEach(CASE_READERS.ls, '/api/verification/tasks', 'clean'),
      ...byEach(CASE_READERS.st, '/api/verification/tasks', 'clean'),
      ...byEach(ALL_APPLICANTS, '/api/verification/tasks', 403),
    ],
  },
  {
    method: 'GET',
    path: '/api/verification/tasks/{id}',
    rule: 'a task of another district is not found',
    probes: (w) => [
      ...againstOther(w, CASE_READERS, (as, other) => [
        { as, url: `/api/verification/tasks/${other.taskId}`, expect: 404 },
      ]),
      ...byEach(ALL_APPLICANTS, `/api/verification/tasks/${w.verification.ls.taskId}`, 403),
    ],
  },
  {
    method: 'GET',
    path: '/api/verification/tasks/{id}/evidence/{actionId}',
    rule: 'the evidence of another district’s task is not found',
    probes: (w) => [
      ...againstOther(w, CASE_READERS, (as, other) => [
        { as, url: `/api/verification/tasks/${other.taskId}/evidence/${other.evidenceId}`, expect: 404 },
      ]),
      ...byEach(
        ALL_APPLICANTS,
        `/api/verification/tasks/${w.verification.ls.taskId}/evidence/${w.verification.ls.evidenceId}`,
        403,
      ),
    ],
  },
  taskStep('run', {}),
  taskStep('start', {}),
  taskStep('result', { outcome: 'true', reason: '越权记录' }),
  taskStep('regularisation', { request: '越权补正' }),
  taskStep('assistance', { question: '越权协查' }),
  {
    method: 'GET',
    path: '/api/verification/assistance',
    rule: 'requests to and from one’s agency; the other district’s request shows only what it carries',
    probes: () => [
      ...byEach([...VERIFIERS.ls, ...VERIFIERS.st], '/api/verification/assistance', 'clean'),
      ...byEach([...OVERSEERS.ls, ...OVERSEERS.st, ...ALL_APPLICANTS], '/api/verification/assistance', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/verification/assistance/{id}/answer',
    rule: 'only the agency asked answers; a request to another agency is not found',
    probes: (w) => [
      // The LS request (LS-02's kinship) was sent to the LS police, not to 山亭区's verifiers.
      ...byEach(VERIFIERS.st, `/api/verification/assistance/${w.verification.ls.assistanceId}/answer`, 404, {
        outcome: 'true',
        answer: '越权答复',
      }),
      ...byEach(
        [...OVERSEERS.ls, ...OVERSEERS.st, ...ALL_APPLICANTS],
        `/api/verification/assistance/${w.verification.ls.assistanceId}/answer`,
        403,
        { outcome: 'true', answer: '越权答复' },
      ),
    ],
  },
  {
    method: 'GET',
    path: '/api/verification/assisting-agencies',
    rule: 'the agencies of every district served may be asked (跨区域协查): their names only, for verifiers',
    probes: () => [
      ...byEach([...VERIFIERS.ls, ...VERIFIERS.st], '/api/verification/assisting-agencies', { status: 200 }),
      ...byEach([...OVERSEERS.ls, ...ALL_APPLICANTS], '/api/verification/assisting-agencies', 403),
    ],
  },
  {
    method: 'GET',
    path: '/api/verification/visits',
    rule: 'the visits of the verifier’s agency',
    probes: () => [
      ...byEach([...VERIFIERS.ls, ...VERIFIERS.st], '/api/verification/visits', 'clean'),
      ...byEach([...OVERSEERS.ls, ...ALL_APPLICANTS], '/api/verification/visits', 403),
    ],
  },
  {
    method: 'GET',
    path: '/api/verification/visits/proposals',
    rule: 'mergeable on-site tasks of the verifier’s agency',
    probes: () => [
      ...byEach([...VERIFIERS.ls, ...VERIFIERS.st], '/api/verification/visits/proposals', 'clean'),
      ...byEach([...OVERSEERS.st, ...ALL_APPLICANTS], '/api/verification/visits/proposals', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/verification/visits',
    rule: 'a visit is scheduled for one’s own district’s tasks only',
    probes: (w) => {
      const body = (other: VerificationMarks) => ({
        taskIds: [other.taskId],
        scheduledOn: '2026-09-25',
        address: '越权地址',
        inspectors: [
          { name: '甲', certificateNo: '370000001' },
          { name: '乙', certificateNo: '370000002' },
        ],
      });
      return [
        ...againstOther(w, VERIFIERS, (as, other) => [
          { as, url: '/api/verification/visits', body: body(other), expect: 404 },
        ]),
        ...byEach(
          [...OVERSEERS.ls, ...ALL_APPLICANTS],
          '/api/verification/visits',
          403,
          body(w.verification.st),
        ),
      ];
    },
  },
  {
    method: 'POST',
    path: '/api/verification/visits/{id}/record',
    rule: 'a visit of another district (another agency) is not found',
    probes: (w) => {
      const body = { findings: '越权', results: [{ taskId: NOBODY, outcome: 'true', reason: '越权' }] };
      const stVisit = w.verification.st.visitId ?? NOBODY;
      return [
        ...byEach(VERIFIERS.ls, `/api/verification/visits/${stVisit}/record`, 404, body),
        ...byEach(
          [...OVERSEERS.st, ...ALL_APPLICANTS],
          `/api/verification/visits/${stVisit}/record`,
          403,
          body,
        ),
      ];
    },
  },
  {
    method: 'GET',
    path: '/api/verification/handling',
    rule: 'the handling records of the actor’s district (agency staff: their agency’s)',
    probes: () => [
      ...byEach(CASE_READERS.ls, '/api/verification/handling', 'clean'),
      ...byEach(CASE_READERS.st, '/api/verification/handling', 'clean'),
      ...byEach(ALL_APPLICANTS, '/api/verification/handling', 403),
    ],
  },
  {
    method: 'GET',
    path: '/api/verification/handling/{id}',
    rule: 'a handling record of another district is not found',
    probes: (w) => [
      ...byEach(CASE_READERS.st, `/api/verification/handling/${w.verification.ls.handlingId ?? NOBODY}`, 404),
      ...byEach(ALL_APPLICANTS, `/api/verification/handling/${w.verification.ls.handlingId ?? NOBODY}`, 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/verification/handling/{id}/actions',
    rule: 'only the handling agency acts; another district’s record is not found',
    probes: (w) => {
      const body = {
        kind: 'penalise',
        documentNo: '越权〔2026〕1号',
        decidedOn: '2026-09-24',
        details: '越权',
      };
      const url = `/api/verification/handling/${w.verification.ls.handlingId ?? NOBODY}/actions`;
      return [
        ...byEach(['st-case-officer', 'st-verifier'], url, 404, body),
        ...byEach(['ls-justice', 'st-justice', ...ALL_APPLICANTS], url, 403, body),
      ];
    },
  },
  {
    method: 'POST',
    path: '/api/verification/handling/{id}/actions/{actionId}/outcome',
    rule: 'only the handling agency concludes an action; another district’s record is not found',
    probes: (w) => {
      const body = { state: 'complied', outcome: '越权' };
      const url = `/api/verification/handling/${w.verification.ls.handlingId ?? NOBODY}/actions/${NOBODY}/outcome`;
      return [
        ...byEach(['st-case-officer', 'st-verifier'], url, 404, body),
        ...byEach(['ls-justice', ...ALL_APPLICANTS], url, 403, body),
      ];
    },
  },
  {
    method: 'POST',
    path: '/api/verification/findings',
    rule: 'a commitment of another district’s case is not found by its handling officers',
    probes: (w) => {
      const commitmentOf = (district: 'ls' | 'st') =>
        w.cases[district].accepted.proofs.find((p) => p.commitment)?.commitment?.id ?? NOBODY;
      return [
        {
          as: 'ls-case-officer',
          url: '/api/verification/findings',
          body: { commitmentId: commitmentOf('st'), finding: '越权' },
          expect: 404,
        },
        {
          as: 'st-case-officer',
          url: '/api/verification/findings',
          body: { commitmentId: commitmentOf('ls'), finding: '越权' },
          expect: 404,
        },
        ...byEach(['ls-justice', ...ALL_APPLICANTS], '/api/verification/findings', 403, {
          commitmentId: commitmentOf('ls'),
          finding: '越权',
        }),
      ];
    },
  },
  {
    method: 'POST',
    path: '/api/verification/regularisations/{id}/correction',
    rule: 'only the party asked corrects; another party’s request is not found, staff are refused',
    probes: (w) => {
      const url = `/api/verification/regularisations/${w.verification.st.regularisationId ?? NOBODY}/correction`;
      return [
        ...byEach(['ls-applicant', 'ls-company', 'st-applicant'], url, 404, { correction: '越权补正' }),
        ...byEach(['ls-verifier', 'st-justice'], url, 403, { correction: '越权补正' }),
      ];
    },
  },
  {
    method: 'GET',
    path: '/api/me/data-access-log',
    rule: 'the queries about the applicant’s own party, whoever made them; staff have none',
    probes: () => [
      ...byEach(ALL_APPLICANTS, '/api/me/data-access-log', 'clean'),
      ...byEach([...CASE_READERS.ls, ...CASE_READERS.st], '/api/me/data-access-log', 403),
    ],
  },
  {
    method: 'GET',
    path: '/api/verification/data-access-log',
    rule: 'the queries of the actor’s district (agency staff: their agency’s)',
    probes: () => [
      ...byEach([...CASE_READERS.ls, 'ls-data'], '/api/verification/data-access-log', 'clean'),
      ...byEach([...CASE_READERS.st, 'st-data'], '/api/verification/data-access-log', 'clean'),
      // Naming the other district's agency finds nothing: the filter narrows, never widens.
      {
        as: 'ls-data',
        url: `/api/verification/data-access-log?agency=${encodeURIComponent('山亭区行政审批服务局')}`,
        expect: 'empty',
      },
      {
        as: 'st-data',
        url: `/api/verification/data-access-log?agency=${encodeURIComponent('崂山区人力资源和社会保障局')}`,
        expect: 'empty',
      },
      ...byEach(ALL_APPLICANTS, '/api/verification/data-access-log', 403),
      ...byEach(ALL_APPLICANTS, '/api/verification/data-access-log?format=xlsx', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/verification/data-access-log/{id}/delay',
    rule: 'only an authorised officer of the district that queried delays an entry',
    probes: (w) => [
      ...againstOther(w, VERIFIERS, (as, other) => [
        {
          as,
          url: `/api/verification/data-access-log/${other.dataAccessId}/delay`,
          body: { until: '2027-01-01', reason: '越权' },
          expect: 404,
        },
      ]),
      ...byEach(
        ['ls-justice', ...ALL_APPLICANTS],
        `/api/verification/data-access-log/${w.verification.ls.dataAccessId}/delay`,
        403,
        { until: '2027-01-01', reason: '越权' },
      ),
    ],
  },
];
