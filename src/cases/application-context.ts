import { eq } from 'drizzle-orm';
import type { MatterFacts } from '../common/shared-records.ts';
import { type CaseText, caseTexts } from '../documents/index.ts';
import type { ListItem } from '../lists/index.ts';
import { administrativeMatters, type ListInForce, listInForce, matterFactsOf } from '../lists/index.ts';
import { agencies } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { listedProofs } from './proof-plan.ts';

export interface ApplicationContext {
  matter: typeof administrativeMatters.$inferSelect;
  agency: { id: string; name: string; jurisdictionCode: string };
  list: ListInForce | null;
  /** Items of the list in force putting this matter's proofs under commitment, by proof name. */
  listed: Map<string, ListItem>;
  texts: Map<string, { notice: CaseText; commitment: CaseText }>;
  /** VER-2: the facts each listed proof's commitment asserts, by proof name. */
  facts: Map<string, MatterFacts>;
}

/** Everything applying for a matter depends on, as it stands at a moment (the application date). */
export async function applicationContext(db: AppDb, matterId: string, at: Date): Promise<ApplicationContext> {
  const [row] = await db
    .select({
      matter: administrativeMatters,
      agency: { id: agencies.id, name: agencies.name, jurisdictionCode: agencies.jurisdictionCode },
    })
    .from(administrativeMatters)
    .innerJoin(agencies, eq(agencies.id, administrativeMatters.agencyId))
    .where(eq(administrativeMatters.id, matterId));
  if (!row) throw notFound('行政事项', 'Administrative matter');
  const list = await listInForce(
    db,
    { jurisdictionCode: row.agency.jurisdictionCode, districtCode: row.matter.districtCode },
    at,
  );
  const listed = listedProofs(list?.items ?? [], row.matter.name);
  const required = new Set(row.matter.proofs);
  for (const name of listed.keys()) if (!required.has(name)) listed.delete(name);
  const [texts, facts] = await Promise.all([
    caseTexts(db, row.matter.districtCode, [...listed.values()], at),
    matterFactsOf(db, row.matter.districtCode, [...listed.keys()]),
  ]);
  return { ...row, list, listed, texts, facts };
}
