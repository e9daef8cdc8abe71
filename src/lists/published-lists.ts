import { desc, eq } from 'drizzle-orm';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { findList, type ListRow, type ListVersionRow, versionOf } from './list-store.ts';
import { listVersions } from './schema.ts';

const MAX_RENDERED = 2000;

export const noPublishedList = () =>
  new DomainError('NOT_FOUND', '该地区尚未发布清单', 'No list has been published for this place');

/**
 * The published versions of public lists, with a cache of each version's serialised forms. A version
 * never changes, so its bytes are cached for good; which version is in force is looked up again at
 * most every `pointerTtlMs` (and at once after a publication here), so instances agree without
 * messaging each other (SPEC §10: caches derive from the published version id).
 */
export function createPublishedLists(db: AppDb, options: { pointerTtlMs: number; now: () => number }) {
  const inForce = new Map<string, { versionId: string | null; list: ListRow | null; at: number }>();
  const versions = new Map<string, ListVersionRow>();
  const rendered = new Map<string, Buffer>();

  async function pointer(code: string) {
    const cached = inForce.get(code);
    if (cached && options.now() - cached.at < options.pointerTtlMs) return cached;
    const list = (await findList(db, code)) ?? null;
    const [latest] = list
      ? await db
          .select({ id: listVersions.id })
          .from(listVersions)
          .where(eq(listVersions.listId, list.id))
          .orderBy(desc(listVersions.versionNo))
          .limit(1)
      : [];
    const fresh = { versionId: latest?.id ?? null, list, at: options.now() };
    inForce.set(code, fresh);
    return fresh;
  }

  async function byId(id: string): Promise<ListVersionRow> {
    let version = versions.get(id);
    if (!version) {
      [version] = await db.select().from(listVersions).where(eq(listVersions.id, id));
      versions.set(id, version!);
    }
    return version!;
  }

  return {
    /** The version in force, or version N; 404 when the place has none. */
    async version(code: string, versionNo?: number): Promise<{ list: ListRow; version: ListVersionRow }> {
      const { versionId, list } = await pointer(code);
      if (!list || !versionId) throw noPublishedList();
      if (versionNo === undefined) return { list, version: await byId(versionId) };
      const version = await versionOf(db, list.id, versionNo);
      if (!version)
        throw new DomainError(
          'NOT_FOUND',
          `没有第 ${versionNo} 版`,
          `There is no version ${versionNo}`,
          'version',
        );
      versions.set(version.id, version);
      return { list, version };
    },
    async versions(code: string) {
      const { list } = await pointer(code);
      if (!list) throw noPublishedList();
      return db
        .select({
          versionNo: listVersions.versionNo,
          publishedOn: listVersions.publishedOn,
          publishedAt: listVersions.publishedAt,
          note: listVersions.note,
          contentSm3: listVersions.contentSm3,
        })
        .from(listVersions)
        .where(eq(listVersions.listId, list.id))
        .orderBy(desc(listVersions.versionNo));
    },
    /** Serialised bytes of one form of a version (JSON, xlsx, a derived list), made once. */
    async rendered(versionId: string, form: string, render: () => Promise<Buffer>): Promise<Buffer> {
      const key = `${versionId}:${form}`;
      let bytes = rendered.get(key);
      if (!bytes) {
        bytes = await render();
        // Old versions are rarely asked for; forgetting the oldest keeps memory bounded.
        if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
        rendered.set(key, bytes);
      }
      return bytes;
    },
    invalidate(code: string) {
      inForce.delete(code);
    },
  };
}

export type PublishedLists = ReturnType<typeof createPublishedLists>;
