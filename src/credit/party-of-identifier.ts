import { eq } from 'drizzle-orm';
import { parties } from '../organisation/index.ts';
import type { Tx } from '../platform/db/database.ts';

/**
 * The party a record found elsewhere names (by hand or from a platform's feed), created when the
 * platform never met it, so its commitment is refused (CASE-2) the day it first applies.
 */
export async function partyOfIdentifier(
  tx: Tx,
  party: { identifier: string; name: string; now: Date },
): Promise<string> {
  const kind = /^\d{17}[\dX]$/.test(party.identifier) ? 'person' : 'organisation';
  await tx.db
    .insert(parties)
    .values({ kind, identifier: party.identifier, name: party.name, createdAt: party.now })
    .onConflictDoNothing();
  const [row] = await tx.db
    .select({ id: parties.id })
    .from(parties)
    .where(eq(parties.identifier, party.identifier));
  return row!.id;
}
