import { and, eq } from 'drizzle-orm';
import { parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, notFound } from '../platform/errors.ts';
import { administeredParty } from './company-agents.ts';
import { proveClaim } from './link-party.ts';
import { partyClaims } from './schema.ts';

/**
 * The organisation's administrator accepts an account as one of its agents (经办人), or refuses it.
 * Only requests naming this organisation are theirs to decide.
 */
export async function decideAgentRequest(options: {
  database: Database;
  actor: Actor;
  now: Date;
  claimId: string;
  decision: 'approve' | 'refuse';
}): Promise<void> {
  const { database, actor, now } = options;
  const partyId = administeredParty(actor);
  await database.transaction(async (tx) => {
    const [party] = await tx.db.select().from(parties).where(eq(parties.id, partyId));
    const [claim] = await tx.db
      .select()
      .from(partyClaims)
      .where(
        and(
          eq(partyClaims.id, options.claimId),
          eq(partyClaims.identifier, party!.identifier),
          eq(partyClaims.kind, 'organisation'),
        ),
      )
      .for('update');
    if (!claim) throw notFound('经办人申请', 'Agent request');
    if (claim.status !== 'pending')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该申请已处理',
        'This request has been decided',
        undefined,
        {
          allowedActions: [],
        },
      );
    if (options.decision === 'approve') {
      await proveClaim(tx, {
        claim: { ...claim, name: party!.name },
        provenBy: 'company-administrator',
        capacity: 'agent',
        confirmedPhone: null,
        decidedBy: actor.userId,
        actor: actorOf(actor),
        now,
      });
      return;
    }
    await tx.db
      .update(partyClaims)
      .set({ status: 'refused', decidedAt: now, decidedBy: actor.userId })
      .where(eq(partyClaims.id, claim.id));
    await recordAudit(tx, {
      chain: claim.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'party-claim.refused',
      entityType: 'user',
      entityId: claim.userId,
    });
  });
}
