import { and, eq, isNull } from 'drizzle-orm';
import { publishedPdf, storedDocuments } from '../documents/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';
import type { Database } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { canSeeCase, caseNotFound } from './case-access.ts';
import { caseDocuments, cases } from './schema.ts';

type CaseDocumentRow = typeof caseDocuments.$inferSelect;

/**
 * DOC-6 for a case's letters: rendered once, after the submitting transaction committed (PDF work
 * never holds a transaction open), stored with its SM3 and linked to the letter.
 */
async function renderCaseDocument(database: Database, doc: CaseDocumentRow, districtCode: string) {
  const stored = await publishedPdf(database, {
    districtCode,
    subject: `case-document:${doc.id}`,
    model: () => doc.model,
    now: doc.createdAt,
  });
  await database.db
    .update(caseDocuments)
    .set({ storedDocumentId: stored.id })
    .where(and(eq(caseDocuments.id, doc.id), isNull(caseDocuments.storedDocumentId)));
  return stored;
}

/** The PDF of a letter of a case the actor sees, rendered now if the job has not yet. */
export async function caseDocumentPdf(database: Database, actor: Actor, caseId: string, documentId: string) {
  const [row] = await database.db
    .select({ doc: caseDocuments, c: cases })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, caseId)));
  if (!row || !canSeeCase(actor, row.c)) throw row ? caseNotFound() : notFound('文书', 'Document');
  if (row.doc.storedDocumentId) {
    const [stored] = await database.db
      .select()
      .from(storedDocuments)
      .where(eq(storedDocuments.id, row.doc.storedDocumentId));
    return { title: row.doc.title, stored: stored! };
  }
  return { title: row.doc.title, stored: await renderCaseDocument(database, row.doc, row.c.districtCode) };
}

/**
 * CASE-6, DOC-6: the decision document (决定书) of a case the actor sees; "not found" until the case
 * is decided, as for a case the actor may not see (ORG-2).
 */
export async function caseDecisionPdf(database: Database, actor: Actor, caseId: string) {
  const [row] = await database.db
    .select({ c: cases, documentId: caseDocuments.id })
    .from(cases)
    .leftJoin(caseDocuments, and(eq(caseDocuments.caseId, cases.id), eq(caseDocuments.kind, 'decision')))
    .where(eq(cases.id, caseId));
  if (!row || !canSeeCase(actor, row.c)) throw caseNotFound();
  if (!row.documentId) throw notFound('决定书', 'Decision document');
  return caseDocumentPdf(database, actor, caseId, row.documentId);
}

/**
 * DOC-6: whether a letter's stored PDF is still the one recorded: its SM3 computed again against the
 * SM3 stored with it. The case's own readers (the applicant too) check their letters this way.
 */
export async function verifyCaseDocument(
  database: Database,
  actor: Actor,
  caseId: string,
  documentId: string,
) {
  const { stored } = await caseDocumentPdf(database, actor, caseId, documentId);
  const computed = sm3Hex(stored.bytes);
  return {
    documentId,
    storedDocumentId: stored.id,
    recorded: stored.sm3,
    computed,
    intact: computed === stored.sm3,
  };
}

/** The job's share: renders letters still without a PDF, a few at a time. */
export async function renderPendingCaseDocuments(database: Database, limit = 20): Promise<number> {
  const pending = await database.db
    .select({ doc: caseDocuments, districtCode: cases.districtCode })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(isNull(caseDocuments.storedDocumentId))
    .limit(limit);
  for (const { doc, districtCode } of pending) await renderCaseDocument(database, doc, districtCode);
  return pending.length;
}
