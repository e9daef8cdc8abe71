// ORG-2 for the routes of supervision (SUP-1/2, GOV-3): what each route is probed with. Run by
// district-scope.api.test.ts; the coverage test in platform/http checks that every route has its entry.
import { APPLICANTS, CASE_READERS, type Prober } from '../../tests/support/district-scope/actors.ts';
import { byEach, type Probe, type RouteCase } from '../../tests/support/district-scope/probes.ts';
import type { SupervisionMarks, World } from '../../tests/support/district-scope/world.ts';

/** Staff who read supervision but change none of it. */
const READERS_ONLY = {
  ls: ['ls-justice', 'ls-case-officer', 'ls-verifier'],
  st: ['st-justice', 'st-case-officer', 'st-verifier'],
} as const;
const ALL_APPLICANTS = [...APPLICANTS.ls, ...APPLICANTS.st, 'ls-company', 'st-company'] as const;
const DISTRICT = { ls: '370212', st: '370406' } as const;
const OTHER = { ls: 'st', st: 'ls' } as const;

/** Each district's `probers` against the other district's supervision records. */
const againstOther = (
  w: World,
  probers: { ls: readonly Prober[]; st: readonly Prober[] },
  make: (as: Prober, target: SupervisionMarks, district: string) => Probe[],
): Probe[] =>
  (['ls', 'st'] as const).flatMap((side) =>
    probers[side].flatMap((as) => make(as, w.supervision[OTHER[side]], DISTRICT[OTHER[side]])),
  );

const planBody = {
  title: '越权计划',
  periodFrom: '2026-01-01',
  periodTo: '2026-09-24',
  drawOn: '2026-12-31',
  matterIds: [],
  rates: { low: 10, medium: 10, high: 10 },
  inspectorsPerObject: 2,
  excludeHandlingAgency: true,
  inspectorAgencyIds: [],
};
const inspectorBody = (w: World, agency: string) => ({
  agencyId: w.agency(agency).id,
  name: '越权人员',
  certificateNo: 'XX0000001',
  fields: [],
  active: true,
});

/** Reading one district's list: its staff clean, the other district's not found, applicants refused. */
const districtListing = (suffix: string, rule: string): RouteCase => ({
  method: 'GET',
  path: `/api/supervision/{district}/${suffix}`,
  rule,
  probes: () => [
    ...byEach(CASE_READERS.ls, `/api/supervision/370212/${suffix}`, 'clean'),
    ...byEach(CASE_READERS.st, `/api/supervision/370406/${suffix}`, 'clean'),
    ...byEach(CASE_READERS.ls, `/api/supervision/370406/${suffix}`, 404),
    ...byEach(CASE_READERS.st, `/api/supervision/370212/${suffix}`, 404),
    ...byEach(ALL_APPLICANTS, `/api/supervision/370212/${suffix}`, 403),
  ],
});

/** A step of a plan: the other district's planners find no plan; readers and applicants are refused. */
const planStep = (step: string): RouteCase => ({
  method: 'POST',
  path: `/api/supervision/plans/{id}/${step}`,
  rule: 'a plan of another district is not found by its planners; others are refused',
  probes: (w) => [
    ...againstOther(w, { ls: ['ls-regulator'], st: ['st-regulator'] }, (as, other) => [
      {
        as,
        url: `/api/supervision/plans/${other.waitingPlanId}/${step}`,
        body: { revision: other.waitingRevision },
        expect: 404,
      },
      {
        as,
        url: `/api/supervision/plans/${other.planId}/${step}`,
        body: { revision: other.planRevision },
        expect: 404,
      },
    ]),
    ...againstOther(w, READERS_ONLY, (as, other) => [
      {
        as,
        url: `/api/supervision/plans/${other.waitingPlanId}/${step}`,
        body: { revision: 1 },
        expect: 403,
      },
    ]),
    ...byEach(ALL_APPLICANTS, `/api/supervision/plans/${w.supervision.ls.waitingPlanId}/${step}`, 403, {
      revision: 1,
    }),
  ],
});

export const routes: RouteCase[] = [
  districtListing('inspectors', 'the inspector pools of the actor’s district only'),
  {
    method: 'POST',
    path: '/api/supervision/{district}/inspectors',
    rule: 'pools are kept in one’s own district only',
    probes: (w) => [
      ...byEach(
        ['ls-regulator', 'ls-admin'],
        '/api/supervision/370406/inspectors',
        404,
        inspectorBody(w, '山亭区市场监督管理局'),
      ),
      ...byEach(
        ['st-regulator', 'st-admin'],
        '/api/supervision/370212/inspectors',
        404,
        inspectorBody(w, '崂山区市场监督管理局'),
      ),
      ...byEach(
        READERS_ONLY.ls,
        '/api/supervision/370212/inspectors',
        403,
        inspectorBody(w, '崂山区市场监督管理局'),
      ),
      ...byEach(
        ALL_APPLICANTS,
        '/api/supervision/370212/inspectors',
        403,
        inspectorBody(w, '崂山区市场监督管理局'),
      ),
    ],
  },
  {
    method: 'PUT',
    path: '/api/supervision/{district}/inspectors/{id}',
    rule: 'an inspector of another district is not found',
    probes: (w) => [
      ...againstOther(
        w,
        { ls: ['ls-regulator', 'ls-admin'], st: ['st-regulator', 'st-admin'] },
        (as, other, district) => [
          {
            as,
            url: `/api/supervision/${district}/inspectors/${other.inspectorId}`,
            body: {
              ...inspectorBody(w, district === '370212' ? '崂山区市场监督管理局' : '山亭区市场监督管理局'),
              revision: 1,
            },
            expect: 404,
          },
        ],
      ),
      ...byEach(ALL_APPLICANTS, `/api/supervision/370212/inspectors/${w.supervision.ls.inspectorId}`, 403, {
        ...inspectorBody(w, '崂山区市场监督管理局'),
        revision: 1,
      }),
    ],
  },
  {
    method: 'POST',
    path: '/api/supervision/{district}/inspectors/import',
    rule: 'a pool is imported into one’s own district only',
    probes: () => [
      ...byEach(['ls-regulator', 'ls-admin'], '/api/supervision/370406/inspectors/import', 404, {
        fileName: 'a.xlsx',
        contentBase64: 'AAAA',
      }),
      ...byEach(['st-regulator', 'st-admin'], '/api/supervision/370212/inspectors/import', 404, {
        fileName: 'a.xlsx',
        contentBase64: 'AAAA',
      }),
      ...byEach(ALL_APPLICANTS, '/api/supervision/370212/inspectors/import', 403, {
        fileName: 'a.xlsx',
        contentBase64: 'AAAA',
      }),
    ],
  },
  {
    method: 'POST',
    path: '/api/supervision/inspectors/{id}/conflicts',
    rule: 'an inspector of another district is not found',
    probes: (w) => [
      ...againstOther(
        w,
        { ls: ['ls-regulator', 'ls-admin'], st: ['st-regulator', 'st-admin'] },
        (as, other) => [
          {
            as,
            url: `/api/supervision/inspectors/${other.inspectorId}/conflicts`,
            body: { kind: 'company', partyIdentifier: '91370212MA3C0000X0', partyName: '某公司', note: '' },
            expect: 404,
          },
        ],
      ),
      ...byEach(
        READERS_ONLY.ls,
        `/api/supervision/inspectors/${w.supervision.ls.inspectorId}/conflicts`,
        403,
        {
          kind: 'company',
          partyIdentifier: '91370212MA3C0000X0',
          partyName: '某公司',
          note: '',
        },
      ),
    ],
  },
  {
    method: 'DELETE',
    path: '/api/supervision/inspectors/{id}/conflicts/{conflictId}',
    rule: 'a conflict of another district’s inspector is not found',
    probes: (w) => [
      ...againstOther(
        w,
        { ls: ['ls-regulator', 'ls-admin'], st: ['st-regulator', 'st-admin'] },
        (as, other) => [
          {
            as,
            url: `/api/supervision/inspectors/${other.inspectorId}/conflicts/${other.conflictId}`,
            expect: 404,
          },
        ],
      ),
      ...byEach(
        ALL_APPLICANTS,
        `/api/supervision/inspectors/${w.supervision.ls.inspectorId}/conflicts/${w.supervision.ls.conflictId}`,
        403,
      ),
    ],
  },
  districtListing('plans', 'the sampling plans of the actor’s district only'),
  {
    method: 'POST',
    path: '/api/supervision/{district}/plans',
    rule: 'plans are made for one’s own district only',
    probes: () => [
      ...byEach(['ls-regulator'], '/api/supervision/370406/plans', 404, planBody),
      ...byEach(['st-regulator'], '/api/supervision/370212/plans', 404, planBody),
      ...byEach([...READERS_ONLY.ls, 'ls-admin'], '/api/supervision/370212/plans', 403, planBody),
      ...byEach(ALL_APPLICANTS, '/api/supervision/370212/plans', 403, planBody),
    ],
  },
  {
    method: 'GET',
    path: '/api/supervision/plans/{id}',
    rule: 'a plan of another district is not found',
    probes: (w) => [
      ...againstOther(w, CASE_READERS, (as, other) => [
        { as, url: `/api/supervision/plans/${other.planId}`, expect: 404 },
        { as, url: `/api/supervision/plans/${other.waitingPlanId}`, expect: 404 },
      ]),
      ...byEach(ALL_APPLICANTS, `/api/supervision/plans/${w.supervision.ls.planId}`, 403),
    ],
  },
  {
    method: 'PUT',
    path: '/api/supervision/plans/{id}',
    rule: 'a plan of another district is not found by its planners; others are refused',
    probes: (w) => [
      ...againstOther(w, { ls: ['ls-regulator'], st: ['st-regulator'] }, (as, other) => [
        {
          as,
          url: `/api/supervision/plans/${other.waitingPlanId}`,
          body: { ...planBody, revision: other.waitingRevision },
          expect: 404,
        },
      ]),
      ...byEach(ALL_APPLICANTS, `/api/supervision/plans/${w.supervision.ls.waitingPlanId}`, 403, {
        ...planBody,
        revision: 1,
      }),
    ],
  },
  planStep('approve'),
  planStep('cancel'),
  planStep('draw'),
  planStep('complete'),
  {
    method: 'POST',
    path: '/api/supervision/plans/{id}/objects/{objectId}/result',
    rule: 'an object of another district’s plan is not found',
    probes: (w) => [
      ...againstOther(w, { ls: ['ls-regulator'], st: ['st-regulator'] }, (as, other) => [
        {
          as,
          url: `/api/supervision/plans/${other.planId}/objects/${other.objectId}/result`,
          body: { result: 'passed', findings: '', inspectedOn: '2026-09-24', attachments: [] },
          expect: 404,
        },
      ]),
      ...byEach(
        ALL_APPLICANTS,
        `/api/supervision/plans/${w.supervision.ls.planId}/objects/${w.supervision.ls.objectId}/result`,
        403,
        { result: 'passed', findings: '', inspectedOn: '2026-09-24', attachments: [] },
      ),
    ],
  },
  {
    method: 'GET',
    path: '/api/supervision/plans/{id}/objects/{objectId}/attachments/{documentId}',
    rule: 'an attachment of another district’s plan is not found',
    probes: (w) => [
      ...againstOther(w, CASE_READERS, (as, other) => [
        {
          as,
          url: `/api/supervision/plans/${other.planId}/objects/${other.objectId}/attachments/${other.objectId}`,
          expect: 404,
        },
      ]),
      ...byEach(
        ALL_APPLICANTS,
        `/api/supervision/plans/${w.supervision.ls.planId}/objects/${w.supervision.ls.objectId}/attachments/${w.supervision.ls.objectId}`,
        403,
      ),
    ],
  },
  districtListing('key-supervisions', 'the key supervision of the actor’s district only'),
  {
    method: 'POST',
    path: '/api/supervision/{district}/key-supervisions',
    rule: 'key supervision is decided in one’s own district only',
    probes: () => {
      const body = {
        subject: 'party',
        partyIdentifier: '91370212MA3C0000X0',
        reason: '越权',
        startsOn: '2026-09-24',
        endsOn: '2026-12-31',
      };
      return [
        ...byEach(['ls-regulator', 'ls-credit'], '/api/supervision/370406/key-supervisions', 404, body),
        ...byEach(['st-regulator', 'st-credit'], '/api/supervision/370212/key-supervisions', 404, body),
        ...byEach(READERS_ONLY.ls, '/api/supervision/370212/key-supervisions', 403, body),
        ...byEach(ALL_APPLICANTS, '/api/supervision/370212/key-supervisions', 403, body),
      ];
    },
  },
  {
    method: 'POST',
    path: '/api/supervision/key-supervisions/{id}/lift',
    rule: 'key supervision of another district is not found',
    probes: (w) => [
      ...againstOther(
        w,
        { ls: ['ls-regulator', 'ls-credit'], st: ['st-regulator', 'st-credit'] },
        (as, other) => [
          {
            as,
            url: `/api/supervision/key-supervisions/${other.keySupervisionId}/lift`,
            body: { reason: '越权' },
            expect: 404,
          },
        ],
      ),
      ...byEach(
        ALL_APPLICANTS,
        `/api/supervision/key-supervisions/${w.supervision.ls.keySupervisionId}/lift`,
        403,
        {
          reason: '越权',
        },
      ),
    ],
  },
  {
    method: 'GET',
    path: '/api/supervision/cases/{id}/key-supervision',
    rule: 'a case of another district is not found',
    probes: (w) => [
      ...againstOther(w, CASE_READERS, (as, other) => [
        { as, url: `/api/supervision/cases/${other.caseId}/key-supervision`, expect: 404 },
      ]),
      ...byEach(ALL_APPLICANTS, `/api/supervision/cases/${w.supervision.ls.caseId}/key-supervision`, 403),
    ],
  },
  districtListing('item-risks', 'the item risks of the actor’s district only'),
  {
    method: 'PUT',
    path: '/api/supervision/{district}/item-risks/{itemKey}',
    rule: 'item risks are assessed in one’s own district only',
    probes: (w) => {
      const body = { level: 'high', basis: '越权', insuranceRequired: false };
      return [
        ...againstOther(
          w,
          { ls: ['ls-regulator', 'ls-credit'], st: ['st-regulator', 'st-credit'] },
          (as, other, district) => [
            { as, url: `/api/supervision/${district}/item-risks/${other.itemKey}`, body, expect: 404 },
          ],
        ),
        ...byEach(
          ALL_APPLICANTS,
          `/api/supervision/370212/item-risks/${w.supervision.ls.itemKey}`,
          403,
          body,
        ),
      ];
    },
  },
];
