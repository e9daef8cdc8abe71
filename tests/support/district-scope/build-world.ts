// Builds the ORG-2 world on a copy of the demo database: both districts' cases made through the
// API, the records every probe aims at, every record's id marked as its district's, and the states
// the refused changes must leave as they are.
import { and, eq, isNotNull } from 'drizzle-orm';
import { expect } from 'vitest';
import { creditObjections, creditPushes, creditRepairs } from '../../../src/credit/schema.ts';
import { storedDocuments } from '../../../src/documents/schema.ts';
import { scanDeadlines } from '../../../src/inbox/scan-deadlines.ts';
import { contains } from '../../../src/platform/auth/jurisdiction-codes.ts';
import { loadWorkingCalendar } from '../../../src/platform/calendar/load-calendar.ts';
import {
  inspectionObjects,
  inspectionPlans,
  inspectorConflicts,
  inspectors,
  itemRisks,
  keySupervisions,
} from '../../../src/supervision/schema.ts';
import {
  assistanceRequests,
  dataAccessLog,
  falseCommitmentHandlings,
  onSiteVisits,
  regularisations,
  verificationEvidence,
  verificationTasks,
} from '../../../src/verification/schema.ts';
import { act, apply, type CaseView, choicesFor, decide, findMatter, uploadProof } from '../cases.ts';
import { addBody, type Catalogue, ok, type Workspace } from '../lists.ts';
import type { Session, TestApp } from '../test-app.ts';
import { type ActorName, actors } from './actors.ts';
import type { DistrictMarks } from './leaks.ts';
import {
  type CaseMarks,
  type CreditMarks,
  casesState,
  type DocumentMarks,
  documentsState,
  get,
  LIST_CODES,
  type ListMarks,
  listsState,
  type Row,
  type SupervisionMarks,
  type VerificationMarks,
  type World,
  type WorldRecord,
} from './world.ts';

/** What is known of the world while it is being built. */
type Building = Pick<World, 'testApp' | 'sessions'>;

/**
 * One district's cases, made through the API as its applicant and its window officer: a draft, a
 * submitted case, an accepted one and an approved one (whose verification tasks are planned).
 */
async function caseMarks(
  world: Building,
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
async function documentMarks(world: Building, district: string): Promise<DocumentMarks> {
  const t = world.testApp;
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
async function listMarks(world: Building, code: string, district: string): Promise<ListMarks> {
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
  const workbook = await world.testApp.anonymous('GET', `/api/public/districts/${code}/list?format=xlsx`);
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

/** Builds the world in `t`'s database (a fresh copy of the demo database), and answers it as data. */
export async function buildWorld(t: TestApp): Promise<WorldRecord> {
  // The daily scan writes today's reminders (the demo deadlines are near or overdue).
  await scanDeadlines({
    database: t.database,
    now: t.clock.now,
    calendar: await loadWorkingCalendar(t.database.db),
  });
  const sessions = Object.fromEntries(
    await Promise.all(actors.map(async (a) => [a, await t.login(a)] as const)),
  ) as Record<ActorName, Session>;
  const partial: Building = { testApp: t, sessions };
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
  const settings = {
    '370212': await get(partial, '/api/districts/370212/settings'),
    '370406': await get(partial, '/api/districts/370406/settings'),
  };
  const notification = {
    ls: await firstNotification('ls-justice'),
    st: await firstNotification('st-justice'),
  };
  const lists = {
    ls: await listMarks(partial, '370212', '370212'),
    st: await listMarks(partial, '370406', '370406'),
    town: await listMarks(partial, '370406101', '370406'),
  };
  const listsBefore = await listsState(partial);
  const docs = {
    ls: await documentMarks(partial, '370212'),
    st: await documentMarks(partial, '370406'),
  };
  markCases(ls, caseWorld.ls);
  markCases(st, caseWorld.st);
  const verification = {
    ls: await verificationMarks(t, '370212'),
    st: await verificationMarks(t, '370406'),
  };
  for (const [marks, v] of [
    [ls, verification.ls],
    [st, verification.st],
  ] as const)
    for (const id of [v.taskId, v.evidenceId, v.handlingId, v.visitId, v.regularisationId, v.dataAccessId])
      if (id) marks.ids.add(id);
  const supervision = {
    ls: await supervisionMarks(t, '370212'),
    st: await supervisionMarks(t, '370406'),
  };
  for (const [marks, s] of [
    [ls, supervision.ls],
    [st, supervision.st],
  ] as const)
    for (const id of [s.planId, s.waitingPlanId, s.objectId, s.inspectorId, s.conflictId, s.keySupervisionId])
      marks.ids.add(id);
  const credit = { ls: await creditMarks(t, '370212'), st: await creditMarks(t, '370406') };
  for (const [marks, c] of [
    [ls, credit.ls],
    [st, credit.st],
  ] as const)
    for (const id of Object.values(c)) marks.ids.add(id);
  const stored = await t.database.db
    .select({ id: storedDocuments.id, district: storedDocuments.districtCode })
    .from(storedDocuments);
  for (const d of stored) (d.district === '370212' ? ls : st).ids.add(d.id);
  return {
    sessions,
    ls: { ...ls, ids: [...ls.ids] },
    st: { ...st, ids: [...st.ids] },
    agencies,
    users,
    settings,
    notification,
    lists,
    listsBefore,
    docs,
    documentsBefore: await documentsState({ ...partial, docs }),
    cases: caseWorld,
    casesBefore: await casesState({ ...partial, cases: caseWorld }),
    verification,
    supervision,
    credit,
  };
}

/** The demo's credit records of a district (its story: see src/demo/load-demo-credit.ts). */
async function creditMarks(t: TestApp, district: string): Promise<CreditMarks> {
  const db = t.database.db;
  const [repair] = await db.select().from(creditRepairs).where(eq(creditRepairs.districtCode, district));
  const [objection] = await db
    .select()
    .from(creditObjections)
    .where(eq(creditObjections.districtCode, district));
  const [push] = await db
    .select({ id: creditPushes.id })
    .from(creditPushes)
    .where(eq(creditPushes.districtCode, district));
  expect(repair && objection && push, `the demo's credit records of ${district}`).toBeTruthy();
  return { recordId: repair!.recordId, repairId: repair!.id, objectionId: objection!.id, pushId: push!.id };
}

/** The demo's supervision records of a district (see src/demo/load-demo-supervision.ts). */
async function supervisionMarks(t: TestApp, district: string): Promise<SupervisionMarks> {
  const db = t.database.db;
  const plans = await db.select().from(inspectionPlans).where(eq(inspectionPlans.districtCode, district));
  const done = plans.find((p) => p.state === 'completed');
  const waiting = plans.find((p) => p.state === 'approved');
  const [object] = done
    ? await db.select().from(inspectionObjects).where(eq(inspectionObjects.planId, done.id))
    : [];
  const [conflict] = await db
    .select({ id: inspectorConflicts.id, inspectorId: inspectorConflicts.inspectorId })
    .from(inspectorConflicts)
    .innerJoin(inspectors, eq(inspectors.id, inspectorConflicts.inspectorId))
    .where(eq(inspectors.districtCode, district));
  const [key] = await db.select().from(keySupervisions).where(eq(keySupervisions.districtCode, district));
  const [risk] = await db.select().from(itemRisks).where(eq(itemRisks.districtCode, district));
  expect(
    done && waiting && object && conflict && key && risk,
    `the demo's supervision of ${district}`,
  ).toBeTruthy();
  return {
    planId: done!.id,
    planRevision: done!.revision,
    waitingPlanId: waiting!.id,
    waitingRevision: waiting!.revision,
    objectId: object!.id,
    caseId: object!.caseId,
    inspectorId: conflict!.inspectorId,
    conflictId: conflict!.id,
    keySupervisionId: key!.id,
    itemKey: risk!.itemKey,
  };
}

/** The demo's verification records of a district (its story: see src/demo/load-demo-verification.ts). */
async function verificationMarks(t: TestApp, district: string): Promise<VerificationMarks> {
  const db = t.database.db;
  const [evidence] = await db
    .select({ id: verificationEvidence.id, taskId: verificationEvidence.taskId })
    .from(verificationEvidence)
    .innerJoin(verificationTasks, eq(verificationTasks.id, verificationEvidence.taskId))
    .where(and(eq(verificationTasks.districtCode, district), isNotNull(verificationEvidence.documentId)));
  const [handling] = await db
    .select({ id: falseCommitmentHandlings.id })
    .from(falseCommitmentHandlings)
    .where(eq(falseCommitmentHandlings.districtCode, district));
  const [visit] = await db
    .select({ id: onSiteVisits.id })
    .from(onSiteVisits)
    .where(eq(onSiteVisits.districtCode, district));
  const [regularisation] = await db
    .select({ id: regularisations.id })
    .from(regularisations)
    .innerJoin(verificationTasks, eq(verificationTasks.id, regularisations.taskId))
    .where(eq(verificationTasks.districtCode, district));
  const [entry] = await db
    .select({ id: dataAccessLog.id })
    .from(dataAccessLog)
    .where(eq(dataAccessLog.districtCode, district));
  const [assistance] = await db
    .select({ id: assistanceRequests.id })
    .from(assistanceRequests)
    .where(eq(assistanceRequests.requestingDistrictCode, district));
  expect(evidence && entry && assistance, `the demo's verification records of ${district}`).toBeTruthy();
  return {
    taskId: evidence!.taskId,
    evidenceId: evidence!.id,
    handlingId: handling?.id ?? null,
    visitId: visit?.id ?? null,
    regularisationId: regularisation?.id ?? null,
    dataAccessId: entry!.id,
    assistanceId: assistance!.id,
  };
}
