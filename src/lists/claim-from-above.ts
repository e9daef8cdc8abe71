import { eq } from 'drizzle-orm';
import type { AuditActor } from '../platform/audit/record.ts';
import type { Tx } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { addDraftItem, amendDraftItem } from './draft-edits.ts';
import { agenciesOfDistrict, asListItem, draftOf, type ListRow, latestVersion } from './list-store.ts';
import { resolveRowTerms } from './row-terms.ts';
import { lists } from './schema.ts';
import { fieldChanges } from './version-diff.ts';

export interface ClaimOutcome {
  claimed: number;
  refreshed: number;
  unchanged: number;
  refused: { key: string; name: string; administrativeMatter: string; reason: string; reason_en: string }[];
}

/** The list a district (city general list) or an ST town (its district's list) takes over. */
export async function upstreamListOf(tx: Tx, list: ListRow): Promise<ListRow> {
  if (list.claimsListId) return (await tx.db.select().from(lists).where(eq(lists.id, list.claimsListId)))[0]!;
  const cityCode = `${list.jurisdictionCode.slice(0, 4)}00`;
  const [city] = await tx.db.select().from(lists).where(eq(lists.jurisdictionCode, cityCode));
  if (!city || list.districtCode === null)
    throw new DomainError(
      'NOT_FOUND',
      '尚未导入上级通用清单',
      'The general list above has not been imported yet',
    );
  return city;
}

/**
 * LIST-3: takes over items of the version in force above (all, or those named), item by item. An item
 * taken over before is brought up to date; one that cannot be resolved in this district is reported
 * with its reason and left for the officer, the others are claimed.
 */
export async function claimFromAbove(
  tx: Tx,
  options: { list: ListRow; itemKeys: string[] | null; actor: AuditActor; now: Date },
): Promise<ClaimOutcome> {
  const { list, actor, now } = options;
  const upstream = await upstreamListOf(tx, list);
  const version = await latestVersion(tx.db, upstream.id);
  if (!version)
    throw new DomainError('CONFLICT', '上级清单尚未发布', 'The list above has no published version yet');
  const wanted = options.itemKeys ? new Set(options.itemKeys) : null;
  const agencies = await agenciesOfDistrict(tx.db, list.districtCode!);
  const draft = await draftOf(tx.db, list.id);
  const claimed = new Map(draft.filter((r) => r.sourceItemKey).map((r) => [r.sourceItemKey!, r]));
  const outcome: ClaimOutcome = { claimed: 0, refreshed: 0, unchanged: 0, refused: [] };
  for (const item of version.items) {
    if (wanted && !wanted.has(item.key)) continue;
    const resolved = await resolveRowTerms(tx, {
      districtCode: list.districtCode!,
      agencies,
      row: item,
      actor,
      now,
    });
    if ('problems' in resolved) {
      outcome.refused.push({
        key: item.key,
        name: item.name,
        administrativeMatter: item.administrativeMatter,
        reason: resolved.problems.map((p) => p.message).join('；'),
        reason_en: resolved.problems.map((p) => p.message_en).join('; '),
      });
      continue;
    }
    const existing = claimed.get(item.key);
    const { terms } = resolved;
    const twin = existing
      ? undefined
      : draft.find(
          (r) =>
            r.name === terms.name &&
            r.administrativeMatter === terms.administrativeMatter &&
            r.handlingAgency === terms.handlingAgency,
        );
    if (twin && !twin.sourceItemKey) {
      // Listed locally before the list above listed it: the row takes that item over, terms and all,
      // so later versions above flow into it like any claimed item.
      await amendDraftItem(tx, {
        list,
        itemId: twin.id,
        revision: null,
        terms: { ...terms, sourceItemKey: item.key, claimedAt: now, claimedBy: actor.name },
        actor,
        now,
        cause: 'local item takes over the item above',
      });
      twin.sourceItemKey = item.key;
      outcome.claimed++;
      continue;
    }
    if (twin) {
      outcome.refused.push({
        key: item.key,
        name: item.name,
        administrativeMatter: item.administrativeMatter,
        reason: `清单中已有相同条目（${terms.name}，${terms.administrativeMatter}，${terms.handlingAgency}），它承接的是上级另一条目`,
        reason_en: `The list already holds this item (${terms.name}, ${terms.administrativeMatter}, ${terms.handlingAgency}), taken over from another item above`,
      });
      continue;
    }
    if (!existing) {
      draft.push(await addDraftItem(tx, { list, terms, actor, now, claim: { sourceItemKey: item.key } }));
      outcome.claimed++;
    } else if (fieldChanges(asListItem(existing), { ...resolved.terms }).length > 0) {
      await amendDraftItem(tx, {
        list,
        itemId: existing.id,
        revision: null,
        terms: resolved.terms,
        actor,
        now,
        cause: 'claim refreshed',
      });
      outcome.refreshed++;
    } else outcome.unchanged++;
  }
  return outcome;
}
