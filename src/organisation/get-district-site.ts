import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { districtSettings, jurisdictions } from './schema.ts';

const city = alias(jurisdictions, 'city');

/** A served district's name and what its public site shows at its foot (ORG-3), for anyone. */
export async function getDistrictSite(db: AppDb, districtCode: string) {
  const [row] = await db
    .select({
      code: jurisdictions.code,
      name: jurisdictions.name,
      cityName: city.name,
      site: districtSettings.site,
    })
    .from(districtSettings)
    .innerJoin(jurisdictions, eq(jurisdictions.code, districtSettings.districtCode))
    .innerJoin(city, eq(city.code, jurisdictions.parentCode))
    .where(eq(districtSettings.districtCode, districtCode));
  if (!row) throw new DomainError('NOT_FOUND', '本平台未开通该区县', 'This district is not served');
  return row;
}
