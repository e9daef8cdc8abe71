import { eq } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { districtSettings } from './schema.ts';

export type DistrictSettingsRow = typeof districtSettings.$inferSelect;

export async function getDistrictSettings(
  db: AppDb,
  actor: Actor,
  districtCode: string,
): Promise<DistrictSettingsRow> {
  assertDistrictAccess(actor, districtCode);
  const [row] = await db
    .select()
    .from(districtSettings)
    .where(eq(districtSettings.districtCode, districtCode));
  if (!row) throw new DomainError('NOT_FOUND', '该区县未开通', 'This district is not served');
  return row;
}
