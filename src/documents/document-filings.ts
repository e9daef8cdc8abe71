import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import { documentFilingWorkflow } from './document-filing-states.ts';
import { filingsOfDistrict } from './document-filing-store.ts';
import { districtContextFor, documentNotFound } from './document-scope.ts';
import { documentFilings } from './schema.ts';

/** DOC-5: filings of the district's rules, texts and guides with their dates and state. */
export async function listDocumentFilings(db: AppDb, actor: Actor, districtCode: string) {
  await districtContextFor(db, actor, districtCode);
  return (await filingsOfDistrict({ db }, districtCode)).map((f) => {
    const receiver = actor.role === 'justice-officer' && actor.jurisdictionCode === f.toJurisdictionCode;
    const allowedActions = receiver ? documentFilingWorkflow.allowedActions(f.state, 'receiver') : [];
    return { ...f, allowedActions };
  });
}

/** DOC-5: the justice bureau the document was filed with records it (已备案). */
export async function receiveDocumentFiling(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  revision: number;
}) {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const [before] = await tx.db
      .select()
      .from(documentFilings)
      .where(eq(documentFilings.id, options.id))
      .for('update');
    if (!before) throw documentNotFound();
    await districtContextFor(tx.db, actor, before.districtCode);
    if (actor.role !== 'justice-officer' || actor.jurisdictionCode !== before.toJurisdictionCode)
      throw new DomainError(
        'FORBIDDEN',
        '只有受理备案的司法行政机关可以确认',
        'Only the justice bureau it was filed with records it',
      );
    if (before.revision !== options.revision) throw staleVersion();
    const [after] = await tx.db
      .update(documentFilings)
      .set({
        state: documentFilingWorkflow.next(before.state, 'receive', 'receiver'),
        receivedAt: now,
        receivedBy: actor.displayName,
        revision: before.revision + 1,
      })
      .where(eq(documentFilings.id, before.id))
      .returning();
    await recordAudit(tx, {
      chain: before.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'document-filing.received',
      entityType: 'document-filing',
      entityId: before.id,
      before,
      after,
    });
    return after!;
  });
}
