import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { categoryOf, creditObjections, creditRecords, rulebooksOf } from '../credit/index.ts';
import { parties } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';

/** CRED-2: the district's dishonesty records for its credit office, newest first, 异议中 flagged. */
export async function listCreditRecords(db: AppDb, actor: Actor) {
  const district = actor.districtCode;
  const [rows, disputed, books] = await Promise.all([
    db
      .select({ record: creditRecords, partyName: parties.name, identifier: parties.identifier })
      .from(creditRecords)
      .innerJoin(parties, eq(parties.id, creditRecords.partyId))
      .where(eq(creditRecords.districtCode, district))
      .orderBy(desc(creditRecords.recordedAt))
      .limit(500),
    db
      .select({ recordId: creditObjections.recordId })
      .from(creditObjections)
      .where(
        and(
          eq(creditObjections.districtCode, district),
          eq(creditObjections.state, 'under-review'),
          isNotNull(creditObjections.recordId),
        ),
      ),
    rulebooksOf(db, [district]),
  ]);
  const disputedIds = new Set(disputed.map((d) => d.recordId));
  return rows.map(({ record: r, partyName, identifier }) => {
    const category = categoryOf(books.get(district)!.get(r.ruleVersion)!, r.category);
    return {
      id: r.id,
      partyName,
      identifier: maskIdentifier(identifier),
      kind: r.kind,
      category: { code: category.code, name: category.name, nameEn: category.nameEn, grade: category.grade },
      ruleVersion: r.ruleVersion,
      source: r.source,
      description: r.description,
      authority: r.authority,
      documentNo: r.documentNo,
      recordedAt: r.recordedAt.toISOString(),
      expiresAt: r.expiresAt?.toISOString() ?? null,
      repairedAt: r.repairedAt?.toISOString() ?? null,
      correctedAt: r.correctedAt?.toISOString() ?? null,
      disputed: disputedIds.has(r.id),
    };
  });
}
