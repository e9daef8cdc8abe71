import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { districtSettings, jurisdictions } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { withinReach } from '../platform/auth/within-reach.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';

const city = alias(jurisdictions, 'city');

/** The served districts the actor reaches (ORG-2): their own, or those below a city or the province. */
export const districtsWithinReach = (db: AppDb, actor: Actor) =>
  db
    .select({ code: jurisdictions.code, name: jurisdictions.name, cityName: city.name })
    .from(districtSettings)
    .innerJoin(jurisdictions, eq(jurisdictions.code, districtSettings.districtCode))
    .innerJoin(city, eq(city.code, jurisdictions.parentCode))
    .where(withinReach(actor, districtSettings.districtCode))
    .orderBy(asc(jurisdictions.code));

export const districtNotFound = () =>
  new DomainError('NOT_FOUND', '区县不存在或不在您的管辖范围内', 'No such district within your reach');
