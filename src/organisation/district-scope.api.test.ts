// ORG-2, route by route: staff of 崂山区 (LS) reach nothing of 山亭区 (ST) through any API route, and
// vice versa. Every non-public route the app registers must have an entry in `routes` below.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  apply,
  type CaseView,
  choicesFor,
  decide,
  findMatter,
  PDF_BYTES,
  uploadProof,
} from '../../tests/support/cases.ts';
import {
  addBody,
  amendBody,
  type Catalogue,
  type DraftRow,
  type Matter,
  matterBody,
  ok,
  type Workspace,
} from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { caseFiles, cases, commitments } from '../cases/schema.ts';
import { ELIGIBILITY_RULE, ELIGIBILITY_RULE_EN } from '../credit/eligibility.ts';
import { storedDocuments } from '../documents/schema.ts';
import { scanDeadlines } from '../inbox/scan-deadlines.ts';
import { contains } from '../platform/auth/jurisdiction-codes.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import { residentIdCheckCharacter } from '../platform/identifiers/index.ts';
import { verificationTasks } from '../verification/schema.ts';

const actors = [
  'ls-admin',
  'ls-justice',
  'ls-auditor', // 青岛市司法局 (370200), oversees 370212 only
  'qd-justice', // 青岛市司法局 (370200)
  'ls-case-officer',
  'st-admin',
  'st-justice',
  'st-auditor', // 枣庄市司法局 (370400)
  'zz-justice',
  'st-dianzi-justice', // 店子镇司法所 (370406101)
  'st-case-officer',
  'st-dianzi-officer', // 店子镇人民政府 (370406101): asks for changes to the town list
  // CASE-1..7, VER-1, CRED-1: applicants, the handling agencies' verifiers, the credit offices
  'ls-applicant',
  'ls-verifier',
  'ls-credit',
  'st-applicant',
  'st-verifier',
  'st-credit',
  // SPEC §10: the companies' administrator accounts (their agents)
  'ls-company',
  'st-company',
  'platform-admin', // province (370000): sees both, the positive control
] as const;
type ActorName = (typeof actors)[number];

/** What belongs to one district: its codes, names, and the ids of its records. */
interface DistrictMarks {
  district: string;
  city: string;
  names: string[];
  ids: Set<string>;
}

interface Row {
  id: string;
  [key: string]: unknown;
}

interface World {
  sessions: Record<ActorName, Session>;
  ls: DistrictMarks;
  st: DistrictMarks;
  /** Records by a readable name, e.g. agency('山亭区司法局'), user('st-justice'). */
  agency(name: string): Row;
  user(username: string): Row;
  settings: Record<'370212' | '370406', Record<string, unknown>>;
  /** A notification of each district's justice officer (written by the deadline scan). */
  notification: { ls: string; st: string };
  /** Each district's list records (LIST-1..7), and 店子镇's town list in ST. */
  lists: { ls: ListMarks; st: ListMarks; town: ListMarks };
  /** What the lists routes can change, as the platform admin saw it before any probe. */
  listsBefore: ListsState;
  /** Each district's documents (DOC-1..6): a text, a guide, its work rule, filings, a stored PDF. */
  docs: { ls: DocumentMarks; st: DocumentMarks };
  /** What the documents routes can change, as the platform admin saw it before any probe. */
  documentsBefore: DocumentsState;
  /** Each district's cases (CASE-1..7), made through the API by its applicant and officer. */
  cases: { ls: CaseMarks; st: CaseMarks };
  /** What the case routes can change, as it stood before any probe. */
  casesBefore: CasesState;
}

/** One district's cases with real records to aim at: one in each state a route acts on. */
interface CaseMarks {
  district: string;
  /** The administrative matter applied for, and the choices its applicant made. */
  matter: { id: string; proofs: Awaited<ReturnType<typeof choicesFor>> };
  /** The applicant's party identifier (居民身份证号). */
  identifier: string;
  draft: CaseView;
  submitted: CaseView;
  accepted: CaseView;
  /** Approved: its verification tasks are planned (VER-1). */
  approved: CaseView;
  /** A proof the district's applicant uploaded and has not attached yet. */
  file: string;
  /** A scan the district's window officer uploaded. */
  scan: string;
}
type CasesState = Awaited<ReturnType<typeof casesState>>;

/** One district's documents with real records to aim at. */
interface DocumentMarks {
  district: string;
  /** An item of the list in force, with its notice as being edited (the demo's default, revision 0). */
  item: { key: string; text: Row; revision: number };
  /** An administrative matter, with its guide as being edited (the published one, revision 0). */
  guide: { id: string; guide: Row; revision: number };
  /** The work rule as being edited (the demo's draft). */
  rule: { rule: Row; revision: number };
  /** A text's filing with the district's justice bureau, and the work rule's with the city; submitted. */
  filing: Row;
  ruleFiling: Row;
  /** A stored document of the district: its item's notice as a PDF (stored on first download). */
  stored: string;
}
type DocumentsState = Awaited<ReturnType<typeof documentsState>>;

/** One list (a district's, or 店子镇's) with real records to aim at. */
interface ListMarks {
  code: string;
  draftRevision: number;
  /** The first item of its draft (with its revision), and the catalogue matter it lists. */
  item: DraftRow;
  matter: Matter;
  /** The administrative matter that item is listed for. */
  administrative: Catalogue['administrativeMatters'][number];
  /** Terms of an item the district's catalogue allows and this draft does not hold yet. */
  unlisted: ReturnType<typeof addBody>;
  /** The demo's change request on it (LS: submitted; ST: returned; 店子镇: published). */
  changeRequest: Row;
  /** Its newest filing hop: LS and ST version 2 still to be sent; 店子镇's sent to the district. */
  filing: Row;
  /** Its published list as a workbook in the government layout (base64): something to import. */
  workbook: string;
}

/** The lists whose drafts, versions and claims the probes could touch. */
const LIST_CODES = ['370212', '370200', '370406', '370406101', '370406102', '370400'] as const;
type ListsState = Awaited<ReturnType<typeof listsState>>;

type Expectation =
  | 403
  | 404
  /** 200, and nothing of the other district anywhere in the answer. */
  | 'clean'
  /** 200 and an empty array. */
  | 'empty'
  | { status: number; field?: string };

interface Probe {
  as: Exclude<ActorName, 'platform-admin'>;
  url: string;
  body?: unknown;
  expect: Expectation;
}

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** As OpenAPI names it, e.g. `/api/agencies/{id}`. */
  path: string;
  /** Why the route cannot reach another district. */
  rule: string;
  /** LS actors against ST records and ST actors against LS records. */
  probes(w: World): Probe[];
  /** Afterwards: the refused changes left no trace (seen by the platform admin), or a route's own check. */
  unchanged?(w: World): Promise<void>;
}

const home = (actor: ActorName): 'ls' | 'st' => (/^(ls|qd)-/.test(actor) ? 'ls' : 'st');

/**
 * Texts both districts show on purpose: the CASE-2 rule quotes the provision of each district's
 * scheme (崂山区方案四12；山亭区方案四(二)), whichever district the case is in.
 */
const SHARED_TEXTS = new Set<string>([ELIGIBILITY_RULE, ELIGIBILITY_RULE_EN]);

/** The leaves of a JSON answer that belong to `other`: its codes, names or record ids. */
function leaks(value: unknown, other: DistrictMarks, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaks(v, other, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaks(v, other, `${path}.${k}`));
  if (typeof value !== 'string' || SHARED_TEXTS.has(value)) return [];
  const isCode = /^\d{6}(\d{3})?$/.test(value);
  const foreign =
    other.ids.has(value) ||
    (isCode && (contains(other.district, value) || value === other.city)) ||
    other.names.some((n) => value.includes(n));
  return foreign ? [`${path} = ${value}`] : [];
}

const agencyChange = (a: Row, name = `${a.name as string}（改）`) => ({
  name,
  shortName: a.shortName,
  kind: a.kind,
  active: true,
  version: a.version,
});
const userChange = (u: Row, change: Record<string, unknown> = {}) => ({
  displayName: u.displayName,
  role: u.role,
  jurisdictionCode: u.jurisdictionCode,
  agencyId: u.agencyId,
  active: false,
  version: u.version,
  ...change,
});
const settingsBody = (s: Record<string, unknown>) => {
  const { districtCode: _d, updatedAt: _u, ...body } = s;
  return { ...body, townsAdjustLists: !s.townsAdjustLists };
};
const newUser = (username: string, placement: Record<string, unknown>) => ({
  username,
  password: 'Initial2026',
  displayName: '测试用户',
  role: 'case-officer',
  ...placement,
});

const schedule = '2027年\n元旦：1月1日至3日放假调休，共3天。\n';

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

type Prober = Probe['as'];
/** The staff of each district and of the city above it (the platform admin, who sees both, aside). */
const LS_STAFF = ['ls-admin', 'ls-justice', 'ls-auditor', 'qd-justice', 'ls-case-officer'] as const;
const ST_STAFF = [
  'st-admin',
  'st-justice',
  'st-auditor',
  'zz-justice',
  'st-dianzi-justice',
  'st-dianzi-officer',
  'st-case-officer',
] as const;

/** The same request by each of `actors`, each answered as `expected` says. */
const byEach = (actors: readonly Prober[], url: string, expected: Expectation, body?: unknown): Probe[] =>
  actors.map((as) => ({ as, url, body, expect: expected }));
/** A request that must find nothing (404). */
const notFound = (as: Prober, url: string, body?: unknown): Probe => ({ as, url, body, expect: 404 });

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

/** The documents routes' check afterwards: no draft, version or filing changed (platform admin's view). */
async function documentsUnchanged(world: World) {
  expect(await documentsState(world)).toEqual(world.documentsBefore);
}

/** Each district's staff (and their city's) against the other district's documents: `make` the probe. */
const againstOther = (
  w: World,
  probers: { ls: readonly Prober[]; st: readonly Prober[] },
  make: (as: Prober, target: DocumentMarks, own: DocumentMarks) => Probe[],
): Probe[] => [
  ...probers.ls.flatMap((as) => make(as, w.docs.st, w.docs.ls)),
  ...probers.st.flatMap((as) => make(as, w.docs.ls, w.docs.st)),
];
/** Those who keep documents: the justice bureaus, the agencies' case officers, and the bureaus above. */
const KEEPERS = {
  ls: ['ls-justice', 'ls-case-officer', 'qd-justice'],
  st: ['st-justice', 'st-case-officer', 'zz-justice', 'st-dianzi-justice', 'st-dianzi-officer'],
} as const;
const textPath = (target: DocumentMarks, district: string, suffix = '') =>
  `/api/documents/texts/${target.item.key}/notice${suffix}?district=${district}`;
const guidePath = (target: DocumentMarks, district: string, suffix = '') =>
  `/api/documents/guides/${target.guide.id}${suffix}?district=${district}`;

/** Who reads cases (every staff role), who takes them at the window (case officers), who applies. */
const CASE_READERS = {
  ls: [...LS_STAFF, 'ls-verifier', 'ls-credit'],
  st: [...ST_STAFF, 'st-verifier', 'st-credit'],
} as const;
const WINDOWS = { ls: ['ls-case-officer'], st: ['st-case-officer', 'st-dianzi-officer'] } as const;
const APPLICANTS = { ls: ['ls-applicant'], st: ['st-applicant'] } as const;
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
/** An id no record has. */
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
/** A 居民身份证号 nobody holds, for a counter application that must not be entered. */
const strangerId = `37021219800101009${residentIdCheckCharacter('37021219800101009')}`;
const uploadBody = (district: string) => ({
  districtCode: district,
  fileName: '越权上传.pdf',
  contentType: 'application/pdf',
  contentBase64: PDF_BYTES.toString('base64'),
});

/** One entry per API route (public routes excepted). */
const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/auth/me',
    rule: 'answers about the signed-in user only',
    probes: () => [
      { as: 'ls-admin', url: '/api/auth/me', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/auth/me', expect: 'clean' },
      { as: 'st-dianzi-justice', url: '/api/auth/me', expect: 'clean' },
    ],
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    rule: 'ends the session of the cookie sent, nobody else’s',
    // No probe by a shared session (it would end it): a fresh one logs out instead.
    probes: () => [],
    async unchanged(w) {
      const session = await t.login('ls-justice');
      expect((await session.request('POST', '/api/auth/logout')).statusCode).toBe(204);
      expect((await session.request('GET', '/api/auth/me')).statusCode).toBe(401);
      expect((await w.sessions['ls-justice'].request('GET', '/api/auth/me')).statusCode).toBe(200);
      expect((await w.sessions['st-justice'].request('GET', '/api/auth/me')).statusCode).toBe(200);
    },
  },
  {
    method: 'GET',
    path: '/api/auth/party-claim',
    rule: 'the signed-in account’s own identity check',
    probes: () =>
      byEach(['ls-applicant', 'st-applicant', 'ls-company', 'st-company'], '/api/auth/party-claim', 'clean'),
  },
  {
    method: 'POST',
    path: '/api/auth/party-claim',
    rule: 'an applicant account without a party names whom it is; proven accounts and staff may not',
    probes: (w) => [
      ...byEach(['ls-justice', 'st-case-officer'], '/api/auth/party-claim', 403, {
        kind: 'person',
        name: '某人',
        identifier: w.cases.st.identifier,
      }),
      {
        as: 'ls-applicant',
        url: '/api/auth/party-claim',
        body: { kind: 'person', name: '某人', identifier: w.cases.st.identifier },
        expect: { status: 409 },
      },
    ],
  },
  {
    method: 'POST',
    path: '/api/auth/party-claim/sms-code',
    rule: 'sends a code for the account’s own open claim only',
    probes: () => [
      { as: 'ls-applicant', url: '/api/auth/party-claim/sms-code', expect: { status: 409 } },
      { as: 'st-justice', url: '/api/auth/party-claim/sms-code', expect: { status: 409 } },
    ],
  },
  {
    method: 'POST',
    path: '/api/auth/party-claim/verification',
    rule: 'proves the account’s own open claim only',
    probes: () => [
      {
        as: 'st-applicant',
        url: '/api/auth/party-claim/verification',
        body: { code: '123456' },
        expect: { status: 409 },
      },
    ],
  },
  {
    method: 'POST',
    path: '/api/counter-codes',
    rule: 'window officers only; the code vouches for the document in front of them, and answers nothing of any party',
    probes: () =>
      byEach(['ls-justice', 'st-credit', 'st-applicant', 'ls-company'], '/api/counter-codes', 403, {
        kind: 'person',
        identifier: strangerId,
        name: '某人',
        capacity: 'self',
      }),
  },
  {
    method: 'GET',
    path: '/api/company/agents',
    rule: 'a company’s administrator sees its own accounts and requests only',
    probes: () => [
      ...byEach(['ls-company', 'st-company'], '/api/company/agents', 'clean'),
      ...byEach(['ls-applicant', 'st-justice'], '/api/company/agents', 403),
    ],
  },
  {
    method: 'POST',
    path: '/api/company/agent-requests/{id}/decision',
    rule: 'decides requests naming the administrator’s own company only',
    probes: () => [
      notFound('st-company', `/api/company/agent-requests/${NO_SUCH_ID}/decision`, { decision: 'approve' }),
      {
        as: 'ls-applicant',
        url: `/api/company/agent-requests/${NO_SUCH_ID}/decision`,
        body: { decision: 'approve' },
        expect: 403,
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/api/company/agents/{id}',
    rule: 'removes agents of the administrator’s own company only',
    probes: (w) => [
      notFound('st-company', `/api/company/agents/${w.user('ls-company').id}`),
      notFound('ls-company', `/api/company/agents/${w.user('st-company').id}`),
    ],
  },
  {
    method: 'POST',
    path: '/api/auth/password',
    rule: 'changes the signed-in user’s password; no field can name another user',
    probes: () => [
      {
        as: 'ls-justice',
        url: '/api/auth/password',
        body: { currentPassword: 'Chengnuo@2026', newPassword: 'Takeover2026', username: 'st-justice' },
        expect: { status: 400, field: 'username' },
      },
    ],
  },
  {
    method: 'GET',
    path: '/api/jurisdictions',
    rule: 'the tree above and below the actor’s own jurisdiction',
    probes: () =>
      (
        [
          'ls-admin',
          'ls-justice',
          'ls-auditor',
          'qd-justice',
          'st-admin',
          'zz-justice',
          'st-dianzi-justice',
        ] as const
      ).map((as) => ({ as, url: '/api/jurisdictions', expect: 'clean' as const })),
  },
  {
    method: 'POST',
    path: '/api/jurisdictions',
    rule: 'only under a parent the admin manages',
    probes: () => [
      { as: 'ls-admin', url: '/api/jurisdictions', body: { code: '370406110', name: '新设镇' }, expect: 403 },
      { as: 'ls-admin', url: '/api/jurisdictions', body: { code: '370405' }, expect: 403 },
      {
        as: 'st-admin',
        url: '/api/jurisdictions',
        body: { code: '370212006', name: '新设街道' },
        expect: 403,
      },
      {
        as: 'ls-justice',
        url: '/api/jurisdictions',
        body: { code: '370406110', name: '新设镇' },
        expect: 403,
      },
    ],
    async unchanged(w) {
      const codes = (await get<Row[]>(w, '/api/jurisdictions')).map((j) => j.code);
      expect(codes).not.toContain('370406110');
      expect(codes).not.toContain('370405');
      expect(codes).not.toContain('370212006');
    },
  },
  {
    method: 'PUT',
    path: '/api/jurisdictions/{code}',
    rule: 'only a jurisdiction the admin manages',
    probes: () => [
      {
        as: 'ls-admin',
        url: '/api/jurisdictions/370406101',
        body: { name: '改名镇', version: 1 },
        expect: 403,
      },
      { as: 'ls-admin', url: '/api/jurisdictions/370406', body: { name: '改名区', version: 1 }, expect: 403 },
      { as: 'ls-admin', url: '/api/jurisdictions/370400', body: { name: '改名市', version: 1 }, expect: 403 },
      {
        as: 'st-admin',
        url: '/api/jurisdictions/370212001',
        body: { name: '改名街道', version: 1 },
        expect: 403,
      },
      { as: 'st-admin', url: '/api/jurisdictions/370200', body: { name: '改名市', version: 1 }, expect: 403 },
    ],
    async unchanged(w) {
      const tree = await get<Row[]>(w, '/api/jurisdictions');
      const named = Object.fromEntries(tree.map((j) => [j.code, [j.name, j.version]]));
      expect(named).toMatchObject({
        '370406101': ['店子镇', 1],
        '370406': ['山亭区', 1],
        '370400': ['枣庄市', 1],
        '370212001': ['中韩街道', 1],
        '370200': ['青岛市', 1],
      });
    },
  },
  {
    method: 'GET',
    path: '/api/agencies',
    rule: 'agencies of the districts the actor reaches and the bodies above their own district',
    probes: () => [
      ...(
        [
          'ls-admin',
          'ls-justice',
          'ls-auditor',
          'qd-justice',
          'ls-case-officer',
          'st-admin',
          'st-justice',
          'st-auditor',
          'zz-justice',
          'st-dianzi-justice',
        ] as const
      ).map((as) => ({ as, url: '/api/agencies', expect: 'clean' as const })),
      { as: 'ls-admin', url: '/api/agencies?district=370406', expect: 'empty' },
      { as: 'ls-auditor', url: '/api/agencies?district=370406', expect: 'empty' },
      { as: 'st-admin', url: '/api/agencies?district=370212', expect: 'empty' },
    ],
  },
  {
    method: 'POST',
    path: '/api/agencies',
    rule: 'only in a jurisdiction the admin manages',
    probes: () => {
      const agency = (jurisdictionCode: string) => ({
        jurisdictionCode,
        name: '越权新设单位',
        shortName: '越权单位',
        kind: 'handling-agency',
      });
      return [
        { as: 'ls-admin', url: '/api/agencies', body: agency('370406'), expect: 403 },
        { as: 'ls-admin', url: '/api/agencies', body: agency('370406101'), expect: 403 },
        { as: 'ls-admin', url: '/api/agencies', body: agency('370400'), expect: 403 },
        { as: 'st-admin', url: '/api/agencies', body: agency('370212'), expect: 403 },
        { as: 'st-admin', url: '/api/agencies', body: agency('370200'), expect: 403 },
      ];
    },
    async unchanged(w) {
      const names = (await get<Row[]>(w, '/api/agencies')).map((a) => a.name);
      expect(names).not.toContain('越权新设单位');
    },
  },
  {
    method: 'PUT',
    path: '/api/agencies/{id}',
    rule: 'an agency the admin cannot see does not exist for them (404)',
    probes: (w) =>
      (
        [
          ['ls-admin', '山亭区司法局'],
          ['ls-admin', '店子镇司法所'],
          ['ls-admin', '枣庄市司法局'],
          ['st-admin', '崂山区司法局'],
          ['st-admin', '中韩司法所'],
          ['st-admin', '青岛市司法局'],
        ] as const
      ).map(([as, name]) => {
        const agency = w.agency(name);
        return { as, url: `/api/agencies/${agency.id}`, body: agencyChange(agency), expect: 404 as const };
      }),
    async unchanged(w) {
      const byName = new Map((await get<Row[]>(w, '/api/agencies')).map((a) => [a.name, a]));
      for (const name of [
        '山亭区司法局',
        '店子镇司法所',
        '枣庄市司法局',
        '崂山区司法局',
        '中韩司法所',
        '青岛市司法局',
      ]) {
        expect(byName.get(name), name).toMatchObject({ version: 1, active: true });
      }
    },
  },
  {
    method: 'GET',
    path: '/api/users',
    rule: 'the accounts within the admin’s jurisdiction; staff may not list users',
    probes: () => [
      { as: 'ls-admin', url: '/api/users', expect: 'clean' },
      { as: 'st-admin', url: '/api/users', expect: 'clean' },
      { as: 'ls-justice', url: '/api/users', expect: 403 },
      { as: 'ls-auditor', url: '/api/users', expect: 403 },
      { as: 'st-justice', url: '/api/users', expect: 403 },
    ],
  },
  {
    method: 'POST',
    path: '/api/users',
    rule: 'only at a jurisdiction the admin manages, only with an agency of that jurisdiction',
    probes: (w) => [
      {
        as: 'ls-admin',
        url: '/api/users',
        body: newUser('x-ls-in-st', {
          jurisdictionCode: '370406',
          agencyId: w.agency('山亭区行政审批服务局').id,
        }),
        expect: 403,
      },
      {
        as: 'ls-admin',
        url: '/api/users',
        body: newUser('x-ls-in-dianzi', {
          role: 'justice-officer',
          jurisdictionCode: '370406101',
          agencyId: w.agency('店子镇司法所').id,
        }),
        expect: 403,
      },
      {
        as: 'ls-admin',
        url: '/api/users',
        body: newUser('x-ls-zz-auditor', {
          role: 'auditor',
          jurisdictionCode: '370400',
          districtCode: '370406',
          agencyId: w.agency('枣庄市司法局').id,
        }),
        expect: 403,
      },
      {
        as: 'ls-admin',
        url: '/api/users',
        body: newUser('x-ls-st-agency', {
          jurisdictionCode: '370212',
          agencyId: w.agency('山亭区司法局').id,
        }),
        expect: { status: 400, field: 'agencyId' },
      },
      {
        as: 'st-admin',
        url: '/api/users',
        body: newUser('x-st-in-ls', {
          jurisdictionCode: '370212',
          agencyId: w.agency('崂山区人力资源和社会保障局').id,
        }),
        expect: 403,
      },
      {
        as: 'st-admin',
        url: '/api/users',
        body: newUser('x-st-ls-agency', {
          jurisdictionCode: '370406',
          agencyId: w.agency('崂山区司法局').id,
        }),
        expect: { status: 400, field: 'agencyId' },
      },
    ],
    async unchanged(w) {
      const names = (await get<Row[]>(w, '/api/users')).map((u) => u.username);
      expect(names.filter((n) => (n as string).startsWith('x-'))).toEqual([]);
    },
  },
  {
    method: 'PUT',
    path: '/api/users/{id}',
    rule: 'a user outside the admin’s jurisdiction does not exist for them; nobody is moved out of it',
    probes: (w) => [
      ...(
        [
          ['ls-admin', 'st-justice'],
          ['ls-admin', 'st-dianzi-justice'],
          ['ls-admin', 'zz-justice'],
          ['ls-admin', 'st-applicant'],
          ['st-admin', 'ls-justice'],
          ['st-admin', 'qd-justice'],
          ['st-admin', 'ls-applicant'],
        ] as const
      ).map(([as, username]) => {
        const user = w.user(username);
        return { as, url: `/api/users/${user.id}`, body: userChange(user), expect: 404 as const };
      }),
      {
        as: 'ls-admin',
        url: `/api/users/${w.user('ls-credit').id}`,
        body: userChange(w.user('ls-credit'), {
          active: true,
          jurisdictionCode: '370406',
          agencyId: w.agency('山亭区发展和改革局').id,
        }),
        expect: 403,
      },
    ],
    async unchanged(w) {
      const users = new Map((await get<Row[]>(w, '/api/users')).map((u) => [u.username, u]));
      for (const name of [
        'st-justice',
        'st-dianzi-justice',
        'zz-justice',
        'ls-justice',
        'qd-justice',
        'ls-credit',
      ]) {
        expect(users.get(name), name).toMatchObject({ active: true, version: 1 });
      }
      expect(users.get('ls-credit')?.jurisdictionCode).toBe('370212');
      expect((await w.sessions['st-justice'].request('GET', '/api/auth/me')).statusCode).toBe(200);
    },
  },
  {
    method: 'POST',
    path: '/api/users/{id}/password-reset',
    rule: 'a user outside the admin’s jurisdiction does not exist for them',
    probes: (w) =>
      (
        [
          ['ls-admin', 'st-justice'],
          ['ls-admin', 'zz-justice'],
          ['ls-admin', 'st-admin'],
          ['st-admin', 'ls-justice'],
          ['st-admin', 'ls-auditor'],
        ] as const
      ).map(([as, username]) => ({
        as,
        url: `/api/users/${w.user(username).id}/password-reset`,
        body: { password: 'Takeover2026' },
        expect: 404 as const,
      })),
    async unchanged(w) {
      expect((await w.sessions['st-justice'].request('GET', '/api/auth/me')).statusCode).toBe(200);
      expect((await w.sessions['ls-auditor'].request('GET', '/api/auth/me')).statusCode).toBe(200);
      const users = new Map((await get<Row[]>(w, '/api/users')).map((u) => [u.username, u]));
      for (const name of ['st-justice', 'zz-justice', 'st-admin', 'ls-justice', 'ls-auditor']) {
        expect(users.get(name), name).toMatchObject({ mustChangePassword: false, version: 1 });
      }
    },
  },
  {
    method: 'GET',
    path: '/api/districts/{code}/settings',
    rule: 'the settings of a district the actor reaches; another district’s are not found',
    probes: () => [
      ...(['ls-admin', 'ls-justice', 'ls-auditor', 'qd-justice', 'ls-case-officer'] as const).map((as) => ({
        as,
        url: '/api/districts/370406/settings',
        expect: 404 as const,
      })),
      ...(['st-admin', 'st-justice', 'st-auditor', 'zz-justice', 'st-dianzi-justice'] as const).map((as) => ({
        as,
        url: '/api/districts/370212/settings',
        expect: 404 as const,
      })),
      { as: 'ls-auditor', url: '/api/districts/370212/settings', expect: 'clean' },
      { as: 'st-dianzi-justice', url: '/api/districts/370406/settings', expect: 'clean' },
    ],
  },
  {
    method: 'PUT',
    path: '/api/districts/{code}/settings',
    rule: 'only the district’s own admin (or the platform admin) changes its settings',
    probes: (w) => [
      {
        as: 'ls-admin',
        url: '/api/districts/370406/settings',
        body: settingsBody(w.settings['370406']),
        expect: 404,
      },
      {
        as: 'st-admin',
        url: '/api/districts/370212/settings',
        body: settingsBody(w.settings['370212']),
        expect: 404,
      },
      {
        as: 'ls-auditor',
        url: '/api/districts/370406/settings',
        body: settingsBody(w.settings['370406']),
        expect: 403,
      },
      {
        as: 'zz-justice',
        url: '/api/districts/370406/settings',
        body: settingsBody(w.settings['370406']),
        expect: 403,
      },
    ],
    async unchanged(w) {
      expect(await get(w, '/api/districts/370406/settings')).toEqual(w.settings['370406']);
      expect(await get(w, '/api/districts/370212/settings')).toEqual(w.settings['370212']);
    },
  },
  {
    method: 'GET',
    path: '/api/inbox',
    rule: 'the signed-in user’s own messages',
    probes: () =>
      (
        [
          'ls-admin',
          'ls-justice',
          'ls-auditor',
          'ls-case-officer',
          'st-admin',
          'st-justice',
          'st-dianzi-justice',
        ] as const
      ).map((as) => ({ as, url: '/api/inbox', expect: 'clean' as const })),
  },
  {
    method: 'POST',
    path: '/api/inbox/{id}/read',
    rule: 'another user’s message does not exist for the actor',
    probes: (w) => [
      { as: 'ls-justice', url: `/api/inbox/${w.notification.st}/read`, expect: 404 },
      { as: 'ls-admin', url: `/api/inbox/${w.notification.st}/read`, expect: 404 },
      { as: 'st-justice', url: `/api/inbox/${w.notification.ls}/read`, expect: 404 },
      { as: 'st-admin', url: `/api/inbox/${w.notification.ls}/read`, expect: 404 },
    ],
    async unchanged(w) {
      for (const [who, id] of [
        ['st-justice', w.notification.st],
        ['ls-justice', w.notification.ls],
      ] as const) {
        const inbox = await get<{ items: Row[] }>(w, '/api/inbox', who);
        expect(inbox.items.find((n) => n.id === id)?.readAt, who).toBeNull();
      }
    },
  },
  {
    method: 'GET',
    path: '/api/deadlines',
    rule: 'the actor’s own deadlines, or all of a district the actor reaches',
    probes: () => [
      { as: 'ls-admin', url: '/api/deadlines?district=370406', expect: 404 },
      { as: 'ls-auditor', url: '/api/deadlines?district=370406', expect: 404 },
      { as: 'qd-justice', url: '/api/deadlines?district=370406', expect: 404 },
      { as: 'st-admin', url: '/api/deadlines?district=370212', expect: 404 },
      { as: 'zz-justice', url: '/api/deadlines?district=370212', expect: 404 },
      { as: 'st-dianzi-justice', url: '/api/deadlines?district=370212', expect: 404 },
      ...(
        ['ls-admin', 'ls-justice', 'ls-case-officer', 'st-admin', 'st-justice', 'st-dianzi-justice'] as const
      ).map((as) => ({ as, url: '/api/deadlines', expect: 'clean' as const })),
      { as: 'ls-auditor', url: '/api/deadlines?district=370212', expect: 'clean' },
      { as: 'zz-justice', url: '/api/deadlines?district=370406', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/calendar',
    rule: 'the working-day calendar is deployment-wide (shared on purpose) and holds no district data',
    probes: () => [
      { as: 'ls-admin', url: '/api/calendar', expect: 'clean' },
      { as: 'st-justice', url: '/api/calendar', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/calendar/add-working-days',
    rule: 'a computation on the shared calendar',
    probes: () => [
      { as: 'ls-justice', url: '/api/calendar/add-working-days?from=2026-09-24&days=7', expect: 'clean' },
      { as: 'st-justice', url: '/api/calendar/add-working-days?from=2026-09-24&days=7', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/calendar/days',
    rule: 'days of the shared calendar',
    probes: () => [
      { as: 'ls-justice', url: '/api/calendar/days?from=2026-09-28&to=2026-10-10', expect: 'clean' },
      { as: 'st-justice', url: '/api/calendar/days?from=2026-09-28&to=2026-10-10', expect: 'clean' },
    ],
  },
  {
    method: 'PUT',
    path: '/api/calendar/days/{date}',
    rule: 'only the platform admin changes the shared calendar; district admins cannot',
    probes: () => [
      {
        as: 'ls-admin',
        url: '/api/calendar/days/2026-10-12',
        body: { kind: 'holiday', name: '区庆' },
        expect: 403,
      },
      {
        as: 'st-admin',
        url: '/api/calendar/days/2026-10-12',
        body: { kind: 'holiday', name: '区庆' },
        expect: 403,
      },
    ],
    async unchanged(w) {
      const status = await get<{ entries: Row[] }>(w, '/api/calendar');
      expect(status.entries.map((e) => e.date)).not.toContain('2026-10-12');
    },
  },
  {
    method: 'DELETE',
    path: '/api/calendar/days/{date}',
    rule: 'only the platform admin changes the shared calendar',
    probes: () => [
      { as: 'ls-admin', url: '/api/calendar/days/2026-10-01', expect: 403 },
      { as: 'st-admin', url: '/api/calendar/days/2026-10-01', expect: 403 },
    ],
  },
  {
    method: 'POST',
    path: '/api/calendar/year-schedules',
    rule: 'only the platform admin enters the State Council’s schedules',
    probes: () => [
      {
        as: 'ls-admin',
        url: '/api/calendar/year-schedules',
        body: { text: schedule, note: '国办发明电' },
        expect: 403,
      },
      {
        as: 'st-admin',
        url: '/api/calendar/year-schedules',
        body: { text: schedule, note: '国办发明电' },
        expect: 403,
      },
    ],
    async unchanged(w) {
      const status = await get<{ scheduledYears: Row[] }>(w, '/api/calendar');
      expect(status.scheduledYears).toEqual([]);
    },
  },
  {
    method: 'GET',
    path: '/api/audit/entries',
    rule: 'the chain of a district the actor reaches; others are not found',
    probes: () => [
      { as: 'ls-admin', url: '/api/audit/entries?chain=370406', expect: 404 },
      { as: 'ls-auditor', url: '/api/audit/entries?chain=370406', expect: 404 },
      { as: 'ls-admin', url: '/api/audit/entries?chain=370000', expect: 404 },
      { as: 'st-admin', url: '/api/audit/entries?chain=370212', expect: 404 },
      { as: 'st-auditor', url: '/api/audit/entries?chain=370212', expect: 404 },
      { as: 'ls-justice', url: '/api/audit/entries?chain=370212', expect: 403 },
      { as: 'ls-admin', url: '/api/audit/entries?chain=370212&limit=200', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/audit/entries?chain=370212&limit=200', expect: 'clean' },
      { as: 'st-admin', url: '/api/audit/entries?chain=370406&limit=200', expect: 'clean' },
      { as: 'st-auditor', url: '/api/audit/entries?chain=370406&limit=200', expect: 'clean' },
    ],
  },
  {
    method: 'GET',
    path: '/api/audit/verification',
    rule: 'reports on the chains the actor may read only',
    probes: () => [
      { as: 'ls-admin', url: '/api/audit/verification', expect: 'clean' },
      { as: 'ls-auditor', url: '/api/audit/verification', expect: 'clean' },
      { as: 'st-admin', url: '/api/audit/verification', expect: 'clean' },
      { as: 'ls-admin', url: '/api/audit/verification?chain=370406', expect: 'empty' },
      { as: 'ls-auditor', url: '/api/audit/verification?chain=370406', expect: 'empty' },
      { as: 'st-auditor', url: '/api/audit/verification?chain=370212', expect: 'empty' },
      { as: 'qd-justice', url: '/api/audit/verification', expect: 403 },
    ],
  },
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
  {
    method: 'POST',
    path: '/api/lists/{code}/imports',
    rule: 'only into a list the actor keeps: another district’s list or city general list is not found',
    probes: (w) => {
      /** Uploads into list `code` the list `m` as published (a workbook in the government layout). */
      const upload = (as: Prober, code: string, m: ListMarks) =>
        notFound(as, `/api/lists/${code}/imports`, { fileName: '越权导入.xlsx', contentBase64: m.workbook });
      const { ls, st, town } = w.lists;
      return [
        upload('ls-justice', '370406', st),
        // Out of reach before the upload is even read: a file that is no workbook is not parsed.
        notFound('ls-justice', '/api/lists/370406/imports', {
          fileName: 'x.xlsx',
          contentBase64: 'bm90IGEgd29ya2Jvb2s=',
        }),
        upload('ls-justice', '370406101', town),
        upload('ls-justice', '370400', st),
        upload('st-justice', '370212', ls),
        upload('st-justice', '370200', ls),
        upload('zz-justice', '370200', ls),
        upload('st-dianzi-justice', '370212', ls),
      ];
    },
    unchanged: listsUnchanged,
  },
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
  {
    method: 'GET',
    path: '/api/documents/texts',
    rule: 'the texts dashboard (DOC-3) of a district the actor reaches; another district’s is not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/documents/texts?district=370406', 404),
      ...byEach(ST_STAFF, '/api/documents/texts?district=370212', 404),
      ...byEach(LS_STAFF, '/api/documents/texts?district=370212', 'clean'),
      ...byEach(ST_STAFF, '/api/documents/texts?district=370406', 'clean'),
    ],
  },
  {
    method: 'GET',
    path: '/api/documents/texts/{itemKey}/{kind}',
    rule: 'a text of an item of another district’s list is not found, whichever district the query names',
    probes: (w) => [
      ...againstOther(w, { ls: LS_STAFF, st: ST_STAFF }, (as, target, own) => [
        notFound(as, textPath(target, target.district)),
        notFound(as, textPath(target, own.district)),
      ]),
      { as: 'ls-case-officer', url: textPath(w.docs.ls, '370212'), expect: 'clean' },
      { as: 'qd-justice', url: textPath(w.docs.ls, '370212'), expect: 'clean' },
      { as: 'st-case-officer', url: textPath(w.docs.st, '370406'), expect: 'clean' },
      { as: 'st-dianzi-justice', url: textPath(w.docs.st, '370406'), expect: 'clean' },
    ],
  },
  {
    method: 'PUT',
    path: '/api/documents/texts/{itemKey}/{kind}',
    rule: 'only a text of the actor’s own district is saved; another district’s is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target, own) =>
        [target.district, own.district].map((district) =>
          notFound(as, textPath(target, district), {
            text: target.item.text,
            revision: target.item.revision,
          }),
        ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/documents/texts/{itemKey}/{kind}/publication',
    rule: 'only a text of the actor’s own district is published; another district’s is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target, own) =>
        [target.district, own.district].map((district) =>
          notFound(as, textPath(target, district, '/publication'), { revision: target.item.revision }),
        ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/documents/work-rule',
    rule: 'the work rule of a district the actor reaches; another district’s is not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/documents/work-rule?district=370406', 404),
      ...byEach(ST_STAFF, '/api/documents/work-rule?district=370212', 404),
      ...byEach(
        ['ls-justice', 'qd-justice', 'ls-auditor'],
        '/api/documents/work-rule?district=370212',
        'clean',
      ),
      ...byEach(
        ['st-justice', 'zz-justice', 'st-dianzi-justice'],
        '/api/documents/work-rule?district=370406',
        'clean',
      ),
    ],
  },
  {
    method: 'PUT',
    path: '/api/documents/work-rule',
    rule: 'only the district’s own justice bureau saves its rule; to another district it is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target) => [
        notFound(as, `/api/documents/work-rule?district=${target.district}`, {
          rule: target.rule.rule,
          revision: target.rule.revision,
        }),
      ]),
    unchanged: documentsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/documents/work-rule/publication',
    rule: 'only the district’s own justice bureau publishes its rule; to another district it is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target) => [
        notFound(as, `/api/documents/work-rule/publication?district=${target.district}`, {
          revision: target.rule.revision,
        }),
      ]),
    unchanged: documentsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/documents/guides',
    rule: 'the guides of a district the actor reaches; another district’s are not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/documents/guides?district=370406', 404),
      ...byEach(ST_STAFF, '/api/documents/guides?district=370212', 404),
      ...byEach(['ls-case-officer', 'qd-justice'], '/api/documents/guides?district=370212', 'clean'),
      ...byEach(['st-case-officer', 'st-dianzi-officer'], '/api/documents/guides?district=370406', 'clean'),
    ],
  },
  {
    method: 'GET',
    path: '/api/documents/guides/{id}',
    rule: 'a guide of another district’s matter is not found, whichever district the query names',
    probes: (w) => [
      ...againstOther(w, { ls: LS_STAFF, st: ST_STAFF }, (as, target, own) => [
        notFound(as, guidePath(target, target.district)),
        notFound(as, guidePath(target, own.district)),
      ]),
      { as: 'ls-justice', url: guidePath(w.docs.ls, '370212'), expect: 'clean' },
      { as: 'st-justice', url: guidePath(w.docs.st, '370406'), expect: 'clean' },
    ],
  },
  {
    method: 'PUT',
    path: '/api/documents/guides/{id}',
    rule: 'only a guide of the actor’s own district is saved; another district’s is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target, own) =>
        [target.district, own.district].map((district) =>
          notFound(as, guidePath(target, district), {
            guide: target.guide.guide,
            revision: target.guide.revision,
          }),
        ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/documents/guides/{id}/publication',
    rule: 'only a guide of the actor’s own district is published; another district’s is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target, own) =>
        [target.district, own.district].map((district) =>
          notFound(as, guidePath(target, district, '/publication'), { revision: target.guide.revision }),
        ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/documents/filings',
    rule: 'the document filings of a district the actor reaches; another district’s are not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/documents/filings?district=370406', 404),
      ...byEach(ST_STAFF, '/api/documents/filings?district=370212', 404),
      ...byEach(
        ['ls-justice', 'qd-justice', 'ls-case-officer'],
        '/api/documents/filings?district=370212',
        'clean',
      ),
      ...byEach(
        ['st-justice', 'zz-justice', 'st-dianzi-justice'],
        '/api/documents/filings?district=370406',
        'clean',
      ),
    ],
  },
  {
    method: 'POST',
    path: '/api/documents/filings/{id}/receipt',
    rule: 'a filing of another district is not found, also by the bureau above that district',
    probes: (w) =>
      againstOther(
        w,
        { ls: ['ls-justice', 'qd-justice'], st: ['st-justice', 'zz-justice', 'st-dianzi-justice'] },
        (as, target) =>
          [target.filing, target.ruleFiling].map((f) =>
            notFound(as, `/api/documents/filings/${f.id}/receipt`, { revision: f.revision }),
          ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/documents/stored/{id}/verification',
    rule: 'a stored document of another district is not found',
    probes: (w) => [
      ...againstOther(w, { ls: LS_STAFF, st: ST_STAFF }, (as, target) => [
        notFound(as, `/api/documents/stored/${target.stored}/verification`),
      ]),
      {
        as: 'ls-case-officer',
        url: `/api/documents/stored/${w.docs.ls.stored}/verification`,
        expect: 'clean',
      },
      {
        as: 'st-dianzi-justice',
        url: `/api/documents/stored/${w.docs.st.stored}/verification`,
        expect: 'clean',
      },
    ],
  },
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
    rule: 'a window officer uploads scans only into the districts they serve',
    probes: () => [
      ...byEach(WINDOWS.ls, '/api/cases/files', 404, uploadBody('370406')),
      ...byEach(WINDOWS.st, '/api/cases/files', 404, uploadBody('370212')),
      ...byEach(NON_HANDLERS, '/api/cases/files', 403, uploadBody('370212')),
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
      const stored = await t.database.db.select({ subject: storedDocuments.subject }).from(storedDocuments);
      for (const d of [...w.cases.ls.accepted.documents, ...w.cases.st.accepted.documents])
        expect(stored.map((s) => s.subject)).not.toContain(`case-document:${d.id}`);
    },
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
  {
    method: 'GET',
    path: '/api/credit/integrity-file',
    rule: 'an applicant’s own integrity file; staff have none',
    probes: () => [
      ...byEach(
        ['ls-credit', 'ls-case-officer', 'st-credit', 'st-justice'],
        '/api/credit/integrity-file',
        403,
      ),
      { as: 'ls-applicant', url: '/api/credit/integrity-file', expect: 'clean' },
      { as: 'st-applicant', url: '/api/credit/integrity-file', expect: 'clean' },
    ],
  },
  {
    method: 'POST',
    path: '/api/credit/integrity-files/lookup',
    rule: 'credit officers and auditors find a party known to their own district only, with its records there',
    probes: (w) => [
      ...(['ls-credit', 'ls-auditor'] as const).flatMap((as) => [
        {
          as,
          url: '/api/credit/integrity-files/lookup',
          body: { identifier: w.cases.st.identifier },
          expect: 404 as const,
        },
        {
          as,
          url: '/api/credit/integrity-files/lookup',
          body: { identifier: w.cases.ls.identifier },
          expect: 'clean' as const,
        },
      ]),
      ...(['st-credit', 'st-auditor'] as const).flatMap((as) => [
        {
          as,
          url: '/api/credit/integrity-files/lookup',
          body: { identifier: w.cases.ls.identifier },
          expect: 404 as const,
        },
        {
          as,
          url: '/api/credit/integrity-files/lookup',
          body: { identifier: w.cases.st.identifier },
          expect: 'clean' as const,
        },
      ]),
      ...byEach(
        ['ls-justice', 'ls-case-officer', 'ls-applicant', 'st-verifier'],
        '/api/credit/integrity-files/lookup',
        403,
        { identifier: w.cases.st.identifier },
      ),
    ],
  },
  {
    method: 'GET',
    path: '/api/verification/tasks',
    rule: 'the verification tasks of the actor’s district (agency staff: their agency’s)',
    probes: () => [
      ...byEach(CASE_READERS.ls, '/api/verification/tasks', 'clean'),
      ...byEach(CASE_READERS.st, '/api/verification/tasks', 'clean'),
      ...byEach([...APPLICANTS.ls, ...APPLICANTS.st], '/api/verification/tasks', 403),
    ],
  },
];

/** Routes anyone may call without a session. */
const PUBLIC = [
  '/api/public',
  '/api/health',
  '/api/auth/login',
  '/api/auth/register',
  '/api/docs',
  '/api/openapi.json',
];

let t: TestApp;
let w: World;

/** A GET as the platform admin (or another actor), expecting 200. */
async function get<T = Row>(world: World, url: string, as: ActorName = 'platform-admin'): Promise<T> {
  const response = await world.sessions[as].request('GET', url);
  expect(response.statusCode, `${as} GET ${url}: ${response.body}`).toBe(200);
  return response.json() as T;
}

/**
 * Everything of both districts' lists a refused change could have touched, as the platform admin
 * sees it: drafts (each row's revision), versions, catalogues, change requests, filings and their
 * deadlines.
 */
async function listsState(world: World) {
  const lists: Record<string, unknown> = {};
  for (const code of LIST_CODES) {
    const ws = await get<Workspace>(world, `/api/lists/${code}`);
    lists[code] = {
      title: ws.title,
      draftRevision: ws.draftRevision,
      draft: ws.draft.map((r) => [r.id, r.revision, r.remarks]),
      versions: ws.versions.map((v) => v.id),
    };
  }
  const catalogues: Record<string, unknown> = {};
  const deadlines: Record<string, unknown> = {};
  for (const district of ['370212', '370406']) {
    const catalogue = await get<Catalogue>(world, `/api/catalogue?district=${district}`);
    catalogues[district] = [
      ...catalogue.certificationMatters.map((m) => [m.id, m.name, m.version]),
      ...catalogue.administrativeMatters.map((a) => [a.id, a.name, a.version, a.agencyId, a.proofs]),
    ];
    deadlines[district] = (await get<Row[]>(world, `/api/deadlines?district=${district}`)).map((d) => [
      d.key,
      d.state,
    ]);
  }
  const changeRequests = (await get<Row[]>(world, '/api/list-changes'))
    .map((c) => [c.id, c.state, c.revision, c.reason])
    .sort();
  const filings = (await get<Row[]>(world, '/api/list-filings'))
    .map((f) => [f.id, f.state, f.revision])
    .sort();
  return { lists, catalogues, changeRequests, filings, deadlines };
}

/**
 * Everything of both districts' documents a refused change could have touched, as the platform admin
 * sees it: the work rules (draft revision, version in force), each item's texts, the guides, the
 * filings, the published texts, and the drafts of the texts the probes aim at.
 */
async function documentsState(world: World) {
  const state: Record<string, unknown> = {};
  for (const district of ['370212', '370406']) {
    const rule = await get<{ revision: number; published: Row }>(
      world,
      `/api/documents/work-rule?district=${district}`,
    );
    const board = await get<{ items: Row[] }>(world, `/api/documents/texts?district=${district}`);
    const texts = await t.anonymous('GET', `/api/public/districts/${district}/texts`);
    const targets = Object.values(world.docs ?? {}).map((m) => m.item.key);
    state[district] = {
      rule: [rule.revision, rule.published.id],
      texts: board.items.map((i) => [i.itemKey, i.notice, i.commitment, i.status]),
      drafts: await Promise.all(
        board.items
          .filter((i) => targets.includes(i.itemKey as string))
          .flatMap((i) =>
            ['notice', 'commitment'].map(
              async (kind) =>
                (await get<Row>(world, `/api/documents/texts/${i.itemKey}/${kind}?district=${district}`))
                  .revision,
            ),
          ),
      ),
      guides: (await get<Row[]>(world, `/api/documents/guides?district=${district}`)).map((g) => [
        g.id,
        g.version,
        g.hasDraft,
      ]),
      filings: (await get<Row[]>(world, `/api/documents/filings?district=${district}`)).map((f) => [
        f.id,
        f.state,
        f.revision,
      ]),
      published: (texts.json() as Row[]).map((x) => [x.id, x.version]),
    };
  }
  return state;
}

/**
 * Everything of both districts' cases a refused call could have touched: each marked case as its
 * applicant reads it (state, revision, decision, proofs, commitments, tasks), and the numbers of
 * cases, uploaded files, commitments and verification tasks per district.
 */
async function casesState(world: World) {
  // Each case as its applicant reads it (drafts included, which no officer sees).
  const marked = (['ls', 'st'] as const).flatMap((d) => {
    const m = world.cases[d];
    return [m.draft, m.submitted, m.accepted, m.approved].map((c) => ({ c, as: `${d}-applicant` as const }));
  });
  const views = await Promise.all(marked.map(({ c, as }) => get<CaseView>(world, `/api/cases/${c.id}`, as)));
  const perDistrict = async (
    table: typeof cases | typeof caseFiles | typeof commitments | typeof verificationTasks,
  ) =>
    (await t.database.db.select({ district: table.districtCode }).from(table))
      .map((r) => r.district)
      .sort()
      .join(',');
  return {
    cases: views.map((v) => [
      v.id,
      v.state,
      v.revision,
      v.decisionNo,
      v.proofs.map((p) => [p.choice, p.file?.id ?? null, p.commitment?.state ?? null]),
      v.verificationTasks.map((task) => [task.id, task.state]),
    ]),
    rows: {
      cases: await perDistrict(cases),
      files: await perDistrict(caseFiles),
      commitments: await perDistrict(commitments),
      tasks: await perDistrict(verificationTasks),
    },
  };
}

/**
 * One district's cases, made through the API as its applicant and its window officer: a draft, a
 * submitted case, an accepted one and an approved one (whose verification tasks are planned).
 */
async function caseMarks(
  world: World,
  district: string,
  code: string,
  who: { applicant: ActorName; officer: ActorName },
  documentNo: string,
): Promise<CaseMarks> {
  const applicant = world.sessions[who.applicant];
  const officer = world.sessions[who.officer];
  const matter = await findMatter(applicant, district, (m) => m.code === code);
  // the last proof is uploaded, so each case also has a file to aim at
  const last = matter.proofs.at(-1)!.name;
  const proofs = await choicesFor(applicant, district, matter, (p) =>
    p.name === last ? { choice: 'upload' } : {},
  );
  const application = (submit: boolean) =>
    ok<CaseView>(apply(applicant, { administrativeMatterId: matter.id, proofs, submit }), 201);
  const draft = await application(false);
  const submitted = await application(true);
  const accepted = await ok<CaseView>(act(officer, await application(true), 'accept'));
  const approved = await ok<CaseView>(
    decide(officer, await ok<CaseView>(act(officer, await application(true), 'accept')), {
      outcome: 'approve',
      documentNo,
    }),
  );
  expect(approved.verificationTasks.length, district).toBeGreaterThan(0);
  return {
    district,
    matter: { id: matter.id, proofs },
    identifier: submitted.applicant.identifier,
    draft,
    submitted,
    accepted,
    approved,
    file: await uploadProof(applicant, district),
    scan: await uploadProof(officer, district, '签字扫描件.pdf'),
  };
}

/** Marks every record of a district's cases (ids, case numbers) so a leak of one is found. */
function markCases(marks: DistrictMarks, m: CaseMarks) {
  for (const c of [m.draft, m.submitted, m.accepted, m.approved]) {
    marks.ids.add(c.id).add(c.caseNo);
    for (const p of c.proofs) {
      marks.ids.add(p.id);
      if (p.commitment) marks.ids.add(p.commitment.id);
      if (p.file) marks.ids.add(p.file.id);
    }
    for (const d of c.documents) marks.ids.add(d.id);
    for (const v of c.verificationTasks) marks.ids.add(v.id);
  }
  marks.ids.add(m.file).add(m.scan).add(m.matter.id);
}

/** The real documents of one district for the probes to aim at, read by the platform admin. */
async function documentMarks(world: World, district: string): Promise<DocumentMarks> {
  const published = (await t.anonymous('GET', `/api/public/districts/${district}/texts`)).json() as Row[];
  const notice = published.find((x) => x.kind === 'notice')!;
  const text = await get<Row>(world, `/api/documents/texts/${notice.itemId}/notice?district=${district}`);
  const matter = (await get<Row[]>(world, `/api/documents/guides?district=${district}`))[0]!;
  const guide = await get<Row>(world, `/api/documents/guides/${matter.id}?district=${district}`);
  const rule = await get<Row>(world, `/api/documents/work-rule?district=${district}`);
  const filings = await get<Row[]>(world, `/api/documents/filings?district=${district}`);
  const filing = filings.find((f) => f.subjectType === 'format-text' && f.state === 'submitted');
  const ruleFiling = filings.find((f) => f.subjectType === 'work-rule' && f.state === 'submitted');
  // The notice's PDF, stored on its first download.
  expect((await t.anonymous('GET', `/api/public/texts/${notice.id}/pdf`)).statusCode).toBe(200);
  const [stored] = await t.database.db
    .select({ id: storedDocuments.id })
    .from(storedDocuments)
    .where(eq(storedDocuments.subject, `text:${notice.id}`));
  if (!filing || !ruleFiling || !stored || text.revision !== 0 || guide.revision !== 0)
    throw new Error(`the demo documents of ${district} lack a text, guide, filing or stored document`);
  return {
    district,
    item: { key: notice.itemId as string, text: text.text as Row, revision: 0 },
    guide: { id: matter.id, guide: guide.guide as Row, revision: 0 },
    rule: { rule: rule.rule as Row, revision: rule.revision as number },
    filing,
    ruleFiling,
    stored: stored.id,
  };
}

/** The real records of one list for the probes to aim at, read by the platform admin. */
async function listMarks(world: World, code: string, district: string): Promise<ListMarks> {
  const ws = await get<Workspace>(world, `/api/lists/${code}`);
  const catalogue = await get<Catalogue>(world, `/api/catalogue?district=${district}`);
  const item = ws.draft[0];
  const matter = catalogue.certificationMatters.find((m) => m.id === item?.certificationMatterId);
  const changeRequest = (await get<Row[]>(world, `/api/list-changes?list=${code}`))[0];
  const filing = (await get<Row[]>(world, '/api/list-filings')).find(
    (f) => f.fromJurisdictionCode === code && f.state !== 'received',
  );
  // A proof an administrative matter of the catalogue requires, listable, not on this draft yet.
  const unlisted = catalogue.administrativeMatters
    .flatMap((a) => (a.proofs as string[]).map((proof) => ({ a, proof })))
    .map(({ a, proof }) => ({
      a,
      m: catalogue.certificationMatters.find((m) => m.name === proof && !m.exclusion),
    }))
    .find(
      ({ a, m }) =>
        m && !ws.draft.some((r) => r.certificationMatterId === m.id && r.administrativeMatterId === a.id),
    );
  const administrative = catalogue.administrativeMatters.find((a) => a.id === item?.administrativeMatterId);
  if (!item || !matter || !administrative || !changeRequest || !filing || !unlisted)
    throw new Error(`the demo lists of ${code} lack a draft item, change request, filing or unlisted matter`);
  const workbook = await t.anonymous('GET', `/api/public/districts/${code}/list?format=xlsx`);
  expect(workbook.statusCode, code).toBe(200);
  return {
    code,
    draftRevision: ws.draftRevision,
    item,
    matter,
    administrative,
    unlisted: addBody(unlisted.m!, unlisted.a.id, {
      verification: 'on-site',
      timeLimitWorkingDays: 5,
      standard: '越权新增',
      method: '越权新增',
    }),
    changeRequest,
    filing,
    workbook: workbook.rawPayload.toString('base64'),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  // The daily scan writes today's reminders (the demo deadlines are near or overdue).
  await scanDeadlines({
    database: t.database,
    now: t.clock.now,
    calendar: await loadWorkingCalendar(t.database.db),
  });
  const sessions = Object.fromEntries(
    await Promise.all(actors.map(async (a) => [a, await t.login(a)] as const)),
  ) as Record<ActorName, Session>;
  const partial = { sessions } as World;
  // Each district's cases, made before anything is marked or snapshotted (their clocks are deadlines).
  const caseWorld = {
    ls: await caseMarks(
      partial,
      '370212',
      'LS-02',
      { applicant: 'ls-applicant', officer: 'ls-case-officer' },
      '崂人社给〔2026〕9990号',
    ),
    st: await caseMarks(
      partial,
      '370406',
      'ST-08',
      { applicant: 'st-applicant', officer: 'st-case-officer' },
      '山审批许〔2026〕9990号',
    ),
  };
  partial.cases = caseWorld;
  // Each district's records, as its own admin and staff see them.
  const marks = async (
    district: string,
    city: string,
    names: string[],
    who: { admin: ActorName; staff: ActorName[] },
  ): Promise<DistrictMarks> => {
    const ids = new Set<string>();
    for (const a of await get<Row[]>(partial, `/api/agencies?district=${district}`, who.admin)) ids.add(a.id);
    for (const u of await get<Row[]>(partial, '/api/users', who.admin)) ids.add(u.id);
    for (const d of await get<Row[]>(partial, `/api/deadlines?district=${district}`, who.admin))
      ids.add(d.id);
    for (const staff of [who.admin, ...who.staff]) {
      const inbox = await get<{ items: Row[] }>(partial, '/api/inbox', staff);
      for (const n of inbox.items) ids.add(n.id);
    }
    // Upper-level bodies and users of the district's city, seen from the province.
    for (const a of await get<Row[]>(partial, '/api/agencies')) {
      if (a.jurisdictionCode === city) ids.add(a.id);
    }
    for (const u of await get<Row[]>(partial, '/api/users')) if (u.districtCode === district) ids.add(u.id);
    // Its lists (and its city's general list): drafts, versions, catalogue, change requests, filings.
    for (const code of LIST_CODES.filter((c) => contains(district, c) || c === city)) {
      const ws = await get<Workspace>(partial, `/api/lists/${code}`);
      for (const r of ws.draft) ids.add(r.id).add(r.listId as string);
      for (const v of ws.versions) ids.add(v.id);
    }
    const catalogue = await get<Catalogue>(partial, `/api/catalogue?district=${district}`);
    for (const m of [...catalogue.certificationMatters, ...catalogue.administrativeMatters]) ids.add(m.id);
    for (const c of await get<Row[]>(partial, '/api/list-changes'))
      if (c.districtCode === district) ids.add(c.id);
    for (const f of await get<Row[]>(partial, '/api/list-filings')) {
      if (f.districtCode === district) ids.add(f.id).add(f.listVersionId as string);
    }
    // Its documents: filings (with the rule, text and guide versions filed) and published texts.
    for (const f of await get<Row[]>(partial, `/api/documents/filings?district=${district}`))
      ids.add(f.id).add(f.subjectId as string);
    for (const x of (await t.anonymous('GET', `/api/public/districts/${district}/texts`)).json() as Row[])
      ids.add(x.id);
    return { district, city, names, ids };
  };
  const ls = await marks('370212', '370200', ['崂山', '青岛', '中韩'], {
    admin: 'ls-admin',
    staff: ['ls-justice', 'ls-case-officer'],
  });
  const st = await marks('370406', '370400', ['山亭', '枣庄', '店子'], {
    admin: 'st-admin',
    staff: ['st-justice', 'st-dianzi-justice', 'st-case-officer'],
  });
  const agencies = await get<Row[]>(partial, '/api/agencies');
  const users = await get<Row[]>(partial, '/api/users');
  const firstNotification = async (who: ActorName) => {
    const inbox = await get<{ items: Row[] }>(partial, '/api/inbox', who);
    if (!inbox.items[0]) throw new Error(`${who} has no message; the deadline scan wrote none`);
    return inbox.items[0].id;
  };
  w = {
    sessions,
    ls,
    st,
    agency(name) {
      const found = agencies.find((a) => a.name === name);
      if (!found) throw new Error(`no agency ${name}`);
      return found;
    },
    user(username) {
      const found = users.find((u) => u.username === username);
      if (!found) throw new Error(`no user ${username}`);
      return found;
    },
    settings: {
      '370212': await get(partial, '/api/districts/370212/settings'),
      '370406': await get(partial, '/api/districts/370406/settings'),
    },
    notification: { ls: await firstNotification('ls-justice'), st: await firstNotification('st-justice') },
    lists: {
      ls: await listMarks(partial, '370212', '370212'),
      st: await listMarks(partial, '370406', '370406'),
      town: await listMarks(partial, '370406101', '370406'),
    },
    listsBefore: await listsState(partial),
    docs: {
      ls: await documentMarks(partial, '370212'),
      st: await documentMarks(partial, '370406'),
    },
    documentsBefore: {},
    cases: caseWorld,
    casesBefore: undefined as unknown as CasesState,
  };
  markCases(ls, caseWorld.ls);
  markCases(st, caseWorld.st);
  const stored = await t.database.db
    .select({ id: storedDocuments.id, district: storedDocuments.districtCode })
    .from(storedDocuments);
  for (const d of stored) (d.district === '370212' ? ls : st).ids.add(d.id);
  w.documentsBefore = await documentsState(w);
  w.casesBefore = await casesState(w);
});
afterAll(() => t.close());

describe('ORG-2 route by route: no district reaches another’s data', () => {
  for (const route of routes) {
    it(`ORG-2 ${route.method} ${route.path}: ${route.rule}`, async () => {
      for (const probe of route.probes(w)) {
        const response = await w.sessions[probe.as].request(route.method, probe.url, probe.body);
        const what = `${probe.as} ${route.method} ${probe.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
        const other = home(probe.as) === 'ls' ? w.st : w.ls;
        if (probe.expect === 'clean' || probe.expect === 'empty') {
          expect(response.statusCode, what).toBe(200);
          if (probe.expect === 'empty') expect(response.json(), what).toEqual([]);
          expect(leaks(response.json(), other), what).toEqual([]);
        } else if (typeof probe.expect === 'number') {
          expect(response.statusCode, what).toBe(probe.expect);
          expect(response.json().code, what).toBe(probe.expect === 403 ? 'FORBIDDEN' : 'NOT_FOUND');
          // A refusal says nothing about the record it refuses.
          expect(leaks(response.json(), other), what).toEqual([]);
        } else {
          expect(response.statusCode, what).toBe(probe.expect.status);
          expect(response.json().field, what).toBe(probe.expect.field);
        }
      }
      await route.unchanged?.(w);
    });
  }

  it('ORG-2 every non-public route the app registers has an entry in the table above', async () => {
    const response = await t.anonymous('GET', '/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<string, Record<string, unknown>>;
    const registered = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/') && !PUBLIC.some((p) => path.startsWith(p)))
      .flatMap(([path, operations]) =>
        Object.keys(operations)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
      );
    const covered = routes.map((r) => `${r.method} ${r.path}`);
    expect(registered.length).toBeGreaterThanOrEqual(20);
    expect(
      registered.filter((r) => !covered.includes(r)),
      'routes without an ORG-2 entry: add them to `routes`',
    ).toEqual([]);
    expect(
      covered.filter((r) => !registered.includes(r)),
      'entries of routes that no longer exist',
    ).toEqual([]);
    expect(new Set(covered).size).toBe(covered.length);
  });
});

describe('ORG-2 positive control: the platform admin (province) sees both districts', () => {
  it('sees the jurisdictions, agencies, users and settings of both districts', async () => {
    const codes = (await get<Row[]>(w, '/api/jurisdictions')).map((j) => j.code);
    expect(codes).toEqual(expect.arrayContaining(['370212', '370212001', '370406', '370406101']));
    const agencies = await get<Row[]>(w, '/api/agencies');
    expect(leaks(agencies, w.st).length).toBeGreaterThan(20);
    expect(leaks(agencies, w.ls).length).toBeGreaterThan(20);
    const users = (await get<Row[]>(w, '/api/users')).map((u) => u.username);
    expect(users).toEqual(expect.arrayContaining(['ls-justice', 'ls-auditor', 'st-justice', 'zz-justice']));
    for (const code of ['370212', '370406']) {
      expect((await get<Row>(w, `/api/districts/${code}/settings`)).districtCode).toBe(code);
    }
  });

  it('sees the deadlines and audit chains of both districts', async () => {
    for (const code of ['370212', '370406']) {
      const deadlines = await get<Row[]>(w, `/api/deadlines?district=${code}`);
      expect(deadlines.length, code).toBeGreaterThan(0);
      expect(deadlines.every((d) => d.districtCode === code)).toBe(true);
      const entries = await get<Row[]>(w, `/api/audit/entries?chain=${code}`);
      expect(entries.length, code).toBeGreaterThan(0);
    }
    const chains = (await get<Row[]>(w, '/api/audit/verification')).map((r) => r.chain);
    expect(chains).toEqual(expect.arrayContaining(['370000', '370212', '370406']));
  });

  it('sees the lists, change requests and filings of both districts; their own staff reach them', async () => {
    for (const m of [w.lists.ls, w.lists.st, w.lists.town]) {
      const ws = await get<Workspace>(w, `/api/lists/${m.code}`);
      expect(
        ws.draft.map((r) => r.id),
        m.code,
      ).toContain(m.item.id);
      expect(ws.versions.length, m.code).toBeGreaterThan(0);
    }
    const changes = await get<Row[]>(w, '/api/list-changes');
    const filings = await get<Row[]>(w, '/api/list-filings');
    for (const marks of [w.ls, w.st]) {
      expect(leaks(changes, marks).length, marks.district).toBeGreaterThan(0);
      expect(leaks(filings, marks).length, marks.district).toBeGreaterThan(0);
    }
    // The records the probes aim at are live: the side they belong to may act on them.
    const request = (id: unknown, as: ActorName) => get<Row>(w, `/api/list-changes/${id}`, as);
    expect(await request(w.lists.ls.changeRequest.id, 'ls-justice')).toMatchObject({
      state: 'submitted',
      allowedActions: ['approve', 'reject', 'return'],
    });
    expect(await request(w.lists.st.changeRequest.id, 'st-case-officer')).toMatchObject({
      state: 'returned',
      allowedActions: ['resubmit', 'withdraw'],
    });
    const lsFilings = await get<Row[]>(w, '/api/list-filings', 'ls-justice');
    expect(lsFilings.find((f) => f.id === w.lists.ls.filing.id)).toMatchObject({
      state: 'pending',
      overdue: false,
      canSubmit: true,
    });
    const stFilings = await get<Row[]>(w, '/api/list-filings', 'st-justice');
    expect(stFilings.find((f) => f.id === w.lists.st.filing.id)).toMatchObject({
      state: 'pending',
      overdue: true,
      canSubmit: true,
    });
    expect(stFilings.find((f) => f.id === w.lists.town.filing.id)).toMatchObject({
      state: 'submitted',
      canReceive: true,
    });
  });

  it('sees the documents of both districts; their own staff reach the records the probes aim at', async () => {
    for (const [m, staff, officer] of [
      [w.docs.ls, 'ls-justice', 'ls-case-officer'],
      [w.docs.st, 'st-justice', 'st-case-officer'],
    ] as const) {
      const board = await get<{ items: Row[] }>(w, `/api/documents/texts?district=${m.district}`);
      expect(board.items.length, m.district).toBeGreaterThanOrEqual(40);
      const text = await get<Row>(
        w,
        `/api/documents/texts/${m.item.key}/notice?district=${m.district}`,
        officer,
      );
      expect(text).toMatchObject({ revision: 0, missing: [] });
      expect(
        (await get<Row>(w, `/api/documents/guides/${m.guide.id}?district=${m.district}`, staff)).missing,
      ).toEqual([]);
      const filings = await get<Row[]>(w, `/api/documents/filings?district=${m.district}`, staff);
      expect(filings.find((f) => f.id === m.filing.id)).toMatchObject({
        state: 'submitted',
        canReceive: true,
      });
      const verification = await get<Row>(w, `/api/documents/stored/${m.stored}/verification`, officer);
      expect(verification.intact).toBe(true);
    }
    // each work rule's filing waits for the city bureau above the district
    const city = (who: ActorName, m: DocumentMarks) =>
      get<Row[]>(w, `/api/documents/filings?district=${m.district}`, who).then((f) =>
        f.find((x) => x.id === m.ruleFiling.id),
      );
    expect(await city('qd-justice', w.docs.ls)).toMatchObject({
      toJurisdictionCode: '370200',
      canReceive: true,
    });
    expect(await city('zz-justice', w.docs.st)).toMatchObject({
      toJurisdictionCode: '370400',
      canReceive: true,
    });
    // the documents' ids are marks of their district, so a leak of one would be found
    expect(leaks({ id: w.docs.st.stored }, w.st)).toHaveLength(1);
    expect(leaks({ id: w.docs.ls.filing.id }, w.ls)).toHaveLength(1);
  });

  it('sees the cases of both districts; their own staff and applicants reach the cases the probes aim at', async () => {
    for (const [m, officer, applicant, verifier, credit] of [
      [w.cases.ls, 'ls-case-officer', 'ls-applicant', 'ls-verifier', 'ls-credit'],
      [w.cases.st, 'st-case-officer', 'st-applicant', 'st-verifier', 'st-credit'],
    ] as const) {
      expect((await get<CaseView>(w, `/api/cases/${m.accepted.id}`, officer)).actions, m.district).toEqual(
        expect.arrayContaining(['approve', 'refuse']),
      );
      expect((await get<CaseView>(w, `/api/cases/${m.submitted.id}`, officer)).actions).toContain('accept');
      const queue = await get<Row[]>(w, '/api/cases', officer);
      expect(queue.find((c) => c.id === m.submitted.id)?.dueDate, m.district).toBe(m.submitted.acceptDueDate);
      expect(
        (await get<Row[]>(w, `/api/cases/${m.draft.id}/signing-payloads`, applicant)).length,
      ).toBeGreaterThan(0);
      const pdf = await w.sessions[applicant].request('GET', m.accepted.documents[0]!.pdfUrl);
      expect(pdf.statusCode, m.district).toBe(200);
      const tasks = await get<Row[]>(w, '/api/verification/tasks', verifier);
      expect(tasks.filter((task) => task.caseId === m.approved.id).length, m.district).toBe(
        m.approved.verificationTasks.length,
      );
      const response = await w.sessions[credit].request('POST', '/api/credit/integrity-files/lookup', {
        identifier: m.identifier,
      });
      expect(response.statusCode, m.district).toBe(200);
      const file = response.json() as { commitments: Row[] };
      expect(
        file.commitments.some((c) => c.caseId === m.approved.id),
        m.district,
      ).toBe(true);
    }
    // a case of either district is a mark of it, so a leak of one would be found
    expect(leaks({ id: w.cases.st.approved.id }, w.st)).toHaveLength(1);
    expect(leaks({ caseNo: w.cases.ls.submitted.caseNo }, w.ls)).toHaveLength(1);
    expect(leaks({ caseNo: w.cases.ls.submitted.caseNo }, w.st)).toEqual([]);
  });

  it('the leak check finds the other district when it is there (the probes are not vacuous)', async () => {
    expect(w.st.ids.size).toBeGreaterThan(40);
    expect(w.ls.ids.size).toBeGreaterThan(40);
    const stAgencies = await get<Row[]>(w, '/api/agencies', 'st-admin');
    expect(leaks(stAgencies, w.ls)).toEqual([]);
    expect(leaks(stAgencies, w.st).length).toBeGreaterThan(0);
    const stInbox = await get<{ items: Row[] }>(w, '/api/inbox', 'st-justice');
    expect(stInbox.items.length).toBeGreaterThan(0);
    expect(leaks(stInbox, w.st).length).toBeGreaterThan(0);
    expect(leaks({ code: '370406101' }, w.st)).toEqual(['$.code = 370406101']);
    expect(leaks({ code: '370000' }, w.st)).toEqual([]);
  });
});
