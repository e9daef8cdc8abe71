import { and, asc, desc, eq } from 'drizzle-orm';
import type { ListItem } from '../common/list-item.ts';
import { agencies, districtSettings, jurisdictions } from '../organisation/index.ts';
import { districtOf, levelOf } from '../platform/auth/jurisdiction-codes.ts';
import type { AppDb, Tx } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { draftItems, lists, listVersions } from './schema.ts';

export type ListRow = typeof lists.$inferSelect;
export type DraftItemRow = typeof draftItems.$inferSelect;
export type ListVersionRow = typeof listVersions.$inferSelect;

export const listNotFound = () =>
  new DomainError('NOT_FOUND', '清单不存在或不在您的管辖范围内', 'No such list within your jurisdiction');

export const findList = async (db: AppDb, jurisdictionCode: string): Promise<ListRow | undefined> =>
  (await db.select().from(lists).where(eq(lists.jurisdictionCode, jurisdictionCode)))[0];

/**
 * The list of a jurisdiction, created on first use where one may exist: the city general list, a
 * served district's list, and (ST, ORG-3 townsAdjustLists) a town's list claiming its district's.
 */
export async function ensureList(tx: Tx, jurisdictionCode: string, now: Date): Promise<ListRow> {
  const existing = await findList(tx.db, jurisdictionCode);
  if (existing) return existing;
  const [place] = await tx.db.select().from(jurisdictions).where(eq(jurisdictions.code, jurisdictionCode));
  if (!place) throw listNotFound();
  const level = levelOf(jurisdictionCode);
  let claimsListId: string | null = null;
  if (level === 'province') throw listNotFound();
  if (level === 'county' || level === 'town') {
    const district = districtOf(jurisdictionCode)!;
    const [settings] = await tx.db
      .select()
      .from(districtSettings)
      .where(eq(districtSettings.districtCode, district));
    if (!settings) throw listNotFound();
    if (level === 'town') {
      if (!settings.townsAdjustLists)
        throw new DomainError(
          'FORBIDDEN',
          '本区未开放镇街调整清单，镇街适用区级清单',
          'Towns of this district do not keep lists of their own; the district list applies',
          'jurisdictionCode',
        );
      claimsListId = (await ensureList(tx, district, now)).id;
    }
  }
  const [created] = await tx.db
    .insert(lists)
    .values({
      jurisdictionCode,
      districtCode: districtOf(jurisdictionCode) ?? null,
      title: `${place.name}${level === 'city' ? '实行告知承诺制的证明事项通用清单' : '实行告知承诺制的证明事项清单'}`,
      claimsListId,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  return created ?? (await findList(tx.db, jurisdictionCode))!;
}

export const draftOf = (db: AppDb, listId: string) =>
  db.select().from(draftItems).where(eq(draftItems.listId, listId)).orderBy(asc(draftItems.position));

export const latestVersion = async (db: AppDb, listId: string): Promise<ListVersionRow | undefined> =>
  (
    await db
      .select()
      .from(listVersions)
      .where(eq(listVersions.listId, listId))
      .orderBy(desc(listVersions.versionNo))
      .limit(1)
  )[0];

export const versionOf = async (
  db: AppDb,
  listId: string,
  versionNo: number,
): Promise<ListVersionRow | undefined> =>
  (
    await db
      .select()
      .from(listVersions)
      .where(and(eq(listVersions.listId, listId), eq(listVersions.versionNo, versionNo)))
  )[0];

/** A draft row as the item a version publishes; the row's id is the item's key across versions. */
export const asListItem = (row: DraftItemRow): ListItem => ({
  key: row.id,
  name: row.name,
  proves: row.proves,
  field: row.field,
  administrativeMatter: row.administrativeMatter,
  administrativeMatterKind: row.administrativeMatterKind,
  handlingAgency: row.handlingAgency,
  issuingBody: row.issuingBody,
  legalBasis: row.legalBasis,
  verification: row.verification,
  assistingAgency: row.assistingAgency,
  timeLimitWorkingDays: row.timeLimitWorkingDays,
  standard: row.standard,
  method: row.method,
  disclosure: row.disclosure,
  remarks: row.remarks,
});

/** Agencies that may handle or assist items of a district's lists (its bureaus and towns). */
export const agenciesOfDistrict = (db: AppDb, districtCode: string) =>
  db
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      jurisdictionCode: agencies.jurisdictionCode,
    })
    .from(agencies)
    .where(and(eq(agencies.districtCode, districtCode), eq(agencies.active, true)));

export const districtSettingsOf = async (db: AppDb, districtCode: string) =>
  (await db.select().from(districtSettings).where(eq(districtSettings.districtCode, districtCode)))[0];
