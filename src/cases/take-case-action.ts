import { eq } from 'drizzle-orm';
import { type CaseSide, nextState } from '../common/case-states.ts';
import { agencies } from '../organisation/index.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { countDue } from '../platform/calendar/index.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { Database } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { sideOf } from './case-access.ts';
import {
  closeCaseDeadlines,
  DECIDE_WITHIN_WORKING_DAYS,
  registerDecisionDeadline,
} from './case-deadlines.ts';
import { type CaseRow, lockCase, moveCase } from './case-store.ts';
import { settleSignedCommitments } from './lapse-commitments.ts';

/** The steps without a decision: accept, ask for correction, terminate (officer), withdraw (applicant). */
export type SimpleCaseAction = 'accept' | 'request-correction' | 'terminate' | 'withdraw';

const sideFor: Record<SimpleCaseAction, CaseSide> = {
  accept: 'officer',
  'request-correction': 'officer',
  terminate: 'officer',
  withdraw: 'applicant',
};

/** CASE-6/7: one step of the case, with its clocks (GOV-4) and the commitments it ends. */
export async function takeCaseAction(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  action: SimpleCaseAction;
  revision: number;
  note: string;
}): Promise<CaseRow> {
  const { database, actor, now, action } = options;
  const note = options.note.trim();
  const calendar = action === 'accept' ? await loadWorkingCalendar(database.db) : null;
  const audit = actorOf(actor);
  return database.transaction(async (tx) => {
    const before = await lockCase(tx, actor, options.id, options.revision);
    const side = sideOf(actor, before, sideFor[action]);
    // A step the case's state does not allow is said first: a reason cannot make it possible.
    nextState(before.state, action, side);
    if (action !== 'accept' && !note)
      throw invalid(
        'note',
        action === 'request-correction' ? '请写明需要补正的内容' : '请写明理由',
        action === 'request-correction' ? 'Say what must be corrected' : 'Give the reason',
      );
    if (action === 'accept') {
      const due = countDue(calendar!, shanghaiDate(now), DECIDE_WITHIN_WORKING_DAYS);
      await closeCaseDeadlines(tx, before.id, 'done', audit, now);
      const after = await moveCase(tx, {
        before,
        action,
        side,
        set: { acceptedAt: now, decisionDueDate: due.dueDate },
        note: note || null,
        actor: audit,
        now,
      });
      const [agency] = await tx.db.select().from(agencies).where(eq(agencies.id, before.agencyId));
      await registerDecisionDeadline(tx, {
        caseRow: after,
        jurisdictionCode: agency!.jurisdictionCode,
        due,
        actor: audit,
        now,
      });
      return after;
    }
    const ends = action === 'terminate' || action === 'withdraw';
    await closeCaseDeadlines(tx, before.id, ends ? 'cancelled' : 'done', audit, now);
    if (ends)
      await settleSignedCommitments(tx, {
        caseId: before.id,
        state: 'lapsed',
        note: action === 'withdraw' ? '申请人撤回申请' : `终止办理：${note}`,
        now,
      });
    return moveCase(tx, { before, action, side, note, actor: audit, now });
  });
}
