import { and, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { type CaseState, isClosed } from '../common/case-states.ts';
import { caseStateLabel } from '../common/decision-wording.ts';
import { parties } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { withinReach } from '../platform/auth/within-reach.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppDb } from '../platform/db/database.ts';
import { caseDueWarnings, runningClock } from './case-due.ts';
import { isUnderWay, statesNotUnderWay } from './open-duplicates.ts';
import { caseProofs, cases } from './schema.ts';

/**
 * CASE-7: applicants see their own cases; handling staff see their queue (their agency's cases of
 * their district), the open ones first by due date.
 */
export async function listCases(db: AppDb, actor: Actor, filter: { states?: CaseState[] }) {
  const mine = actor.role === 'applicant';
  // An account still to prove whom it is has no cases yet.
  if (mine && !actor.partyId) return [];
  const rows = await db
    .select({
      c: cases,
      partyName: parties.name,
      partyKind: parties.kind,
      committed: sql<number>`(select count(*)::int from ${caseProofs} p where p.case_id = ${cases.id} and p.choice = 'commit')`,
      proofCount: sql<number>`(select count(*)::int from ${caseProofs} p where p.case_id = ${cases.id})`,
      twins: sql<number>`(select count(*)::int from ${cases} d where d.party_id = ${cases.partyId}
        and d.administrative_matter_id = ${cases.administrativeMatterId} and d.id <> ${cases.id}
        and d.state not in (${sql.join(
          statesNotUnderWay.map((s) => sql`${s}`),
          sql`, `,
        )}))`,
    })
    .from(cases)
    .innerJoin(parties, eq(parties.id, cases.partyId))
    .where(
      and(
        mine ? eq(cases.partyId, actor.partyId!) : withinReach(actor, cases.districtCode),
        !mine && actor.agencyId ? eq(cases.agencyId, actor.agencyId) : undefined,
        // Officers do not see applicants' unsent drafts.
        mine ? undefined : or(ne(cases.state, 'draft'), eq(cases.enteredBy, actor.userId)),
        filter.states?.length ? inArray(cases.state, filter.states) : undefined,
      ),
    )
    .orderBy(desc(cases.createdAt))
    .limit(500);
  const calendar = await loadWorkingCalendar(db);
  return rows
    .map(({ c, partyName, partyKind, committed, proofCount, twins }) => ({
      id: c.id,
      caseNo: c.caseNo,
      matterName: c.matterName,
      applicantName: partyName,
      applicantKind: partyKind,
      channel: c.channel,
      state: c.state,
      stateLabel: caseStateLabel(c.state, c.matterKind),
      revision: c.revision,
      submittedAt: c.submittedAt?.toISOString() ?? null,
      dueDate: runningClock(c)?.due ?? null,
      dueWarnings: caseDueWarnings(calendar, c),
      decidedOn: c.decidedOn,
      decisionNo: c.decisionNo,
      committed,
      proofCount,
      // Another application of the party for the matter under way beside this one: likely sent twice.
      likelyDuplicate: isUnderWay(c.state) && twins > 0,
      createdAt: c.createdAt.toISOString(),
    }))
    .sort((a, b) => {
      const open = Number(isClosed(a.state)) - Number(isClosed(b.state));
      if (open !== 0) return open;
      return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
    });
}
