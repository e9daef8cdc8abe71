import { desc, eq, inArray } from 'drizzle-orm';
import { type CreditRulebook, defaultRulebook } from '../common/credit-rules.ts';
import type { AppDb } from '../platform/db/database.ts';
import { creditRuleVersions } from './schema.ts';

/** Every version of the rulebooks of the districts given: district → version → rulebook (CRED-2). */
export type Rulebooks = Map<string, Map<number, CreditRulebook>>;

export async function rulebooksOf(db: AppDb, districtCodes: readonly string[]): Promise<Rulebooks> {
  const rows = districtCodes.length
    ? await db
        .select({
          districtCode: creditRuleVersions.districtCode,
          version: creditRuleVersions.version,
          rules: creditRuleVersions.rules,
        })
        .from(creditRuleVersions)
        .where(inArray(creditRuleVersions.districtCode, [...new Set(districtCodes)]))
    : [];
  const books: Rulebooks = new Map(districtCodes.map((d) => [d, new Map([[1, defaultRulebook]])]));
  for (const row of rows)
    books.get(row.districtCode)!.set(row.version, { ...row.rules, version: row.version });
  return books;
}

/** The version of a district's rulebook in force: its latest. */
export const currentOf = (books: Rulebooks, districtCode: string): CreditRulebook => {
  const versions = books.get(districtCode);
  if (!versions) return defaultRulebook;
  return versions.get(Math.max(...versions.keys()))!;
};

/** The district's rulebook in force now (the one new records are made under). */
export async function currentRulebook(db: AppDb, districtCode: string): Promise<CreditRulebook> {
  const [row] = await db
    .select({ version: creditRuleVersions.version, rules: creditRuleVersions.rules })
    .from(creditRuleVersions)
    .where(eq(creditRuleVersions.districtCode, districtCode))
    .orderBy(desc(creditRuleVersions.version))
    .limit(1);
  return row ? { ...row.rules, version: row.version } : defaultRulebook;
}
