import { asc, desc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { deadlines, dueWarnings } from '../inbox/index.ts';
import { jurisdictions } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { onActorsBranch } from '../platform/auth/within-reach.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { filingStates, filingWorkflow, isFilingOverdue } from './filing-chain.ts';
import { listFilings, lists, listVersions } from './schema.ts';

const fromPlace = alias(jurisdictions, 'from_place');
const toPlace = alias(jurisdictions, 'to_place');

/**
 * LIST-7: every filing hop the actor's level sends or receives, or that concerns a list of their
 * area, each with its state as users read it (待报送 / 已报送 / 已接收 / 逾期).
 */
export async function listFilingsFor(
  db: AppDb,
  actor: Actor,
  today: string,
  calendar: Pick<WorkingCalendar, 'yearsWithoutOfficialData'>,
) {
  const rows = await db
    .select({
      filing: listFilings,
      listCode: lists.jurisdictionCode,
      listTitle: lists.title,
      versionNo: listVersions.versionNo,
      publishedOn: listVersions.publishedOn,
      fromName: fromPlace.name,
      toName: toPlace.name,
      deadline: {
        provisional: deadlines.provisional,
        countedFrom: deadlines.countedFrom,
        dueDate: deadlines.dueDate,
      },
    })
    .from(listFilings)
    .innerJoin(listVersions, eq(listVersions.id, listFilings.listVersionId))
    .innerJoin(lists, eq(lists.id, listVersions.listId))
    .innerJoin(fromPlace, eq(fromPlace.code, listFilings.fromJurisdictionCode))
    .innerJoin(toPlace, eq(toPlace.code, listFilings.toJurisdictionCode))
    .leftJoin(deadlines, eq(deadlines.key, sql`'list-filing:' || ${listFilings.id}`))
    .where(
      or(
        onActorsBranch(actor, lists.jurisdictionCode),
        eq(listFilings.toJurisdictionCode, actor.jurisdictionCode),
      ),
    )
    .orderBy(desc(listVersions.publishedAt), asc(listFilings.hop));
  return rows.map((r) => {
    const overdue = isFilingOverdue(r.filing, today);
    const canAct = actor.role === 'justice-officer';
    const allowedActions = [
      ...(canAct && actor.jurisdictionCode === r.filing.fromJurisdictionCode
        ? filingWorkflow.allowedActions(r.filing.state, 'sender')
        : []),
      ...(canAct && actor.jurisdictionCode === r.filing.toJurisdictionCode
        ? filingWorkflow.allowedActions(r.filing.state, 'receiver')
        : []),
    ];
    return {
      ...r.filing,
      listCode: r.listCode,
      listTitle: r.listTitle,
      versionNo: r.versionNo,
      publishedOn: r.publishedOn,
      fromName: r.fromName,
      toName: r.toName,
      overdue,
      stateLabel: overdue ? '逾期' : filingStates[r.filing.state].zh,
      stateLabelEn: overdue ? 'Overdue' : filingStates[r.filing.state].en,
      late: r.filing.submittedAt !== null && shanghaiDate(r.filing.submittedAt) > r.filing.dueDate,
      allowedActions,
      dueWarnings: dueWarnings(calendar, r.deadline ?? undefined),
    };
  });
}
