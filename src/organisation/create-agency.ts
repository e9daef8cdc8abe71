import { eq } from 'drizzle-orm';
import type { AgencyKind } from '../common/agency-kinds.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { districtOf } from '../platform/auth/jurisdiction-codes.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import type { AgencyRow } from './list-agencies.ts';
import { agencies, jurisdictions } from './schema.ts';
import { assertManages, chainOf } from './scope.ts';

export interface AgencyInput {
  jurisdictionCode: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
}

export async function createAgency(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: AgencyInput;
}): Promise<AgencyRow> {
  const { database, actor, now, input } = options;
  assertManages(actor, input.jurisdictionCode);
  return database.transaction(async (tx) => {
    const [jurisdiction] = await tx.db
      .select()
      .from(jurisdictions)
      .where(eq(jurisdictions.code, input.jurisdictionCode));
    if (!jurisdiction) throw invalid('jurisdictionCode', '所属区划不存在', 'No such jurisdiction');
    const [created] = await tx.db
      .insert(agencies)
      .values({
        jurisdictionCode: input.jurisdictionCode,
        districtCode: districtOf(input.jurisdictionCode) ?? null,
        name: input.name.trim(),
        shortName: input.shortName.trim(),
        kind: input.kind,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!created)
      throw new DomainError('CONFLICT', '本区划已有同名单位', 'An agency of this name exists here', 'name');
    await recordAudit(tx, {
      chain: chainOf(created.jurisdictionCode),
      actor: actorOf(actor),
      at: now,
      action: 'agency.created',
      entityType: 'agency',
      entityId: created.id,
      after: created,
    });
    return created;
  });
}
