import { eq } from 'drizzle-orm';
import type { AgencyKind } from '../common/agency-kinds.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { staleVersion } from '../platform/errors.ts';
import type { AgencyRow } from './list-agencies.ts';
import { agencies } from './schema.ts';
import { agencyNotFound, assertManages, canSeeAgency, chainOf } from './scope.ts';

export interface AgencyChange {
  name: string;
  shortName: string;
  kind: AgencyKind;
  active: boolean;
  version: number;
}

export async function updateAgency(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  input: AgencyChange;
}): Promise<AgencyRow> {
  const { database, actor, now, id, input } = options;
  return database.transaction(async (tx) => {
    const [before] = await tx.db.select().from(agencies).where(eq(agencies.id, id)).for('update');
    if (!before || !canSeeAgency(actor, before)) throw agencyNotFound();
    assertManages(actor, before.jurisdictionCode);
    if (before.version !== input.version) throw staleVersion();
    const [after] = await tx.db
      .update(agencies)
      .set({
        name: input.name.trim(),
        shortName: input.shortName.trim(),
        kind: input.kind,
        active: input.active,
        version: before.version + 1,
      })
      .where(eq(agencies.id, id))
      .returning();
    await recordAudit(tx, {
      chain: chainOf(before.jurisdictionCode),
      actor: actorOf(actor),
      at: now,
      action: 'agency.updated',
      entityType: 'agency',
      entityId: id,
      before,
      after,
    });
    return after!;
  });
}
