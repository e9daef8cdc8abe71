import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { filingWorkflow } from './filing-chain.ts';
import { closeFilingDeadline, type FilingRow } from './filing-hops.ts';
import { lockFiling } from './filing-store.ts';
import { listFilings } from './schema.ts';

/** LIST-7: the sending level sends the published version for filing (待报送 → 已报送). */
export async function submitFiling(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  revision: number;
}): Promise<FilingRow> {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const before = await lockFiling(tx, actor, options.id, options.revision, 'from');
    const [after] = await tx.db
      .update(listFilings)
      .set({
        state: filingWorkflow.next(before.state, 'submit', 'sender'),
        submittedAt: now,
        submittedBy: actor.displayName,
        revision: before.revision + 1,
      })
      .where(eq(listFilings.id, before.id))
      .returning();
    const audit = actorOf(actor);
    await closeFilingDeadline(tx, before.id, audit, now);
    await recordAudit(tx, {
      chain: before.districtCode!,
      actor: audit,
      at: now,
      action: 'list-filing.submitted',
      entityType: 'list-filing',
      entityId: before.id,
      before,
      after,
    });
    return after!;
  });
}
