import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { addDraftItem, amendDraftItem, removeDraftItem } from './draft-edits.ts';
import { type ItemTermsInput, resolveItemTerms } from './item-terms.ts';
import { assertKeepsList, assertReachesListCode } from './list-access.ts';
import { agenciesOfDistrict, type DraftItemRow, ensureList } from './list-store.ts';

/** VER-5: an industry regulator is named as an active agency of the list's district. */
async function regulatorOf(db: AppDb, districtCode: string | null, name: string | null) {
  const trimmed = name?.trim() ?? '';
  if (!trimmed) return null;
  const known = districtCode ? await agenciesOfDistrict(db, districtCode) : [];
  if (!known.some((a) => a.name === trimmed))
    throw invalid(
      'industryRegulator',
      `“${trimmed}”不是本区在用的单位，不能作为行业主管部门`,
      `"${trimmed}" is not an active agency of this district and cannot be the industry regulator`,
    );
  return trimmed;
}

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
    | {
        kind: 'amend';
        itemId: string;
        revision: number;
        input: ItemTermsInput;
        /** VER-5: the industry regulator's agency name (null: the handling agency); absent: unchanged. */
        industryRegulator?: string | null;
      }
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
    if (edit.kind === 'add') return addDraftItem(tx, { list, terms, actor: audit, now });
    const industryRegulator =
      edit.industryRegulator === undefined
        ? undefined
        : await regulatorOf(tx.db, list.districtCode, edit.industryRegulator);
    return amendDraftItem(tx, {
      list,
      itemId: edit.itemId,
      revision: edit.revision,
      terms: industryRegulator === undefined ? terms : { ...terms, industryRegulator },
      actor: audit,
      now,
    });
  });
}
