import { and, desc, eq, lte } from 'drizzle-orm';
import type { ListItem } from '../common/list-item.ts';
import type { AppDb } from '../platform/db/database.ts';
import { findList } from './list-store.ts';
import { listVersions } from './schema.ts';

export interface ListInForce {
  id: string;
  versionNo: number;
  publishedAt: Date;
  jurisdictionCode: string;
  items: ListItem[];
}

// Published versions never change (a trigger refuses it), so their items may be kept by id.
const itemsById = new Map<string, ListItem[]>();
const CACHE_LIMIT = 64;

async function itemsOf(db: AppDb, id: string): Promise<ListItem[]> {
  const cached = itemsById.get(id);
  if (cached) return cached;
  const [row] = await db
    .select({ items: listVersions.items })
    .from(listVersions)
    .where(eq(listVersions.id, id));
  if (itemsById.size >= CACHE_LIMIT) itemsById.delete(itemsById.keys().next().value!);
  itemsById.set(id, row!.items);
  return row!.items;
}

/**
 * CASE-1: the list in force at a moment for a place: the place's own list (an ST town's) when it has
 * a published version by then, else its district's. Versions published later never apply.
 */
export async function listInForce(
  db: AppDb,
  place: { jurisdictionCode: string; districtCode: string },
  at: Date,
): Promise<ListInForce | null> {
  for (const code of new Set([place.jurisdictionCode, place.districtCode])) {
    const list = await findList(db, code);
    if (!list) continue;
    const [version] = await db
      .select({
        id: listVersions.id,
        versionNo: listVersions.versionNo,
        publishedAt: listVersions.publishedAt,
      })
      .from(listVersions)
      .where(and(eq(listVersions.listId, list.id), lte(listVersions.publishedAt, at)))
      .orderBy(desc(listVersions.versionNo))
      .limit(1);
    if (version) return { ...version, jurisdictionCode: code, items: await itemsOf(db, version.id) };
  }
  return null;
}
