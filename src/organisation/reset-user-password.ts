import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { contains } from '../platform/auth/jurisdiction-codes.ts';
import { assertPasswordRule, type HashingProfile, hashPassword } from '../platform/auth/passwords.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { users } from './schema.ts';
import { userNotFound } from './scope.ts';

/** Sets a temporary password the user must change at next login; their open sessions end. */
export async function resetUserPassword(options: {
  database: Database;
  actor: Actor;
  now: Date;
  hashing: HashingProfile;
  id: string;
  password: string;
  /** Ends the user's sessions (accounts keeps them; the server plugs it in). */
  endSessions: (tx: Tx, userId: string) => Promise<void>;
}): Promise<void> {
  const { database, actor, now, id } = options;
  assertPasswordRule(options.password);
  const passwordHash = await hashPassword(options.password, options.hashing);
  await database.transaction(async (tx) => {
    const [row] = await tx.db.select().from(users).where(eq(users.id, id)).for('update');
    if (!row || !contains(actor.jurisdictionCode, row.jurisdictionCode)) throw userNotFound();
    await tx.db
      .update(users)
      .set({ passwordHash, mustChangePassword: true, version: row.version + 1 })
      .where(eq(users.id, id));
    await options.endSessions(tx, id);
    await recordAudit(tx, {
      chain: row.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'user.password-reset',
      entityType: 'user',
      entityId: id,
    });
  });
}
