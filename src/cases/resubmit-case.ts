import { eq } from 'drizzle-orm';
import { agencies } from '../organisation/index.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { Database } from '../platform/db/database.ts';
import { sideOf } from './case-access.ts';
import { registerAcceptDeadline } from './case-deadlines.ts';
import { type CaseRow, lockCase, moveCase } from './case-store.ts';
import { assertProofsComplete, proofsWithCommitments } from './proof-status.ts';
import { acceptDueOf } from './write-submission.ts';

/** After correction (补正) the applicant resubmits once every proof is provided; the clock restarts. */
export async function resubmitCase(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  revision: number;
}): Promise<CaseRow> {
  const { database, actor, now } = options;
  const calendar = await loadWorkingCalendar(database.db);
  const audit = actorOf(actor);
  return database.transaction(async (tx) => {
    const before = await lockCase(tx, actor, options.id, options.revision);
    const side = sideOf(actor, before, 'applicant');
    assertProofsComplete(await proofsWithCommitments(tx.db, before.id));
    const due = acceptDueOf(calendar, now);
    const [agency] = await tx.db.select().from(agencies).where(eq(agencies.id, before.agencyId));
    await registerAcceptDeadline(tx, {
      caseRow: before,
      jurisdictionCode: agency!.jurisdictionCode,
      due,
      actor: audit,
      now,
    });
    return moveCase(tx, {
      before,
      action: 'resubmit',
      side,
      set: { acceptDueDate: due.dueDate },
      actor: audit,
      now,
    });
  });
}
