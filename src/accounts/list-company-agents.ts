import { and, asc, eq } from 'drizzle-orm';
import { maskResidentId } from '../common/identifiers/index.ts';
import { parties, users } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { administeredParty } from './company-agents.ts';
import { partyClaims } from './schema.ts';

/** The organisation's accounts (administrator and agents) and the agents asking to join it. */
export async function listCompanyAgents(db: AppDb, actor: Actor) {
  const partyId = administeredParty(actor);
  const [party] = await db.select().from(parties).where(eq(parties.id, partyId));
  const [accounts, requests] = await Promise.all([
    db.select().from(users).where(eq(users.partyId, partyId)).orderBy(asc(users.createdAt)),
    db
      .select({ claim: partyClaims, user: users })
      .from(partyClaims)
      .innerJoin(users, eq(users.id, partyClaims.userId))
      .where(
        and(
          eq(partyClaims.identifier, party!.identifier),
          eq(partyClaims.kind, 'organisation'),
          eq(partyClaims.status, 'pending'),
        ),
      )
      .orderBy(asc(partyClaims.createdAt)),
  ]);
  return {
    organisation: { name: party!.name },
    accounts: accounts.map((u) => ({
      userId: u.id,
      username: u.username,
      agentName: u.agentName ?? u.displayName,
      agentIdNumber: u.agentIdNumber ? maskResidentId(u.agentIdNumber) : null,
      capacity: u.partyCapacity,
      active: u.active,
      self: u.id === actor.userId,
    })),
    requests: requests.map(({ claim, user }) => ({
      claimId: claim.id,
      username: user.username,
      agentName: user.agentName ?? user.displayName,
      agentIdNumber: user.agentIdNumber ? maskResidentId(user.agentIdNumber) : null,
      // The name the request gave: an agent who typed the company's name wrong is told so.
      nameMatches: claim.name.replace(/\s/g, '') === party!.name.replace(/\s/g, ''),
      requestedAt: claim.createdAt.toISOString(),
    })),
  };
}
