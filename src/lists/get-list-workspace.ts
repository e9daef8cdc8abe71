import { and, desc, eq, inArray } from 'drizzle-orm';
import { jurisdictions } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { districtOf, levelOf } from '../platform/auth/jurisdiction-codes.ts';
import { canAccessDistrict } from '../platform/auth/permissions.ts';
import { canonicalJson } from '../platform/crypto/sm3.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { canReadList, keepsListAt } from './list-access.ts';
import {
  asListItem,
  districtSettingsOf,
  draftOf,
  findList,
  latestVersion,
  listNotFound,
} from './list-store.ts';
import { changeRequests, listVersions } from './schema.ts';

/** LIST-3 claim status of one item of the list above, as the officer reads it. */
export type ClaimStatus = 'claimed' | 'pending';

/**
 * Everything an officer works with on one list: the draft (with each row's revision), the published
 * versions, the list above with the claim status of each of its items, and what waits for review.
 */
export async function getListWorkspace(db: AppDb, actor: Actor, code: string) {
  const [place] = await db.select().from(jurisdictions).where(eq(jurisdictions.code, code));
  const level = place ? levelOf(code) : undefined;
  const district = districtOf(code);
  const visible = district
    ? canAccessDistrict(actor, district)
    : place && canReadList(actor, { jurisdictionCode: code, districtCode: null });
  if (!place || !visible || level === 'province') throw listNotFound();
  if (level === 'town' && !(await districtSettingsOf(db, district!))?.townsAdjustLists)
    throw new DomainError(
      'NOT_FOUND',
      '本区镇街不单独制定清单，适用区级清单',
      'Towns of this district keep no lists of their own',
    );
  const list = await findList(db, code);
  const draft = list ? await draftOf(db, list.id) : [];
  const versions = list
    ? await db
        .select({
          id: listVersions.id,
          versionNo: listVersions.versionNo,
          publishedOn: listVersions.publishedOn,
          publishedBy: listVersions.publishedBy,
          note: listVersions.note,
          items: listVersions.items,
        })
        .from(listVersions)
        .where(eq(listVersions.listId, list.id))
        .orderBy(desc(listVersions.versionNo))
    : [];
  const upstreamCode = level === 'town' ? district! : level === 'county' ? `${code.slice(0, 4)}00` : null;
  const upstreamList = upstreamCode ? await findList(db, upstreamCode) : undefined;
  const upstreamVersion = upstreamList ? await latestVersion(db, upstreamList.id) : undefined;
  const bySource = new Map(draft.filter((r) => r.sourceItemKey).map((r) => [r.sourceItemKey!, r]));
  const pending = list
    ? await db
        .select({ id: changeRequests.id })
        .from(changeRequests)
        .where(
          and(eq(changeRequests.listId, list.id), inArray(changeRequests.state, ['submitted', 'approved'])),
        )
    : [];
  const inForce = versions[0];
  return {
    code,
    name: place.name,
    level,
    title: list?.title ?? null,
    draftRevision: list?.draftRevision ?? 0,
    keeps: keepsListAt(actor, code),
    draft,
    unpublishedChanges: inForce
      ? canonicalJson(draft.map(asListItem)) !== canonicalJson(inForce.items)
      : draft.length > 0,
    versions: versions.map(({ items, ...v }) => ({ ...v, itemCount: items.length })),
    pendingChangeRequests: pending.length,
    upstream: upstreamVersion
      ? {
          code: upstreamCode!,
          title: upstreamVersion.title,
          versionNo: upstreamVersion.versionNo,
          publishedOn: upstreamVersion.publishedOn,
          items: upstreamVersion.items.map((item) => {
            const claimed = bySource.get(item.key);
            return {
              key: item.key,
              name: item.name,
              administrativeMatter: item.administrativeMatter,
              handlingAgency: item.handlingAgency,
              verification: item.verification,
              status: (claimed ? 'claimed' : 'pending') as ClaimStatus,
              claimedAt: claimed?.claimedAt ?? null,
              claimedBy: claimed?.claimedBy ?? null,
            };
          }),
        }
      : null,
  };
}
