import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { addDraftItem, amendDraftItem, removeDraftItem } from './draft-edits.ts';
import { type ItemTermsInput, resolveItemTerms } from './item-terms.ts';
import { assertKeepsList, assertReachesListCode } from './list-access.ts';
import { type DraftItemRow, ensureList } from './list-store.ts';

/**
 * The keeping justice body edits its draft directly (LIST-1, LIST-5): add an item, amend one it read
 * at `revision` (a save over someone else's newer save is refused), or remove one.
 */
export async function editDraft(options: {
  database: Database;
  actor: Actor;
  now: Date;
  listCode: string;
  edit:
    | { kind: 'add'; input: ItemTermsInput }
    | { kind: 'amend'; itemId: string; revision: number; input: ItemTermsInput }
    | { kind: 'remove'; itemId: string; revision: number };
}): Promise<DraftItemRow | null> {
  const { database, actor, now, edit } = options;
  assertReachesListCode(actor, options.listCode);
  return database.transaction(async (tx) => {
    const list = await ensureList(tx, options.listCode, now);
    assertKeepsList(actor, list);
    const audit = actorOf(actor);
    if (edit.kind === 'remove') {
      await removeDraftItem(tx, { list, itemId: edit.itemId, revision: edit.revision, actor: audit, now });
      return null;
    }
    const terms = await resolveItemTerms(tx.db, list.districtCode ?? '', edit.input);
    return edit.kind === 'add'
      ? addDraftItem(tx, { list, terms, actor: audit, now })
      : amendDraftItem(tx, { list, itemId: edit.itemId, revision: edit.revision, terms, actor: audit, now });
  });
}
