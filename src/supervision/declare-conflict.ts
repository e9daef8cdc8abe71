import { and, eq } from 'drizzle-orm';
import { checkedAnyIdentifier } from '../common/identifiers/checked.ts';
import type { ConflictKind } from '../common/inspection-plan-states.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { lockInspector } from './inspector-access.ts';
import { inspectorConflicts } from './schema.ts';

export interface ConflictInput {
  kind: ConflictKind;
  partyIdentifier: string;
  partyName: string;
  note: string;
}

export async function writeConflict(tx: Tx, inspectorId: string, input: ConflictInput, now: Date) {
  const partyIdentifier = checkedAnyIdentifier(input.partyIdentifier, 'partyIdentifier');
  const partyName = input.partyName.trim();
  if (!partyName) throw invalid('partyName', '请填写企业或个人名称', 'Name the company or person');
  const [row] = await tx.db
    .insert(inspectorConflicts)
    .values({
      inspectorId,
      kind: input.kind,
      partyIdentifier,
      partyName,
      note: input.note.trim(),
      declaredAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row)
    throw new DomainError(
      'CONFLICT',
      '该回避对象已申报',
      'This conflict is already declared',
      'partyIdentifier',
    );
  return row;
}

/** SUP-1 (回避): an inspector's declared conflict; plans approved from now on never draw them for it. */
export async function declareConflict(options: {
  database: Database;
  actor: Actor;
  now: Date;
  inspectorId: string;
  input: ConflictInput;
}) {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const inspector = await lockInspector(tx, actor, options.inspectorId);
    const row = await writeConflict(tx, inspector.id, options.input, now);
    await recordAudit(tx, {
      chain: inspector.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'inspector.conflict-declared',
      entityType: 'inspector',
      entityId: inspector.id,
      after: { kind: row.kind, partyName: row.partyName, note: row.note },
    });
    return row;
  });
}

/** A conflict withdrawn (it ended); plans already approved keep the exclusion they froze. */
export async function withdrawConflict(options: {
  database: Database;
  actor: Actor;
  now: Date;
  inspectorId: string;
  conflictId: string;
}) {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const inspector = await lockInspector(tx, actor, options.inspectorId);
    const [removed] = await tx.db
      .delete(inspectorConflicts)
      .where(
        and(eq(inspectorConflicts.id, options.conflictId), eq(inspectorConflicts.inspectorId, inspector.id)),
      )
      .returning();
    if (!removed) throw new DomainError('NOT_FOUND', '没有这条回避申报', 'No such declared conflict');
    await recordAudit(tx, {
      chain: inspector.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'inspector.conflict-withdrawn',
      entityType: 'inspector',
      entityId: inspector.id,
      before: { kind: removed.kind, partyName: removed.partyName },
    });
  });
}
