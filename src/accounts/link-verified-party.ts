import { and, eq } from 'drizzle-orm';
import type { AuthenticatedIdentity } from '../platform/auth/identity-provider.ts';
import type { Tx } from '../platform/db/database.ts';
import { proveClaim } from './link-party.ts';
import { partyClaims } from './schema.ts';
import type { UserRow } from './user-store.ts';

/**
 * The identity provider vouches for whom the user is: the account's open claim gives way to a proven
 * one for that party, recorded like any other proof.
 */
export async function linkVerifiedParty(
  tx: Tx,
  options: {
    user: UserRow;
    party: NonNullable<AuthenticatedIdentity['verifiedParty']>;
    provider: string;
    now: Date;
  },
): Promise<void> {
  const { user, party, now } = options;
  await tx.db
    .update(partyClaims)
    .set({ status: 'withdrawn', decidedAt: now })
    .where(and(eq(partyClaims.userId, user.id), eq(partyClaims.status, 'pending')));
  const [claim] = await tx.db
    .insert(partyClaims)
    .values({
      userId: user.id,
      kind: party.kind,
      identifier: party.identifier.toUpperCase(),
      name: party.name,
      districtCode: user.districtCode,
      capacity: party.capacity,
      createdAt: now,
    })
    .returning();
  await proveClaim(tx, {
    claim: claim!,
    provenBy: 'identity-provider',
    capacity: party.capacity,
    confirmedPhone: null,
    decidedBy: null,
    actor: { userId: user.id, name: `${user.username} (${options.provider})`, role: user.role },
    now,
  });
}
