import { and, eq } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { Tx } from '../platform/db/database.ts';
import { administrativeMatters, certificationMatters } from './schema.ts';

export type CertificationMatterRow = typeof certificationMatters.$inferSelect;
export type AdministrativeMatterRow = typeof administrativeMatters.$inferSelect;

/** A matter first met in an imported or claimed row enters the catalogue with what the row says. */
export async function ensureCertificationMatter(
  tx: Tx,
  options: {
    districtCode: string;
    name: string;
    legalBasis: string;
    issuingBody: string;
    field?: string;
    proves?: string;
    actor: AuditActor;
    now: Date;
  },
): Promise<CertificationMatterRow> {
  const { districtCode, name, actor, now } = options;
  const [found] = await tx.db
    .select()
    .from(certificationMatters)
    .where(and(eq(certificationMatters.districtCode, districtCode), eq(certificationMatters.name, name)));
  if (found) return found;
  const [row] = await tx.db
    .insert(certificationMatters)
    .values({
      districtCode,
      name,
      proves: options.proves ?? '',
      legalBasis: options.legalBasis,
      issuingBody: options.issuingBody,
      field: options.field ?? '其他',
      frequency: 'medium',
      difficulty: 'medium',
      verifiability: 'medium',
      eLicense: false,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordAudit(tx, {
    chain: districtCode,
    actor,
    at: now,
    action: 'certification-matter.created',
    entityType: 'certification-matter',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

/** An administrative matter by name, created at the given agency when new; it comes to require `proof`. */
export async function ensureAdministrativeMatter(
  tx: Tx,
  options: {
    districtCode: string;
    name: string;
    kind?: string;
    agencyId: string;
    proof: string;
    actor: AuditActor;
    now: Date;
  },
): Promise<AdministrativeMatterRow> {
  const { districtCode, name, actor, now } = options;
  const [found] = await tx.db
    .select()
    .from(administrativeMatters)
    .where(and(eq(administrativeMatters.districtCode, districtCode), eq(administrativeMatters.name, name)));
  if (found) {
    if (found.proofs.includes(options.proof)) return found;
    const [after] = await tx.db
      .update(administrativeMatters)
      .set({ proofs: [...found.proofs, options.proof], version: found.version + 1 })
      .where(eq(administrativeMatters.id, found.id))
      .returning();
    return after!;
  }
  const count = (
    await tx.db
      .select({ id: administrativeMatters.id })
      .from(administrativeMatters)
      .where(eq(administrativeMatters.districtCode, districtCode))
  ).length;
  const [row] = await tx.db
    .insert(administrativeMatters)
    .values({
      districtCode,
      code: `${districtCode}-${String(count + 1).padStart(3, '0')}`,
      name,
      kind: options.kind ?? '其他',
      agencyId: options.agencyId,
      proofs: [options.proof],
      createdAt: now,
    })
    .returning();
  await recordAudit(tx, {
    chain: districtCode,
    actor,
    at: now,
    action: 'administrative-matter.created',
    entityType: 'administrative-matter',
    entityId: row!.id,
    after: row,
  });
  return row!;
}
