import { and, asc, desc, eq } from 'drizzle-orm';
import type { AppDb } from '../platform/db/database.ts';
import { documentNotFound } from './document-scope.ts';
import { formatTextVersions, guideVersions } from './schema.ts';
import { latestWorkRule } from './work-rules.ts';

/** Open data (DOC-3): every published format text of a district, each at its latest version. */
export async function publishedTexts(db: AppDb, districtCode: string) {
  const t = formatTextVersions;
  const rows = await db
    .selectDistinctOn([t.itemKey, t.kind])
    .from(t)
    .where(eq(t.districtCode, districtCode))
    .orderBy(asc(t.itemKey), asc(t.kind), desc(t.versionNo));
  return rows
    .sort(
      (a, b) =>
        a.administrativeMatter.localeCompare(b.administrativeMatter, 'zh-Hans-CN') ||
        a.itemName.localeCompare(b.itemName, 'zh-Hans-CN'),
    )
    .map((r) => ({
      id: r.id,
      itemId: r.itemKey,
      itemName: r.itemName,
      administrativeMatter: r.administrativeMatter,
      kind: r.kind,
      version: r.versionNo,
      publishedAt: r.publishedAt.toISOString(),
      htmlUrl: `/public/texts/${r.id}`,
      pdfUrl: `/api/public/texts/${r.id}/pdf`,
    }));
}

/** Open data (DOC-4): every published service guide of a district, each at its latest version. */
export async function publishedGuides(db: AppDb, districtCode: string) {
  const g = guideVersions;
  const rows = await db
    .selectDistinctOn([g.administrativeMatterId])
    .from(g)
    .where(eq(g.districtCode, districtCode))
    .orderBy(asc(g.administrativeMatterId), desc(g.versionNo));
  return rows
    .sort((a, b) => a.matterName.localeCompare(b.matterName, 'zh-Hans-CN'))
    .map((r) => ({
      id: r.id,
      administrativeMatterId: r.administrativeMatterId,
      name: r.matterName,
      title: r.guide.title,
      version: r.versionNo,
      publishedAt: r.publishedAt.toISOString(),
      htmlUrl: `/public/guides/${r.id}`,
      pdfUrl: `/api/public/guides/${r.id}/pdf`,
    }));
}

export async function publicWorkRule(db: AppDb, districtCode: string) {
  const version = await latestWorkRule(db, districtCode);
  if (!version) throw documentNotFound();
  return {
    id: version.id,
    version: version.versionNo,
    publishedAt: version.publishedAt.toISOString(),
    rule: version.rule,
    pdfUrl: `/api/public/work-rules/${version.id}/pdf`,
  };
}

export const textVersion = async (db: AppDb, id: string) => {
  const [row] = await db.select().from(formatTextVersions).where(eq(formatTextVersions.id, id));
  if (!row) throw documentNotFound();
  return row;
};

export const guideVersion = async (db: AppDb, id: string) => {
  const [row] = await db
    .select()
    .from(guideVersions)
    .where(and(eq(guideVersions.id, id)));
  if (!row) throw documentNotFound();
  return row;
};
