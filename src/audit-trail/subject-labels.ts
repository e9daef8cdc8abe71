import { eq, inArray } from 'drizzle-orm';
import { caseDocuments, caseFiles, cases } from '../cases/index.ts';
import type { Words } from '../common/audit-sentences.ts';
import { formatDate } from '../common/dates.ts';
import { creditObjections, creditPushes, creditRecords, creditRepairs } from '../credit/index.ts';
import {
  documentFilings,
  formatTextDrafts,
  formatTextVersions,
  guideVersions,
  storedDocuments,
  workRuleVersions,
} from '../documents/index.ts';
import { deadlines, notifications } from '../inbox/index.ts';
import {
  administrativeMatters,
  certificationMatters,
  changeRequests,
  draftItems,
  listFilings,
  lists,
  listVersions,
} from '../lists/index.ts';
import { agencies, jurisdictions, parties, users } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import {
  inspectionObjects,
  inspectionPlans,
  inspectors,
  itemRisks,
  keySupervisions,
} from '../supervision/index.ts';
import {
  assistanceRequests,
  dataAccessLog,
  falseCommitmentHandlings,
  onSiteVisits,
  verificationTasks,
} from '../verification/index.ts';

/** An object's human identifier: one text, or one per language. */
export type SubjectLabel = string | Words;
type Labels = Map<string, SubjectLabel>;
type Resolve = (db: AppDb, ids: string[]) => Promise<Labels>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A uuid column refuses any other text, so ids of another shape are never sent to one.
const uuidsOf = (ids: string[]) => ids.filter((id) => UUID.test(id));

const mapOf = (rows: { id: string; label: SubjectLabel }[]): Labels =>
  new Map(rows.map((r) => [r.id, r.label]));

/** A resolver over uuid keys that skips the query when there is nothing to look up. */
const byUuid =
  (query: (db: AppDb, ids: string[]) => Promise<{ id: string; label: SubjectLabel }[]>): Resolve =>
  async (db, ids) => {
    const keys = uuidsOf(ids);
    return keys.length ? mapOf(await query(db, keys)) : new Map();
  };

const both = (zh: string, en: string): Words => ({ zh, en });
const version = (title: string, n: number) => both(`「${title}」第 ${n} 版`, `“${title}” version ${n}`);
const proofOfCase = (proof: string, caseNo: string) =>
  both(`「${proof}」（案件 ${caseNo}）`, `“${proof}” (case ${caseNo})`);
const textKinds = { notice: both('告知书', 'notice'), commitment: both('承诺书', 'commitment') } as const;

const caseNumbers = byUuid((db, ids) =>
  db.select({ id: cases.id, label: cases.caseNo }).from(cases).where(inArray(cases.id, ids)),
);

const jurisdictionNames: Resolve = async (db, ids) =>
  mapOf(
    await db
      .select({ id: jurisdictions.code, label: jurisdictions.name })
      .from(jurisdictions)
      .where(inArray(jurisdictions.code, ids)),
  );

const userNames = byUuid(async (db, ids) =>
  (
    await db
      .select({ id: users.id, name: users.displayName, username: users.username })
      .from(users)
      .where(inArray(users.id, ids))
  ).map((u) => ({ id: u.id, label: `${u.name}（${u.username}）` })),
);

const partyOf = (table: typeof creditRepairs | typeof creditObjections) =>
  byUuid((db, ids) =>
    db
      .select({ id: table.id, label: parties.name })
      .from(table)
      .innerJoin(parties, eq(parties.id, table.partyId))
      .where(inArray(table.id, ids)),
  );

async function formatTextNames(db: AppDb, ids: string[]): Promise<Labels> {
  const keys = uuidsOf(ids);
  if (!keys.length) return new Map();
  const drafts = await db
    .select({ id: formatTextDrafts.id, itemKey: formatTextDrafts.itemKey, kind: formatTextDrafts.kind })
    .from(formatTextDrafts)
    .where(inArray(formatTextDrafts.id, keys));
  const items = drafts.length
    ? await db
        .select({ itemKey: formatTextVersions.itemKey, name: formatTextVersions.itemName })
        .from(formatTextVersions)
        .where(
          inArray(
            formatTextVersions.itemKey,
            drafts.map((d) => d.itemKey),
          ),
        )
    : [];
  const nameOf = new Map(items.map((i) => [i.itemKey, i.name]));
  return new Map(
    drafts.map((d) => {
      const kind = textKinds[d.kind];
      const name = nameOf.get(d.itemKey);
      return [d.id, name ? both(`${name}${kind.zh}`, `${kind.en} of ${name}`) : kind];
    }),
  );
}

/** The item of a risk assessment is named by its item key, the others by their row id. */
async function listItemNames(db: AppDb, ids: string[]): Promise<Labels> {
  const rows = uuidsOf(ids).length
    ? await db
        .select({ id: draftItems.id, name: draftItems.name, matter: draftItems.administrativeMatter })
        .from(draftItems)
        .where(inArray(draftItems.id, uuidsOf(ids)))
    : [];
  const keys = ids.filter((id) => !UUID.test(id));
  const risks = keys.length
    ? await db
        .select({ id: itemRisks.itemKey, label: itemRisks.itemName })
        .from(itemRisks)
        .where(inArray(itemRisks.itemKey, keys))
    : [];
  return new Map([...rows.map((r) => [r.id, `${r.name}（${r.matter}）`] as const), ...mapOf(risks)]);
}

/**
 * GOV-5: how each kind of audited object is named, looked up with one query per kind for a whole page
 * of entries (no query per entry). A kind missing here, or an object since deleted, falls back to the
 * name kept in the entry itself.
 */
const resolvers: Record<string, Resolve> = {
  case: caseNumbers,
  'case-file': byUuid((db, ids) =>
    db
      .select({ id: caseFiles.id, label: caseFiles.fileName })
      .from(caseFiles)
      .where(inArray(caseFiles.id, ids)),
  ),
  'stored-document': async (db, ids) => {
    const keys = uuidsOf(ids);
    if (!keys.length) return new Map();
    const stored = await db
      .select({ id: storedDocuments.id, subject: storedDocuments.subject })
      .from(storedDocuments)
      .where(inArray(storedDocuments.id, keys));
    const docIds = uuidsOf(stored.map((s) => s.subject.replace(/^case-document:/, '')));
    const docs = docIds.length
      ? await db
          .select({ id: caseDocuments.id, title: caseDocuments.title, caseNo: cases.caseNo })
          .from(caseDocuments)
          .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
          .where(inArray(caseDocuments.id, docIds))
      : [];
    const docOf = new Map(docs.map((d) => [`case-document:${d.id}`, `${d.title}（案件 ${d.caseNo}）`]));
    return new Map(stored.flatMap((s) => (docOf.has(s.subject) ? [[s.id, docOf.get(s.subject)!]] : [])));
  },
  'verification-task': byUuid(async (db, ids) =>
    (
      await db
        .select({ id: verificationTasks.id, proof: verificationTasks.proofName, caseNo: cases.caseNo })
        .from(verificationTasks)
        .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
        .where(inArray(verificationTasks.id, ids))
    ).map((t) => ({ id: t.id, label: proofOfCase(t.proof, t.caseNo) })),
  ),
  'assistance-request': byUuid(async (db, ids) =>
    (
      await db
        .select({ id: assistanceRequests.id, proof: assistanceRequests.proofName, caseNo: cases.caseNo })
        .from(assistanceRequests)
        .innerJoin(verificationTasks, eq(verificationTasks.id, assistanceRequests.taskId))
        .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
        .where(inArray(assistanceRequests.id, ids))
    ).map((r) => ({ id: r.id, label: proofOfCase(r.proof, r.caseNo) })),
  ),
  'on-site-visit': byUuid(async (db, ids) =>
    (
      await db
        .select({ id: onSiteVisits.id, on: onSiteVisits.scheduledOn, address: onSiteVisits.address })
        .from(onSiteVisits)
        .where(inArray(onSiteVisits.id, ids))
    ).map((v) => ({
      id: v.id,
      label: both(`（${formatDate(v.on)}，${v.address}）`, `(${formatDate(v.on, 'en')}, ${v.address})`),
    })),
  ),
  'false-commitment-handling': byUuid((db, ids) =>
    db
      .select({ id: falseCommitmentHandlings.id, label: cases.caseNo })
      .from(falseCommitmentHandlings)
      .innerJoin(cases, eq(cases.id, falseCommitmentHandlings.caseId))
      .where(inArray(falseCommitmentHandlings.id, ids)),
  ),
  'data-access-entry': byUuid(async (db, ids) =>
    (
      await db
        .select({ id: dataAccessLog.id, caseNo: dataAccessLog.caseNo })
        .from(dataAccessLog)
        .where(inArray(dataAccessLog.id, ids))
    ).flatMap((e) =>
      e.caseNo ? [{ id: e.id, label: both(`（案件 ${e.caseNo}）`, `(case ${e.caseNo})`) }] : [],
    ),
  ),
  user: userNames,
  agency: byUuid((db, ids) =>
    db.select({ id: agencies.id, label: agencies.name }).from(agencies).where(inArray(agencies.id, ids)),
  ),
  jurisdiction: jurisdictionNames,
  'district-settings': jurisdictionNames,
  'inspector-pool': jurisdictionNames,
  'demo-data': jurisdictionNames,
  'work-rule': jurisdictionNames,
  party: byUuid((db, ids) =>
    db.select({ id: parties.id, label: parties.name }).from(parties).where(inArray(parties.id, ids)),
  ),
  'calendar-day': async (_db, ids) => new Map(ids.map((d) => [d, both(formatDate(d), formatDate(d, 'en'))])),
  'deadline-scan': async (_db, ids) => new Map(ids.map((d) => [d, both(formatDate(d), formatDate(d, 'en'))])),
  'calendar-year': async (_db, ids) => new Map(ids.map((y) => [y, both(`${y}年`, y)])),
  'credit-rules': async (_db, ids) =>
    new Map(ids.map((id) => [id, both(`第 ${id.split(':')[1]} 版`, `version ${id.split(':')[1]}`)])),
  deadline: byUuid(async (db, ids) =>
    (
      await db
        .select({ id: deadlines.id, zh: deadlines.title, en: deadlines.titleEn })
        .from(deadlines)
        .where(inArray(deadlines.id, ids))
    ).map((d) => ({ id: d.id, label: both(`「${d.zh}」`, `“${d.en}”`) })),
  ),
  notification: byUuid(async (db, ids) =>
    (
      await db
        .select({ id: notifications.id, zh: notifications.title, en: notifications.titleEn })
        .from(notifications)
        .where(inArray(notifications.id, ids))
    ).map((n) => ({ id: n.id, label: both(`「${n.zh}」`, `“${n.en}”`) })),
  ),
  'certification-matter': byUuid((db, ids) =>
    db
      .select({ id: certificationMatters.id, label: certificationMatters.name })
      .from(certificationMatters)
      .where(inArray(certificationMatters.id, ids)),
  ),
  'administrative-matter': byUuid((db, ids) =>
    db
      .select({ id: administrativeMatters.id, label: administrativeMatters.name })
      .from(administrativeMatters)
      .where(inArray(administrativeMatters.id, ids)),
  ),
  'service-guide': byUuid((db, ids) =>
    db
      .select({ id: administrativeMatters.id, label: administrativeMatters.name })
      .from(administrativeMatters)
      .where(inArray(administrativeMatters.id, ids)),
  ),
  list: byUuid((db, ids) =>
    db.select({ id: lists.id, label: lists.title }).from(lists).where(inArray(lists.id, ids)),
  ),
  'list-version': byUuid(async (db, ids) =>
    (
      await db
        .select({ id: listVersions.id, title: listVersions.title, n: listVersions.versionNo })
        .from(listVersions)
        .where(inArray(listVersions.id, ids))
    ).map((v) => ({ id: v.id, label: version(v.title, v.n) })),
  ),
  'list-filing': byUuid(async (db, ids) =>
    (
      await db
        .select({ id: listFilings.id, title: listVersions.title, n: listVersions.versionNo })
        .from(listFilings)
        .innerJoin(listVersions, eq(listVersions.id, listFilings.listVersionId))
        .where(inArray(listFilings.id, ids))
    ).map((f) => ({ id: f.id, label: version(f.title, f.n) })),
  ),
  'list-item': listItemNames,
  'list-change-request': byUuid((db, ids) =>
    db
      .select({ id: changeRequests.id, label: changeRequests.number })
      .from(changeRequests)
      .where(inArray(changeRequests.id, ids)),
  ),
  'work-rule-version': byUuid(async (db, ids) =>
    (
      await db
        .select({ id: workRuleVersions.id, n: workRuleVersions.versionNo, district: jurisdictions.name })
        .from(workRuleVersions)
        .innerJoin(jurisdictions, eq(jurisdictions.code, workRuleVersions.districtCode))
        .where(inArray(workRuleVersions.id, ids))
    ).map((v) => ({
      id: v.id,
      label: both(`${v.district}工作规程第 ${v.n} 版`, `the work rule of ${v.district}, version ${v.n}`),
    })),
  ),
  'format-text': formatTextNames,
  'format-text-version': byUuid(async (db, ids) =>
    (
      await db
        .select({
          id: formatTextVersions.id,
          name: formatTextVersions.itemName,
          kind: formatTextVersions.kind,
        })
        .from(formatTextVersions)
        .where(inArray(formatTextVersions.id, ids))
    ).map((v) => ({
      id: v.id,
      label: both(`${v.name}${textKinds[v.kind].zh}`, `${textKinds[v.kind].en} of ${v.name}`),
    })),
  ),
  'service-guide-version': byUuid((db, ids) =>
    db
      .select({ id: guideVersions.id, label: guideVersions.matterName })
      .from(guideVersions)
      .where(inArray(guideVersions.id, ids)),
  ),
  'document-filing': byUuid((db, ids) =>
    db
      .select({ id: documentFilings.id, label: documentFilings.title })
      .from(documentFilings)
      .where(inArray(documentFilings.id, ids)),
  ),
  'credit-record': byUuid((db, ids) =>
    db
      .select({ id: creditRecords.id, label: parties.name })
      .from(creditRecords)
      .innerJoin(parties, eq(parties.id, creditRecords.partyId))
      .where(inArray(creditRecords.id, ids)),
  ),
  'credit-repair': partyOf(creditRepairs),
  'credit-objection': partyOf(creditObjections),
  'credit-push': byUuid((db, ids) =>
    db
      .select({ id: creditPushes.id, label: creditPushes.summary })
      .from(creditPushes)
      .where(inArray(creditPushes.id, ids)),
  ),
  'inspection-plan': byUuid((db, ids) =>
    db
      .select({ id: inspectionPlans.id, label: inspectionPlans.title })
      .from(inspectionPlans)
      .where(inArray(inspectionPlans.id, ids)),
  ),
  'inspection-object': byUuid(async (db, ids) =>
    (
      await db
        .select({ id: inspectionObjects.id, caseNo: inspectionObjects.caseNo, plan: inspectionPlans.title })
        .from(inspectionObjects)
        .innerJoin(inspectionPlans, eq(inspectionPlans.id, inspectionObjects.planId))
        .where(inArray(inspectionObjects.id, ids))
    ).map((o) => ({
      id: o.id,
      label: both(`案件 ${o.caseNo}（${o.plan}）`, `case ${o.caseNo} (${o.plan})`),
    })),
  ),
  inspector: byUuid((db, ids) =>
    db
      .select({ id: inspectors.id, label: inspectors.name })
      .from(inspectors)
      .where(inArray(inspectors.id, ids)),
  ),
  'key-supervision': byUuid((db, ids) =>
    db
      .select({ id: keySupervisions.id, label: keySupervisions.subjectName })
      .from(keySupervisions)
      .where(inArray(keySupervisions.id, ids)),
  ),
};

/** A name the entry kept itself (an object since deleted, a code issued to a person …). */
function keptName(entry: { before: unknown; after: unknown }): string | null {
  for (const snapshot of [entry.after, entry.before]) {
    if (snapshot && typeof snapshot === 'object') {
      const s = snapshot as Record<string, unknown>;
      for (const key of ['name', 'title', 'fileName', 'username'])
        if (typeof s[key] === 'string') return s[key];
    }
  }
  return null;
}

/** The human identifier of each entry's object, keyed `type:id`: one query per kind of object. */
export async function subjectLabels(
  db: AppDb,
  entries: readonly { entityType: string; entityId: string; before: unknown; after: unknown }[],
): Promise<Map<string, SubjectLabel | null>> {
  const idsByType = new Map<string, Set<string>>();
  for (const e of entries)
    idsByType.set(e.entityType, (idsByType.get(e.entityType) ?? new Set()).add(e.entityId));
  const found = new Map<string, SubjectLabel>();
  for (const [type, ids] of idsByType) {
    const resolve = resolvers[type];
    if (!resolve) continue;
    for (const [id, label] of await resolve(db, [...ids])) found.set(`${type}:${id}`, label);
  }
  return new Map(
    entries.map((e) => {
      const key = `${e.entityType}:${e.entityId}`;
      return [key, found.get(key) ?? keptName(e)];
    }),
  );
}
