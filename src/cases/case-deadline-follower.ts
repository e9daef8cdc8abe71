import { eq } from 'drizzle-orm';
import type { DeadlineFollower } from '../inbox/index.ts';
import { cases } from './schema.ts';

/** A case's accept and decision due dates move with their deadlines when the calendar changes. */
export const caseDeadlineFollower: DeadlineFollower = {
  keyPrefix: 'case:',
  follow: async (tx, key, dueDate) => {
    const [, caseId, clock] = key.split(':');
    const set = clock === 'accept' ? { acceptDueDate: dueDate } : { decisionDueDate: dueDate };
    await tx.db.update(cases).set(set).where(eq(cases.id, caseId!));
  },
};
