import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppDb } from '../platform/db/database.ts';
import { districtSettings, jurisdictions } from './schema.ts';

const city = alias(jurisdictions, 'city');

/** The districts this deployment serves, for the public site (no login). */
export async function listServedDistricts(db: AppDb) {
  return db
    .select({ code: jurisdictions.code, name: jurisdictions.name, cityCode: city.code, cityName: city.name })
    .from(districtSettings)
    .innerJoin(jurisdictions, eq(jurisdictions.code, districtSettings.districtCode))
    .innerJoin(city, eq(city.code, jurisdictions.parentCode))
    .orderBy(asc(jurisdictions.code));
}
