import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import type { JurisdictionRow } from './list-jurisdictions.ts';
import { jurisdictions } from './schema.ts';
import { assertManages, chainOf } from './scope.ts';

export async function renameJurisdiction(options: {
  database: Database;
  actor: Actor;
  now: Date;
  code: string;
  input: { name: string; version: number };
}): Promise<JurisdictionRow> {
  const { database, actor, now, code, input } = options;
  assertManages(actor, code);
  return database.transaction(async (tx) => {
    const [before] = await tx.db
      .select()
      .from(jurisdictions)
      .where(eq(jurisdictions.code, code))
      .for('update');
    if (!before) throw new DomainError('NOT_FOUND', '区划不存在', 'No such division');
    if (before.version !== input.version) throw staleVersion();
    const [after] = await tx.db
      .update(jurisdictions)
      .set({ name: input.name.trim(), version: before.version + 1 })
      .where(eq(jurisdictions.code, code))
      .returning();
    await recordAudit(tx, {
      chain: chainOf(code),
      actor: actorOf(actor),
      at: now,
      action: 'jurisdiction.renamed',
      entityType: 'jurisdiction',
      entityId: code,
      before,
      after,
    });
    return after!;
  });
}
