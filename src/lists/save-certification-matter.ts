import { and, eq } from 'drizzle-orm';
import { checkMatterFacts } from '../common/committed-facts.ts';
import type { Exclusion } from '../common/exclusions.ts';
import type { MatterFacts } from '../common/shared-records.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, forbidden, staleVersion } from '../platform/errors.ts';
import type { CertificationMatterRow } from './catalogue-store.ts';
import { certificationMatters, draftItems } from './schema.ts';

export interface CertificationMatterInput {
  name: string;
  proves: string;
  legalBasis: string;
  issuingBody: string;
  field: string;
  frequency: 'high' | 'medium' | 'low';
  difficulty: 'high' | 'medium' | 'low';
  verifiability: 'easy' | 'medium' | 'hard';
  eLicense: boolean;
  exclusion: Exclusion | null;
  retainedReason: string | null;
  facts?: MatterFacts | null;
}

/**
 * LIST-1 / LIST-2: the district justice bureau records a certification matter. Marking a matter as
 * excluded is refused while the draft list still holds it: it must leave the list first.
 */
export async function saveCertificationMatter(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  id: string | null;
  version: number | null;
  input: CertificationMatterInput;
}): Promise<CertificationMatterRow> {
  const { database, actor, now, districtCode, input } = options;
  assertDistrictAccess(actor, districtCode);
  if (actor.jurisdictionCode !== districtCode) throw forbidden();
  const values = {
    ...input,
    name: input.name.trim(),
    exclusion: input.exclusion
      ? { category: input.exclusion.category, reason: input.exclusion.reason.trim() }
      : null,
    retainedReason: input.retainedReason?.trim() || null,
    facts: input.facts === undefined ? undefined : checkMatterFacts(input.facts),
    updatedAt: now,
  };
  return database.transaction(async (tx) => {
    let before: CertificationMatterRow | undefined;
    if (options.id) {
      [before] = await tx.db
        .select()
        .from(certificationMatters)
        .where(
          and(eq(certificationMatters.id, options.id), eq(certificationMatters.districtCode, districtCode)),
        )
        .for('update');
      if (!before) throw new DomainError('NOT_FOUND', '证明事项不存在', 'No such certification matter');
      if (before.version !== options.version) throw staleVersion();
      if (values.exclusion) {
        const listed = await tx.db
          .select({ id: draftItems.id })
          .from(draftItems)
          .where(eq(draftItems.certificationMatterId, before.id));
        if (listed.length > 0)
          throw new DomainError(
            'CONFLICT',
            `“${before.name}”仍在 ${listed.length} 个清单条目中，须先移出清单才能标记为不适用`,
            `"${before.name}" is still on ${listed.length} list items; take it off the list before excluding it`,
            'exclusion',
          );
      }
    }
    const [after] = before
      ? await tx.db
          .update(certificationMatters)
          .set({ ...values, version: before.version + 1 })
          .where(eq(certificationMatters.id, before.id))
          .returning()
      : await tx.db
          .insert(certificationMatters)
          .values({ ...values, districtCode, createdAt: now })
          .returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: before ? 'certification-matter.updated' : 'certification-matter.created',
      entityType: 'certification-matter',
      entityId: after!.id,
      before,
      after,
    });
    return after!;
  });
}
