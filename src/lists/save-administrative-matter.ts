import { and, eq } from 'drizzle-orm';
import { agencies } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, forbidden, invalid, staleVersion } from '../platform/errors.ts';
import type { AdministrativeMatterRow } from './catalogue-store.ts';
import { amendDraftItem } from './draft-edits.ts';
import { administrativeMatters, certificationMatters, draftItems, lists } from './schema.ts';

export interface AdministrativeMatterInput {
  code: string;
  name: string;
  kind: string;
  agencyId: string;
  /** Names of the certification matters it requires, each in the district's catalogue. */
  proofs: string[];
}

/**
 * LIST-1: the district justice bureau records an administrative matter (行政事项), its handling agency
 * and the proofs it requires, listed or not. A proof still listed for the matter cannot be dropped.
 */
export async function saveAdministrativeMatter(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  id: string | null;
  version: number | null;
  input: AdministrativeMatterInput;
}): Promise<AdministrativeMatterRow> {
  const { database, actor, now, districtCode, input } = options;
  assertDistrictAccess(actor, districtCode);
  if (actor.jurisdictionCode !== districtCode) throw forbidden();
  const proofs = [...new Set(input.proofs.map((p) => p.trim()))];
  return database.transaction(async (tx) => {
    let before: AdministrativeMatterRow | undefined;
    if (options.id) {
      [before] = await tx.db
        .select()
        .from(administrativeMatters)
        .where(
          and(eq(administrativeMatters.id, options.id), eq(administrativeMatters.districtCode, districtCode)),
        )
        .for('update');
      if (!before) throw new DomainError('NOT_FOUND', '行政事项不存在', 'No such administrative matter');
      if (before.version !== options.version) throw staleVersion();
    }
    const [agency] = await tx.db
      .select()
      .from(agencies)
      .where(and(eq(agencies.id, input.agencyId), eq(agencies.districtCode, districtCode)));
    if (!agency) throw invalid('agencyId', '办理单位不在本区', 'The handling agency is not in this district');
    const known = new Set(
      (
        await tx.db
          .select({ name: certificationMatters.name })
          .from(certificationMatters)
          .where(eq(certificationMatters.districtCode, districtCode))
      ).map((m) => m.name),
    );
    const unknown = proofs.filter((p) => !known.has(p));
    if (unknown.length > 0)
      throw invalid(
        'proofs',
        `证明事项不在本区目录中：${unknown.join('、')}`,
        `Not in this district's catalogue: ${unknown.join(', ')}`,
      );
    const listed = before
      ? await tx.db.select().from(draftItems).where(eq(draftItems.administrativeMatterId, before.id))
      : [];
    const dropped = listed.filter((row) => !proofs.includes(row.name)).map((row) => row.name);
    if (dropped.length > 0)
      throw new DomainError(
        'CONFLICT',
        `清单草稿中仍有此事项的“${dropped.join('、')}”，须先移出清单才能不再要求`,
        `The draft still lists ${dropped.join(', ')} for this matter; take it off the list first`,
        'proofs',
      );
    const values = {
      code: input.code.trim(),
      name: input.name.trim(),
      kind: input.kind,
      agencyId: agency.id,
      proofs,
    };
    const [after] = before
      ? await tx.db
          .update(administrativeMatters)
          .set({ ...values, version: before.version + 1 })
          .where(eq(administrativeMatters.id, before.id))
          .returning()
      : await tx.db
          .insert(administrativeMatters)
          .values({ ...values, districtCode, createdAt: now })
          .returning();
    // The draft carries the matter's name and agency on each row: it follows a rename or a new agency.
    const terms = {
      administrativeMatter: after!.name,
      administrativeMatterKind: after!.kind,
      agencyId: agency.id,
      handlingAgency: agency.name,
    };
    for (const row of listed) {
      const [list] = await tx.db.select().from(lists).where(eq(lists.id, row.listId));
      await amendDraftItem(tx, {
        list: list!,
        itemId: row.id,
        revision: null,
        terms,
        actor: actorOf(actor),
        now,
      });
    }
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: before ? 'administrative-matter.updated' : 'administrative-matter.created',
      entityType: 'administrative-matter',
      entityId: after!.id,
      before,
      after,
    });
    return after!;
  });
}
