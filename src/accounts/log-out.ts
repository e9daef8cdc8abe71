import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { sessions } from './schema.ts';
import { tokenHash } from './session-tokens.ts';

export async function logOut(options: {
  database: Database;
  actor: Actor;
  token: string;
  now: Date;
}): Promise<void> {
  const { actor } = options;
  await options.database.transaction(async (tx) => {
    await tx.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(options.token)));
    await recordAudit(tx, {
      chain: actor.districtCode,
      actor: actorOf(actor),
      at: options.now,
      action: 'session.closed',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}
