import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { textDocument } from '../common/document-models.ts';
import type { TextKind } from '../common/text-elements.ts';
import type { ListItem } from '../lists/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import type { DistrictContext } from './default-texts.ts';
import { servedDistrictFacts } from './document-scope.ts';
import { defaultText } from './format-texts.ts';
import type { DocumentModel } from './pdf/render-document.ts';
import { formatTextVersions } from './schema.ts';
import { latestWorkRule } from './work-rules.ts';

export interface CaseText {
  kind: TextKind;
  /** The published version used; null when the item has none yet and the district default applies. */
  versionId: string | null;
  versionNo: number | null;
  model: DocumentModel;
}

/** What a district default text states: the district's facts and the work rule it is given under. */
async function districtContext(db: AppDb, districtCode: string): Promise<DistrictContext> {
  const facts = await servedDistrictFacts(db, districtCode);
  return {
    districtName: facts?.districtName ?? districtCode,
    creditPlatforms: facts?.creditPlatforms ?? [],
    workRuleTitle: (await latestWorkRule(db, districtCode))?.rule.title,
  };
}

/**
 * CASE-3: the notice and commitment texts a case uses for each listed item: the latest version
 * published by `at`, or the district default made from the item. Cases keep what they used.
 */
export async function caseTexts(
  db: AppDb,
  districtCode: string,
  items: readonly ListItem[],
  at: Date,
): Promise<Map<string, { notice: CaseText; commitment: CaseText }>> {
  const result = new Map<string, { notice: CaseText; commitment: CaseText }>();
  if (items.length === 0) return result;
  const t = formatTextVersions;
  const rows = await db
    .selectDistinctOn([t.itemKey, t.kind])
    .from(t)
    .where(
      and(
        eq(t.districtCode, districtCode),
        inArray(
          t.itemKey,
          items.map((i) => i.key),
        ),
        lte(t.publishedAt, at),
      ),
    )
    .orderBy(t.itemKey, t.kind, desc(t.versionNo));
  let district: DistrictContext | undefined;
  for (const item of items) {
    const texts = {} as { notice: CaseText; commitment: CaseText };
    for (const kind of ['notice', 'commitment'] as const) {
      const row = rows.find((r) => r.itemKey === item.key && r.kind === kind);
      if (!row) district ??= await districtContext(db, districtCode);
      const text = row?.text ?? defaultText(kind, item, district!);
      texts[kind] = {
        kind,
        versionId: row?.id ?? null,
        versionNo: row?.versionNo ?? null,
        model: textDocument(text, {
          subtitle: `${item.administrativeMatter} · ${item.name}`,
          footer: row
            ? `${item.handlingAgency} · 第 ${row.versionNo} 版`
            : `${item.handlingAgency} · 区级默认文本`,
        }),
      };
    }
    result.set(item.key, texts);
  }
  return result;
}
