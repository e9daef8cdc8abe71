import { eq } from 'drizzle-orm';
import type { DeadlineFollower } from '../inbox/index.ts';
import { verificationTasks } from './schema.ts';

const keyPrefix = 'verification:';

/** A verification task's due date moves with its deadline when the calendar changes. */
export const taskDeadlineFollower: DeadlineFollower = {
  keyPrefix,
  follow: async (tx, key, dueDate) => {
    await tx.db
      .update(verificationTasks)
      .set({ dueDate })
      .where(eq(verificationTasks.id, key.slice(keyPrefix.length)));
  },
};
