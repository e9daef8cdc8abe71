import { and, eq } from 'drizzle-orm';
import { findList, latestVersion } from '../lists/index.ts';
import { agencies, districtSettings, jurisdictions } from '../organisation/index.ts';
import { can } from '../platform/auth/access-policy.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { levelOf } from '../platform/auth/jurisdiction-codes.ts';
import { assertDistrictAccess, can as hasPermission } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import type { DistrictContext } from './default-texts.ts';

export const documentNotFound = () =>
  new DomainError('NOT_FOUND', '文本不存在或不在您的管辖范围内', 'No such document within your jurisdiction');

/** ORG-2 for documents: a served district the actor reaches, or "not found". */
export async function districtContextFor(
  db: AppDb,
  actor: Actor | null,
  districtCode: string,
): Promise<DistrictContext> {
  if (!/^\d{6}$/.test(districtCode) || levelOf(districtCode) !== 'county') throw documentNotFound();
  if (actor) assertDistrictAccess(actor, districtCode);
  const facts = await servedDistrictFacts(db, districtCode);
  if (!facts) throw documentNotFound();
  return facts;
}

/** A served district's name and credit platforms, as texts state them; undefined if not served. */
export async function servedDistrictFacts(
  db: AppDb,
  districtCode: string,
): Promise<DistrictContext | undefined> {
  const [row] = await db
    .select({ name: jurisdictions.name, creditPlatforms: districtSettings.creditPlatforms })
    .from(districtSettings)
    .innerJoin(jurisdictions, eq(jurisdictions.code, districtSettings.districtCode))
    .where(eq(districtSettings.districtCode, districtCode));
  return row && { districtName: row.name, creditPlatforms: row.creditPlatforms };
}

/** The items of the district list in force, each with the id of its handling agency. */
export async function itemsInForce(db: AppDb, districtCode: string) {
  const list = await findList(db, districtCode);
  const version = list ? await latestVersion(db, list.id) : undefined;
  if (!version) return { version: null, items: [] };
  const byName = new Map(
    (
      await db
        .select({ id: agencies.id, name: agencies.name })
        .from(agencies)
        .where(eq(agencies.districtCode, districtCode))
    ).map((a) => [a.name, a.id]),
  );
  return {
    version,
    items: version.items.map((item) => ({ item, agencyId: byName.get(item.handlingAgency) ?? null })),
  };
}

/**
 * Who keeps an item's texts and a matter's guide: its handling agency's staff, and the district's
 * justice bureau, which keeps the work rule alone.
 */
export function assertKeepsDocument(actor: Actor, districtCode: string, agencyId: string | null): void {
  if (can(actor, 'keep', { type: 'document', districtCode, agencyId })) return;
  throw new DomainError(
    'FORBIDDEN',
    '只有办理单位或区司法局可以维护此文本',
    'Only the handling agency or the district justice bureau keeps this text',
  );
}

/** What the viewer may do with a document being edited (save, publish): the keepers with the right to manage. */
export const documentActions = (actor: Actor, districtCode: string, agencyId: string | null) =>
  hasPermission(actor, 'documents.manage') && can(actor, 'keep', { type: 'document', districtCode, agencyId })
    ? (['save', 'publish'] as const)
    : ([] as const);

export const agencyOf = async (db: AppDb, districtCode: string, name: string) =>
  (
    await db
      .select()
      .from(agencies)
      .where(and(eq(agencies.districtCode, districtCode), eq(agencies.name, name)))
  )[0];
