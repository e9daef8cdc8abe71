import { and, eq } from 'drizzle-orm';
import { users } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, notFound } from '../platform/errors.ts';
import { administeredParty } from './company-agents.ts';

/** The administrator ends an agent's link: from the next request on, the account sees nothing of the organisation. */
export async function removeCompanyAgent(options: {
  database: Database;
  actor: Actor;
  now: Date;
  userId: string;
}): Promise<void> {
  const { database, actor, now } = options;
  const partyId = administeredParty(actor);
  if (options.userId === actor.userId)
    throw new DomainError(
      'CONFLICT',
      '不能解除管理员自己的账号',
      'The administrator cannot remove their own account',
    );
  await database.transaction(async (tx) => {
    const removed = await tx.db
      .update(users)
      .set({ partyId: null, partyCapacity: null })
      .where(and(eq(users.id, options.userId), eq(users.partyId, partyId), eq(users.partyCapacity, 'agent')))
      .returning({ id: users.id, districtCode: users.districtCode, username: users.username });
    if (removed.length === 0) throw notFound('经办人', 'Agent');
    await recordAudit(tx, {
      chain: removed[0]!.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'company-agent.removed',
      entityType: 'user',
      entityId: options.userId,
      before: { username: removed[0]!.username },
    });
  });
}
