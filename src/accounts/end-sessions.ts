import { eq } from 'drizzle-orm';
import type { Tx } from '../platform/db/database.ts';
import { sessions } from './schema.ts';

/** Every open session of a user ends (signed out everywhere), in the caller's transaction. */
export async function endSessionsOf(tx: Tx, userId: string): Promise<void> {
  await tx.db.delete(sessions).where(eq(sessions.userId, userId));
}
