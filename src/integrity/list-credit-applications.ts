import { asc, desc, eq } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { creditObjections, creditRecords, creditRepairs } from '../credit/index.ts';
import { parties, users } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { storedDocumentsOf } from './stored-documents.ts';

/** CRED-4: the district's repair applications, those under review first, each with its record. */
export async function listRepairs(db: AppDb, actor: Actor) {
  const rows = await db
    .select({
      repair: creditRepairs,
      partyName: parties.name,
      identifier: parties.identifier,
      record: creditRecords.description,
      decidedBy: users.displayName,
    })
    .from(creditRepairs)
    .innerJoin(parties, eq(parties.id, creditRepairs.partyId))
    .innerJoin(creditRecords, eq(creditRecords.id, creditRepairs.recordId))
    .leftJoin(users, eq(users.id, creditRepairs.decidedBy))
    .where(eq(creditRepairs.districtCode, actor.districtCode))
    .orderBy(
      desc(eq(creditRepairs.state, 'under-review')),
      asc(creditRepairs.dueOn),
      desc(creditRepairs.appliedAt),
    );
  const documents = await storedDocumentsOf(
    db,
    rows.flatMap((r) => r.repair.evidence),
  );
  return rows.map(({ repair: p, partyName, identifier, record, decidedBy }) => ({
    id: p.id,
    recordId: p.recordId,
    record,
    partyName,
    identifier: maskIdentifier(identifier),
    state: p.state,
    rectification: p.rectification,
    evidence: p.evidence.map((id) => documents.get(id)!).filter(Boolean),
    appliedAt: p.appliedAt.toISOString(),
    dueOn: p.dueOn,
    decidedBy,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decisionReason: p.decisionReason,
  }));
}

/**
 * CRED-5: the district's objections, those under review first; `mayDecide` is false where the
 * viewer made the finding objected to (the re-examiner is never the finder).
 */
export async function listObjections(db: AppDb, actor: Actor) {
  const rows = await db
    .select({
      objection: creditObjections,
      partyName: parties.name,
      identifier: parties.identifier,
      decidedBy: users.displayName,
    })
    .from(creditObjections)
    .innerJoin(parties, eq(parties.id, creditObjections.partyId))
    .leftJoin(users, eq(users.id, creditObjections.decidedBy))
    .where(eq(creditObjections.districtCode, actor.districtCode))
    .orderBy(
      desc(eq(creditObjections.state, 'under-review')),
      asc(creditObjections.dueOn),
      desc(creditObjections.filedAt),
    );
  const documents = await storedDocumentsOf(
    db,
    rows.flatMap((r) => r.objection.evidence),
  );
  return rows.map(({ objection: o, partyName, identifier, decidedBy }) => ({
    id: o.id,
    recordId: o.recordId,
    taskId: o.taskId,
    subject: o.subject,
    partyName,
    identifier: maskIdentifier(identifier),
    state: o.state,
    reasons: o.reasons,
    evidence: o.evidence.map((id) => documents.get(id)!).filter(Boolean),
    filedAt: o.filedAt.toISOString(),
    dueOn: o.dueOn,
    decidedBy,
    decidedAt: o.decidedAt?.toISOString() ?? null,
    answer: o.answer,
    mayDecide: o.state === 'under-review' && o.foundBy !== actor.userId,
  }));
}
