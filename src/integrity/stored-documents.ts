import { and, eq, inArray, sql } from 'drizzle-orm';
import { creditObjections, creditRepairs } from '../credit/index.ts';
import { storedDocuments } from '../documents/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';

/** The evidence files named by applications, by id: what a list shows of each (never the bytes). */
export async function storedDocumentsOf(db: AppDb, ids: readonly string[]) {
  const rows = ids.length
    ? await db
        .select({
          id: storedDocuments.id,
          contentType: storedDocuments.contentType,
          sm3: storedDocuments.sm3,
        })
        .from(storedDocuments)
        .where(inArray(storedDocuments.id, [...new Set(ids)]))
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * CRED-4/CRED-5: one evidence file of a repair application or an objection, for the applicant who
 * filed it or the staff of its district (ORG-2); anything else is "not found".
 */
export async function creditEvidence(db: AppDb, actor: Actor, documentId: string) {
  const holds = (column: typeof creditRepairs.evidence | typeof creditObjections.evidence) =>
    sql`${column} @> ${JSON.stringify([documentId])}::jsonb`;
  const mine = (t: typeof creditRepairs | typeof creditObjections) =>
    actor.role === 'applicant' ? eq(t.partyId, actor.partyId ?? '') : eq(t.districtCode, actor.districtCode);
  const [repair, objection] = await Promise.all([
    db
      .select({ id: creditRepairs.id })
      .from(creditRepairs)
      .where(and(holds(creditRepairs.evidence), mine(creditRepairs))),
    db
      .select({ id: creditObjections.id })
      .from(creditObjections)
      .where(and(holds(creditObjections.evidence), mine(creditObjections))),
  ]);
  if (repair.length + objection.length === 0) throw notFound('证明材料', 'Evidence');
  const [document] = await db.select().from(storedDocuments).where(eq(storedDocuments.id, documentId));
  if (!document) throw notFound('证明材料', 'Evidence');
  return document;
}
