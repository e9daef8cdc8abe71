import { eq } from 'drizzle-orm';
import type { DeadlineFollower } from '../inbox/index.ts';
import { listFilings } from './schema.ts';

const keyPrefix = 'list-filing:';

/** A filing hop's due date moves with its deadline (`filingDeadlineKey`) when the calendar changes. */
export const filingDeadlineFollower: DeadlineFollower = {
  keyPrefix,
  follow: async (tx, key, dueDate) => {
    await tx.db
      .update(listFilings)
      .set({ dueDate })
      .where(eq(listFilings.id, key.slice(keyPrefix.length)));
  },
};
