// ORG-2 for the routes of lists (catalogue, drafts, versions, change requests, filings): what each
// route is probed with. Run by district-scope.api.test.ts; the coverage test in platform/http checks
// that every route has its entry.
import { expect } from 'vitest';
import { LS_STAFF, type Prober, ST_STAFF } from '../../tests/support/district-scope/actors.ts';
import {
  byEach,
  type Expectation,
  notFound,
  type Probe,
  type RouteCase,
} from '../../tests/support/district-scope/probes.ts';
import {
  get,
  type ListMarks,
  listsState,
  type Row,
  type World,
} from '../../tests/support/district-scope/world.ts';
import {
  amendBody,
  type DraftRow,
  type Matter,
  matterBody,
  type Workspace,
} from '../../tests/support/lists.ts';

/** A draft row's terms as a user sends them back (LIST-1, LIST-5), changed, at `revision`. */
const itemAmend = (item: DraftRow, revision = item.revision) => ({
  ...amendBody(item, { remarks: '越权修改' }),
  revision,
});
const newMatter = matterBody('越权证明事项', {
  proves: '越权登记',
  legalBasis: '越权依据',
  issuingBody: '越权开具单位',
});
const matterChange = (m: Row) => ({
  name: `${m.name as string}（改）`,
  proves: m.proves,
  legalBasis: m.legalBasis,
  issuingBody: m.issuingBody,
  field: m.field,
  frequency: m.frequency,
  difficulty: m.difficulty,
  verifiability: m.verifiability,
  eLicense: m.eLicense,
  exclusion: null,
  retainedReason: m.retainedReason,
  version: m.version,
});
const changeText = { reason: '越权申请', legalBasis: '越权依据' };

/** `action` on a change request (POST /api/list-changes/{id}/{action}), with the body it takes. */
const onChangeRequest =
  (action: 'review' | 'resubmit' | 'withdraw', body: (request: Row) => unknown) =>
  (as: Prober, request: Row) =>
    notFound(as, `/api/list-changes/${request.id}/${action}`, body(request));
/**
 * Resubmitting and withdrawing are the requester's: each district's requesting agencies (区司法局
 * among them, for its own items) aim at the other district's request.
 */
const byRequesters = (w: World, act: (as: Prober, request: Row) => Probe): Probe[] => {
  const [ls, st] = [w.lists.ls.changeRequest, w.lists.st.changeRequest];
  return [
    act('ls-case-officer', st),
    act('ls-justice', st),
    act('st-case-officer', ls),
    act('st-dianzi-officer', ls),
  ];
};
/** `action` on a filing hop (POST /api/list-filings/{id}/{action}) at its revision. */
const onFiling = (action: 'submit' | 'receive') => (as: Prober, filing: Row) =>
  notFound(as, `/api/list-filings/${filing.id}/${action}`, { revision: filing.revision });

/** The lists routes' check afterwards: nothing of any list changed (as the platform admin sees it). */
async function listsUnchanged(world: World) {
  expect(await listsState(world)).toEqual(world.listsBefore);
}

/** An import, or its preview: only into a list the actor keeps. */
const importRoute = (path: string, suffix: string): RouteCase => ({
  method: 'POST',
  path,
  rule: 'only into a list the actor keeps: another district’s list or city general list is not found, and only the city publishes its own',
  probes: (w) => {
    const url = (code: string) => `/api/lists/${code}/imports${suffix}`;
    /** Uploads into list `code` the list `m` as published (a workbook in the government layout). */
    const upload = (as: Prober, code: string, m: ListMarks) =>
      notFound(as, url(code), { fileName: '越权导入.xlsx', contentBase64: m.workbook });
    const { ls, st, town } = w.lists;
    return [
      upload('ls-justice', '370406', st),
      // Out of reach before the upload is even read: a file that is no workbook is not parsed.
      notFound('ls-justice', url('370406'), { fileName: 'x.xlsx', contentBase64: 'bm90IGEgd29ya2Jvb2s=' }),
      upload('ls-justice', '370406101', town),
      upload('ls-justice', '370400', st),
      upload('st-justice', '370212', ls),
      upload('st-justice', '370200', ls),
      upload('zz-justice', '370200', ls),
      upload('st-dianzi-justice', '370212', ls),
      // A district reads the city general list it takes over, but never publishes it.
      {
        as: 'ls-justice',
        url: url('370200'),
        body: { fileName: '越权导入.xlsx', contentBase64: ls.workbook },
        expect: 403,
      },
    ];
  },
  unchanged: listsUnchanged,
});

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/catalogue',
    rule: 'the catalogue of a district the actor reaches; another district’s is not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/catalogue?district=370406', 404),
      ...byEach(ST_STAFF, '/api/catalogue?district=370212', 404),
      { as: 'ls-justice', url: '/api/catalogue?district=370212', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/catalogue?district=370212', expect: 'clean' },
      { as: 'st-dianzi-justice', url: '/api/catalogue?district=370406', expect: 'clean' },
      { as: 'zz-justice', url: '/api/catalogue?district=370406', expect: 'clean' },
    ],
  },
  {
    method: 'POST',
    path: '/api/catalogue/matters',
    rule: 'only into the catalogue of a district the actor reaches',
    probes: () => {
      const create = (as: Prober, district: string) =>
        notFound(as, `/api/catalogue/matters?district=${district}`, newMatter);
      return [
        create('ls-justice', '370406'),
        create('qd-justice', '370406'),
        create('st-justice', '370212'),
        create('zz-justice', '370212'),
        create('st-dianzi-justice', '370212'),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'PUT',
    path: '/api/catalogue/matters/{id}',
    rule: 'a matter of another district is not found, whichever district the query names',
    probes: (w) => {
      const change = (as: Prober, m: Matter, district: string) =>
        notFound(as, `/api/catalogue/matters/${m.id}?district=${district}`, matterChange(m));
      const { ls, st } = w.lists;
      return [
        change('ls-justice', st.matter, '370212'),
        change('ls-justice', st.matter, '370406'),
        change('st-justice', ls.matter, '370406'),
        change('st-justice', ls.matter, '370212'),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/catalogue/administrative-matters',
    rule: 'only into the catalogue of a district the actor reaches, at an agency of that district',
    probes: (w) => {
      const create = (as: Prober, district: string, agencyId: string) =>
        notFound(as, `/api/catalogue/administrative-matters?district=${district}`, {
          code: 'X-01',
          name: '越权行政事项',
          kind: '其他',
          agencyId,
          proofs: [],
        });
      const { ls, st } = w.lists;
      return [
        create('ls-justice', '370406', st.administrative.agencyId),
        create('qd-justice', '370406', st.administrative.agencyId),
        create('st-justice', '370212', ls.administrative.agencyId),
        create('st-dianzi-justice', '370212', ls.administrative.agencyId),
        // Into one's own catalogue, the other district's agency is refused by name.
        {
          as: 'ls-justice',
          url: '/api/catalogue/administrative-matters?district=370212',
          body: {
            code: 'X-02',
            name: '越权行政事项',
            kind: '其他',
            agencyId: st.administrative.agencyId,
            proofs: [],
          },
          expect: { status: 400, field: 'agencyId' },
        },
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'PUT',
    path: '/api/catalogue/administrative-matters/{id}',
    rule: 'an administrative matter of another district is not found, whichever district the query names',
    probes: (w) => {
      const change = (as: Prober, a: ListMarks['administrative'], district: string) =>
        notFound(as, `/api/catalogue/administrative-matters/${a.id}?district=${district}`, {
          code: a.code,
          name: `${a.name}（改）`,
          kind: a.kind,
          agencyId: a.agencyId,
          proofs: a.proofs,
          version: a.version,
        });
      const { ls, st } = w.lists;
      return [
        change('ls-justice', st.administrative, '370212'),
        change('ls-justice', st.administrative, '370406'),
        change('st-justice', ls.administrative, '370406'),
        change('st-justice', ls.administrative, '370212'),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/lists/{code}',
    rule: 'the lists of the actor’s district, its towns and its city; others are not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/lists/370406', 404),
      { as: 'ls-justice', url: '/api/lists/370406101', expect: 404 },
      { as: 'ls-justice', url: '/api/lists/370400', expect: 404 },
      { as: 'qd-justice', url: '/api/lists/370400', expect: 404 },
      ...byEach(ST_STAFF, '/api/lists/370212', 404),
      { as: 'st-justice', url: '/api/lists/370212001', expect: 404 },
      { as: 'st-justice', url: '/api/lists/370200', expect: 404 },
      { as: 'zz-justice', url: '/api/lists/370200', expect: 404 },
      { as: 'ls-justice', url: '/api/lists/370212', expect: 'clean' },
      { as: 'ls-justice', url: '/api/lists/370200', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/lists/370212', expect: 'clean' },
      { as: 'qd-justice', url: '/api/lists/370200', expect: 'clean' },
      { as: 'st-justice', url: '/api/lists/370406', expect: 'clean' },
      { as: 'st-dianzi-justice', url: '/api/lists/370406101', expect: 'clean' },
      { as: 'st-dianzi-officer', url: '/api/lists/370406', expect: 'clean' },
      { as: 'zz-justice', url: '/api/lists/370400', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/lists/{code}/dashboard',
    rule: 'the dashboard of a district the actor reaches; another district’s is not found',
    probes: () => [
      ...byEach(['ls-admin', 'ls-justice', 'ls-auditor', 'qd-justice'], '/api/lists/370406/dashboard', 404),
      { as: 'ls-justice', url: '/api/lists/370406101/dashboard', expect: 404 },
      ...byEach(
        ['st-admin', 'st-justice', 'st-auditor', 'zz-justice', 'st-dianzi-justice'],
        '/api/lists/370212/dashboard',
        404,
      ),
      { as: 'st-justice', url: '/api/lists/370200/dashboard', expect: 404 },
      { as: 'ls-justice', url: '/api/lists/370212/dashboard', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/lists/370212/dashboard', expect: 'clean' },
      { as: 'st-justice', url: '/api/lists/370406/dashboard', expect: 'clean' },
      { as: 'zz-justice', url: '/api/lists/370406/dashboard', expect: 'clean' },
    ],
  },
  {
    method: 'POST',
    path: '/api/lists/{code}/items',
    rule: 'only into a list the actor keeps, only with matters of its own district’s catalogue',
    probes: (w) => {
      /** Adds to list `code` the item that list `m`'s catalogue allows and its draft lacks. */
      const add = (as: Prober, code: string, m: ListMarks, expected: Expectation = 404): Probe => ({
        as,
        url: `/api/lists/${code}/items`,
        body: m.unlisted,
        expect: expected,
      });
      const foreignMatter = { status: 400, field: 'certificationMatterId' };
      const { ls, st, town } = w.lists;
      return [
        add('ls-justice', '370406', st),
        add('qd-justice', '370406', st),
        add('ls-justice', '370406101', town),
        add('st-justice', '370212', ls),
        add('zz-justice', '370212', ls),
        add('st-dianzi-justice', '370212', ls),
        // Into one's own list, the other district's catalogue does not resolve.
        add('ls-justice', '370212', st, foreignMatter),
        add('st-justice', '370406', ls, foreignMatter),
        add('st-dianzi-justice', '370406101', ls, foreignMatter),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'PUT',
    path: '/api/lists/{code}/items/{id}',
    rule: 'only in a list the actor keeps, only an item of that list',
    probes: (w) => {
      /** Amends `target` through list `code` with the terms of `terms`, at the target's revision. */
      const amend = (as: Prober, code: string, target: DraftRow, terms = target) =>
        notFound(as, `/api/lists/${code}/items/${target.id}`, itemAmend(terms, target.revision));
      const { ls, st, town } = w.lists;
      return [
        amend('ls-justice', '370406', st.item),
        amend('ls-justice', '370212', st.item, ls.item),
        amend('ls-justice', '370406101', town.item),
        amend('st-justice', '370212', ls.item),
        amend('st-justice', '370406', ls.item, st.item),
        amend('st-dianzi-justice', '370406101', ls.item, town.item),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'DELETE',
    path: '/api/lists/{code}/items/{id}',
    rule: 'only from a list the actor keeps, only an item of that list',
    probes: (w) => {
      const remove = (as: Prober, code: string, item: DraftRow) =>
        notFound(as, `/api/lists/${code}/items/${item.id}?revision=${item.revision}`);
      const { ls, st, town } = w.lists;
      return [
        remove('ls-justice', '370406', st.item),
        remove('ls-justice', '370212', st.item),
        remove('ls-justice', '370406101', town.item),
        remove('qd-justice', '370406', st.item),
        remove('st-justice', '370212', ls.item),
        remove('st-justice', '370406', ls.item),
        remove('st-dianzi-justice', '370406101', ls.item),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/lists/{code}/draft/{rowId}/regulator-opinion',
    rule: 'only the regulator of a list of its own district: another district’s list is not found, other roles are refused',
    probes: (w) => {
      const opinion = { agrees: true, opinion: '越权出具意见' };
      const url = (code: string, item: DraftRow) => `/api/lists/${code}/draft/${item.id}/regulator-opinion`;
      const { ls, st, town } = w.lists;
      return [
        notFound('ls-regulator', url('370406', st.item), opinion),
        notFound('ls-regulator', url('370406101', town.item), opinion),
        notFound('ls-regulator', url('370212', st.item), opinion),
        notFound('st-regulator', url('370212', ls.item), opinion),
        notFound('st-regulator', url('370406', ls.item), opinion),
        ...byEach(['ls-justice', 'ls-case-officer', 'ls-applicant'], url('370406', st.item), 403, opinion),
        ...byEach(['st-justice', 'st-case-officer', 'st-applicant'], url('370212', ls.item), 403, opinion),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/lists/exemptions',
    rule: 'the exempt rows of the actor’s own district only (regulators: naming their agency); applicants are refused',
    probes: () => [
      ...byEach(
        ['ls-regulator', 'ls-justice', 'st-regulator', 'st-justice', 'st-dianzi-justice'],
        '/api/lists/exemptions',
        'clean',
      ),
      ...byEach(['ls-applicant', 'st-applicant'], '/api/lists/exemptions', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/lists/{code}/claims',
    rule: 'only into a list the actor keeps; a list not yet made is not made by a refused claim',
    probes: () => {
      const claim = (as: Prober, code: string) => notFound(as, `/api/lists/${code}/claims`, {});
      return [
        claim('ls-justice', '370406'),
        claim('ls-justice', '370406101'),
        // 西集镇 (370406102) keeps no list yet: a claim would create it (LIST-3).
        claim('ls-justice', '370406102'),
        claim('qd-justice', '370406'),
        claim('st-justice', '370212'),
        claim('st-justice', '370200'),
        claim('zz-justice', '370212'),
        claim('st-dianzi-justice', '370212'),
        // An LS street keeps no list (LS towns do not adjust lists): ST staff learn not even that.
        claim('st-justice', '370212001'),
      ];
    },
    async unchanged(w) {
      await listsUnchanged(w);
      expect((await get<Workspace>(w, '/api/lists/370406102')).title).toBeNull();
    },
  },
  importRoute('/api/lists/{code}/imports', ''),
  importRoute('/api/lists/{code}/imports/preview', '/preview'),
  {
    method: 'POST',
    path: '/api/lists/{code}/versions',
    rule: 'only a list the actor keeps is published',
    probes: (w) => {
      /** Publishes list `m`'s draft at the revision read. */
      const publish = (as: Prober, m: ListMarks) =>
        notFound(as, `/api/lists/${m.code}/versions`, { draftRevision: m.draftRevision, note: '越权发布' });
      const { ls, st, town } = w.lists;
      return [
        publish('ls-justice', st),
        publish('ls-justice', town),
        publish('qd-justice', st),
        publish('st-justice', ls),
        publish('zz-justice', ls),
        publish('st-dianzi-justice', ls),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/list-changes',
    rule: 'the change requests of the actor’s district (a town’s staff: of their town)',
    probes: () => [
      ...byEach([...LS_STAFF, ...ST_STAFF], '/api/list-changes', 'clean'),
      { as: 'ls-justice', url: '/api/list-changes?list=370406', expect: 'empty' },
      { as: 'ls-auditor', url: '/api/list-changes?list=370406101', expect: 'empty' },
      // The only returned request is ST's, the only submitted one LS's.
      { as: 'ls-justice', url: '/api/list-changes?state=returned', expect: 'empty' },
      { as: 'qd-justice', url: '/api/list-changes?state=published', expect: 'empty' },
      { as: 'st-justice', url: '/api/list-changes?list=370212', expect: 'empty' },
      { as: 'st-justice', url: '/api/list-changes?state=submitted', expect: 'empty' },
      { as: 'zz-justice', url: '/api/list-changes?state=submitted', expect: 'empty' },
    ],
  },
  {
    method: 'POST',
    path: '/api/list-changes',
    rule: 'only on a list of the actor’s own level, only about an item of that list',
    probes: (w) => {
      const amend = (as: Prober, listCode: string, item: DraftRow) =>
        notFound(as, '/api/list-changes', {
          listCode,
          proposal: { amend: { timeLimitWorkingDays: 1 } },
          targetItemId: item.id,
          ...changeText,
        });
      const add = (as: Prober, listCode: string, m: ListMarks) =>
        notFound(as, '/api/list-changes', { listCode, proposal: { add: m.unlisted }, ...changeText });
      const { ls, st, town } = w.lists;
      return [
        amend('ls-case-officer', '370406', st.item),
        add('ls-case-officer', '370406', st),
        add('ls-case-officer', '370406101', town),
        amend('ls-justice', '370406', st.item),
        // On the actor's own list, an item of the other district's list is not found.
        amend('ls-case-officer', '370212', st.item),
        amend('st-case-officer', '370212', ls.item),
        add('st-case-officer', '370200', ls),
        amend('st-case-officer', '370406', ls.item),
        add('st-dianzi-officer', '370212', ls),
        amend('st-justice', '370212', ls.item),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/list-changes/{id}',
    rule: 'a change request of another district is not found',
    probes: (w) => {
      const read = (m: ListMarks) => `/api/list-changes/${m.changeRequest.id}`;
      const { ls, st, town } = w.lists;
      return [
        ...byEach(LS_STAFF, read(st), 404),
        { as: 'ls-justice', url: read(town), expect: 404 },
        ...byEach(
          ST_STAFF.filter((as) => as !== 'st-dianzi-justice'),
          read(ls),
          404,
        ),
        { as: 'ls-case-officer', url: read(ls), expect: 'clean' },
        { as: 'st-case-officer', url: read(st), expect: 'clean' },
        { as: 'st-dianzi-justice', url: read(town), expect: 'clean' },
      ];
    },
  },
  {
    method: 'POST',
    path: '/api/list-changes/{id}/review',
    rule: 'a change request of another district is not found by its would-be reviewer',
    probes: (w) => {
      const review = onChangeRequest('review', (r) => ({
        decision: 'approve',
        comment: '越权审核',
        revision: r.revision,
      }));
      const [ls, st] = [w.lists.ls.changeRequest, w.lists.st.changeRequest];
      return [
        review('st-justice', ls),
        review('zz-justice', ls),
        review('st-dianzi-justice', ls),
        review('ls-justice', st),
        review('qd-justice', st),
      ];
    },
    unchanged: listsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/list-changes/{id}/resubmit',
    rule: 'a change request of another district is not found',
    probes: (w) =>
      byRequesters(
        w,
        onChangeRequest('resubmit', (r) => ({
          proposal: { amend: { timeLimitWorkingDays: 5 } },
          ...changeText,
          revision: r.revision,
        })),
      ),
    unchanged: listsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/list-changes/{id}/withdraw',
    rule: 'a change request of another district is not found',
    probes: (w) =>
      byRequesters(
        w,
        onChangeRequest('withdraw', (r) => ({ comment: '越权撤回', revision: r.revision })),
      ),
    unchanged: listsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/list-filings',
    rule: 'the filings of the lists of the actor’s area, above it, or sent to it',
    probes: () => byEach([...LS_STAFF, ...ST_STAFF], '/api/list-filings', 'clean'),
  },
  {
    method: 'POST',
    path: '/api/list-filings/{id}/submit',
    rule: 'only the sending level sends a filing; to anyone outside it and its recipient it is not found',
    probes: (w) => {
      const send = onFiling('submit');
      const [ls, st] = [w.lists.ls.filing, w.lists.st.filing];
      return [
        send('ls-justice', st),
        send('qd-justice', st),
        send('st-justice', ls),
        send('zz-justice', ls),
        send('st-dianzi-justice', ls),
      ];
    },
    // Both filings still to be sent, their deadlines open (part of the state).
    unchanged: listsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/list-filings/{id}/receive',
    rule: 'only the receiving level records receipt; to anyone outside it and its sender it is not found',
    probes: (w) => {
      const receive = onFiling('receive');
      const [ls, st, town] = [w.lists.ls.filing, w.lists.st.filing, w.lists.town.filing];
      return [
        receive('ls-justice', town),
        receive('qd-justice', town),
        receive('qd-justice', st),
        receive('st-justice', ls),
        receive('zz-justice', ls),
      ];
    },
    unchanged: listsUnchanged,
  },
];
