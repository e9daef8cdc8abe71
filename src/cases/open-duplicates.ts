import { and, eq, ne, notInArray } from 'drizzle-orm';
import { type CaseState, decidedStates } from '../common/case-states.ts';
import type { AppDb } from '../platform/db/database.ts';
import { cases } from './schema.ts';

export const statesNotUnderWay: readonly CaseState[] = [...decidedStates, 'draft'];

/** Submitted and not yet decided. */
export const isUnderWay = (state: CaseState) => !statesNotUnderWay.includes(state);

/**
 * The party's applications for the matter that are under way. A second one beside them is most often
 * the same application sent twice (two browser tabs, a double entry at the counter): the wizard asks
 * before submitting, and officers see such cases marked.
 */
export async function openApplications(
  db: AppDb,
  of: { partyId: string; administrativeMatterId: string; except?: string },
) {
  return db
    .select({ id: cases.id, caseNo: cases.caseNo, state: cases.state, submittedAt: cases.submittedAt })
    .from(cases)
    .where(
      and(
        eq(cases.partyId, of.partyId),
        eq(cases.administrativeMatterId, of.administrativeMatterId),
        notInArray(cases.state, [...statesNotUnderWay]),
        of.except ? ne(cases.id, of.except) : undefined,
      ),
    )
    .orderBy(cases.caseNo);
}
