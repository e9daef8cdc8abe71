import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, reachesDistrict } from './access-policy.ts';
import type { Actor } from './actor.ts';
import { contains, districtOf } from './jurisdiction-codes.ts';
import {
  onActorsBranch,
  reachPrefix,
  withinJurisdiction,
  withinReach,
  withinReachOrAbove,
} from './within-reach.ts';

const places = ['370000', '370200', '370212', '370212001', '370400', '370406', '370406101', '370406405'];
const districts = ['370212', '370211', '370202', '370406', '370402', '371002'];
const codes = [...places, '370211', '370202', '370402', '371000', '371002', '371002100'];

const rows = pgTable('places', { code: text('code').notNull(), district: text('district') });
const client = new PGlite();
const db = drizzle(client);
beforeAll(async () => {
  await db.execute(sql`create table places (code text not null, district text)`);
  for (const code of codes) await db.insert(rows).values({ code, district: districtOf(code) ?? null });
});
afterAll(() => client.close());

const actorAt = (jurisdictionCode: string): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role: 'justice-officer',
  jurisdictionCode,
  // Staff above county level are placed in a district they serve, or their own level.
  districtCode: districtOf(jurisdictionCode) ?? jurisdictionCode,
  agencyId: null,
  partyId: null,
  partyCapacity: null,
  ip: null,
  requestId: null,
});
const codesWhere = async (where: SQL) =>
  (await db.select({ code: rows.code }).from(rows).where(where)).map((r) => r.code).sort();
const codesThat = (test: (code: string) => boolean) => codes.filter(test).sort();

describe('ORG-2 the scope a query is narrowed to, against the access policy', () => {
  it('reach: exactly the districts the policy lets the actor read', () => {
    for (const jurisdictionCode of places)
      for (const district of districts)
        expect(
          district.startsWith(reachPrefix({ jurisdictionCode })),
          `${jurisdictionCode} → ${district}`,
        ).toBe(reachesDistrict({ jurisdictionCode }, district));
  });

  it('in SQL: districts reached, jurisdictions within, the branch the actor stands on, agencies seen', async () => {
    for (const place of places) {
      const actor = actorAt(place);
      expect(await codesWhere(withinReach(actor, rows.district)), place).toEqual(
        codesThat((c) => districtOf(c) !== undefined && reachesDistrict(actor, districtOf(c)!)),
      );
      expect(await codesWhere(withinJurisdiction(actor, rows.code)), place).toEqual(
        codesThat((c) => contains(place, c)),
      );
      expect(await codesWhere(onActorsBranch(actor, rows.code)), place).toEqual(
        codesThat((c) => contains(c, place) || contains(place, c)),
      );
      expect(
        await codesWhere(
          withinReachOrAbove(actor, { districtCode: rows.district, jurisdictionCode: rows.code }),
        ),
        place,
      ).toEqual(
        codesThat((c) =>
          can(actor, 'read', { type: 'agency', districtCode: districtOf(c) ?? null, jurisdictionCode: c }),
        ),
      );
    }
  });
});
