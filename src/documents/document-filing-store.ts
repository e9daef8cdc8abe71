import { desc, eq } from 'drizzle-orm';
import type { Tx } from '../platform/db/database.ts';
import { documentFilings } from './schema.ts';

/**
 * DOC-5: a published rule, text or guide is filed (备案) on publication with the justice bureau of the
 * same level (`to`: the district) — the work rule, made by that bureau, with the level above.
 */
export async function fileWithJusticeBureau(
  tx: Tx,
  options: {
    districtCode: string;
    subjectType: 'work-rule' | 'format-text' | 'guide';
    subjectId: string;
    title: string;
    fromName: string;
    to?: string;
    now: Date;
  },
) {
  const [row] = await tx.db
    .insert(documentFilings)
    .values({
      districtCode: options.districtCode,
      subjectType: options.subjectType,
      subjectId: options.subjectId,
      title: options.title,
      fromName: options.fromName,
      toJurisdictionCode: options.to ?? options.districtCode,
      state: 'submitted',
      submittedAt: options.now,
    })
    .returning();
  return row!;
}

export const filingsOfDistrict = (tx: Pick<Tx, 'db'>, districtCode: string) =>
  tx.db
    .select()
    .from(documentFilings)
    .where(eq(documentFilings.districtCode, districtCode))
    .orderBy(desc(documentFilings.submittedAt));
