// The world the ORG-2 probes run in: both districts' records to aim at, the sessions of every actor,
// and what the changing routes could touch, as it stood before any probe.
import { expect } from 'vitest';
import { caseFiles, cases, commitments } from '../../../src/cases/schema.ts';
import { verificationTasks } from '../../../src/verification/schema.ts';
import type { CaseView, choicesFor } from '../cases.ts';
import type { addBody, Catalogue, DraftRow, Matter, Workspace } from '../lists.ts';
import type { Session, SessionKeys, TestApp } from '../test-app.ts';
import type { ActorName } from './actors.ts';
import type { DistrictMarks } from './leaks.ts';

export interface Row {
  id: string;
  [key: string]: unknown;
}

export interface World {
  /** The application and database the world lives in: a copy of its own. */
  testApp: TestApp;
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
  /** Each district's verification records of the demo (VER-1..9, SUP-3) to aim at. */
  verification: { ls: VerificationMarks; st: VerificationMarks };
  /** Each district's supervision records of the demo (SUP-1/2) to aim at. */
  supervision: { ls: SupervisionMarks; st: SupervisionMarks };
  /** Each district's credit records of the demo (CRED-2..6) to aim at. */
  credit: { ls: CreditMarks; st: CreditMarks };
}

/** One district's credit records: a dishonesty record, a repair application, an objection, a push. */
export interface CreditMarks {
  recordId: string;
  repairId: string;
  objectionId: string;
  pushId: string;
}

/** One district's supervision records: a completed plan, a plan awaiting its draw, an inspector… */
export interface SupervisionMarks {
  planId: string;
  planRevision: number;
  waitingPlanId: string;
  waitingRevision: number;
  objectId: string;
  caseId: string;
  inspectorId: string;
  conflictId: string;
  keySupervisionId: string;
  itemKey: string;
}

/** One district's verification records: a task, its evidence, a handling record, a visit, a log entry… */
export interface VerificationMarks {
  taskId: string;
  evidenceId: string;
  handlingId: string | null;
  visitId: string | null;
  regularisationId: string | null;
  dataAccessId: string;
  /** An assistance request the district sent (the other district may be the one asked). */
  assistanceId: string;
}

/**
 * The world as plain data, kept beside the database it was built in: sessions by their keys, marks
 * as lists, agencies and users as read.
 */
export type WorldRecord = Omit<World, 'testApp' | 'sessions' | 'ls' | 'st' | 'agency' | 'user'> & {
  sessions: Record<ActorName, SessionKeys>;
  ls: MarksRecord;
  st: MarksRecord;
  agencies: Row[];
  users: Row[];
};
type MarksRecord = Omit<DistrictMarks, 'ids'> & { ids: string[] };

/** The world of `record` in `t`, whose database is a copy of the one the world was built in. */
export function reviveWorld(t: TestApp, record: WorldRecord): World {
  const { sessions, ls, st, agencies, users, ...rest } = record;
  return {
    ...rest,
    testApp: t,
    sessions: Object.fromEntries(
      Object.entries(sessions).map(([actor, keys]) => [actor, t.resume(keys)]),
    ) as Record<ActorName, Session>,
    ls: { ...ls, ids: new Set(ls.ids) },
    st: { ...st, ids: new Set(st.ids) },
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
  };
}

/** One district's cases with real records to aim at: one in each state a route acts on. */
export interface CaseMarks {
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
export interface DocumentMarks {
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
export interface ListMarks {
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
export const LIST_CODES = ['370212', '370200', '370406', '370406101', '370406102', '370400'] as const;
type ListsState = Awaited<ReturnType<typeof listsState>>;

/** A GET as the platform admin (or another actor), expecting 200. */
export async function get<T = Row>(
  world: Pick<World, 'sessions'>,
  url: string,
  as: ActorName = 'platform-admin',
): Promise<T> {
  const response = await world.sessions[as].request('GET', url);
  expect(response.statusCode, `${as} GET ${url}: ${response.body}`).toBe(200);
  return response.json() as T;
}

/**
 * Everything of both districts' lists a refused change could have touched, as the platform admin
 * sees it: drafts (each row's revision), versions, catalogues, change requests, filings and their
 * deadlines.
 */
export async function listsState(world: Pick<World, 'sessions'>) {
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
export async function documentsState(world: Pick<World, 'testApp' | 'sessions' | 'docs'>) {
  const state: Record<string, unknown> = {};
  for (const district of ['370212', '370406']) {
    const rule = await get<{ revision: number; published: Row }>(
      world,
      `/api/documents/work-rule?district=${district}`,
    );
    const board = await get<{ items: Row[] }>(world, `/api/documents/texts?district=${district}`);
    const texts = await world.testApp.anonymous('GET', `/api/public/districts/${district}/texts`);
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
export async function casesState(world: Pick<World, 'testApp' | 'sessions' | 'cases'>) {
  // Each case as its applicant reads it (drafts included, which no officer sees).
  const marked = (['ls', 'st'] as const).flatMap((d) => {
    const m = world.cases[d];
    return [m.draft, m.submitted, m.accepted, m.approved].map((c) => ({ c, as: `${d}-applicant` as const }));
  });
  const views = await Promise.all(marked.map(({ c, as }) => get<CaseView>(world, `/api/cases/${c.id}`, as)));
  const perDistrict = async (
    table: typeof cases | typeof caseFiles | typeof commitments | typeof verificationTasks,
  ) =>
    (await world.testApp.database.db.select({ district: table.districtCode }).from(table))
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
