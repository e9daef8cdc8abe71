import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { MatterFacts } from '../common/shared-records.ts';
import type { AppDb } from '../platform/db/database.ts';
import { certificationMatters } from './schema.ts';

/** VER-2: the facts the district's certification matters of these names declare, by name. */
export async function matterFactsOf(
  db: AppDb,
  districtCode: string,
  names: readonly string[],
): Promise<Map<string, MatterFacts>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .select({ name: certificationMatters.name, facts: certificationMatters.facts })
    .from(certificationMatters)
    .where(
      and(
        eq(certificationMatters.districtCode, districtCode),
        inArray(certificationMatters.name, [...names]),
        isNotNull(certificationMatters.facts),
      ),
    );
  return new Map(rows.map((r) => [r.name, r.facts!]));
}
