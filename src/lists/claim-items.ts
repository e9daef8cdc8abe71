import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { type ClaimOutcome, claimFromAbove } from './claim-from-above.ts';
import { assertKeepsList, assertReachesListCode } from './list-access.ts';
import { ensureList } from './list-store.ts';

/** LIST-3: a district takes over the city general list (an ST town its district's), whole or item by item. */
export async function claimItems(options: {
  database: Database;
  actor: Actor;
  now: Date;
  listCode: string;
  itemKeys: string[] | null;
}): Promise<ClaimOutcome> {
  const { database, actor, now } = options;
  assertReachesListCode(actor, options.listCode);
  return database.transaction(async (tx) => {
    const list = await ensureList(tx, options.listCode, now);
    assertKeepsList(actor, list);
    return claimFromAbove(tx, { list, itemKeys: options.itemKeys, actor: actorOf(actor), now });
  });
}
