import { eq } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { canAccessDistrict } from '../platform/auth/permissions.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';
import type { AppDb, Database, Tx } from '../platform/db/database.ts';
import { documentNotFound } from './document-scope.ts';
import {
  type DocumentModel,
  fillModelPlaceholders,
  type PlaceholderValues,
  renderPdf,
} from './pdf/render-document.ts';
import { storedDocuments } from './schema.ts';

export type StoredDocument = typeof storedDocuments.$inferSelect;

const findBySubject = async (db: AppDb, subject: string) =>
  (await db.select().from(storedDocuments).where(eq(storedDocuments.subject, subject)))[0];

/**
 * The PDF of a published text, rule or guide: rendered once on first download (never inside another
 * request's transaction) and kept in the database, so every instance serves the same bytes.
 */
export async function publishedPdf(
  database: Database,
  options: { districtCode: string; subject: string; model: () => DocumentModel; now: Date },
) {
  const found = await findBySubject(database.db, options.subject);
  if (found) return found;
  const { pdf } = await renderPdf(options.model(), { creationDate: options.now });
  return database.transaction(async (tx) => {
    const [row] = await tx.db
      .insert(storedDocuments)
      .values({
        districtCode: options.districtCode,
        subject: options.subject,
        contentType: 'application/pdf',
        bytes: pdf,
        sm3: sm3Hex(pdf),
        createdAt: options.now,
      })
      .onConflictDoNothing()
      .returning();
    return row ?? (await findBySubject(tx.db, options.subject))!;
  });
}

/**
 * DOC-6: renders a text filled with a case's data to PDF and stores it with its SM3 in the caller's
 * transaction; a stored document never changes (the table is append-only).
 */
export async function storeFilledDocument(
  tx: Tx,
  options: {
    districtCode: string;
    subject: string;
    model: DocumentModel;
    values: PlaceholderValues;
    actor: AuditActor;
    now: Date;
  },
): Promise<{ id: string; sm3: string; warnings: string[] }> {
  const { pdf, warnings } = await renderPdf(fillModelPlaceholders(options.model, options.values), {
    creationDate: options.now,
  });
  const sm3 = sm3Hex(pdf);
  const [row] = await tx.db
    .insert(storedDocuments)
    .values({
      districtCode: options.districtCode,
      subject: options.subject,
      contentType: 'application/pdf',
      bytes: pdf,
      sm3,
      createdAt: options.now,
    })
    .returning({ id: storedDocuments.id });
  await recordAudit(tx, {
    chain: options.districtCode,
    actor: options.actor,
    at: options.now,
    action: 'document.stored',
    entityType: 'stored-document',
    entityId: row!.id,
    after: { subject: options.subject, sm3, bytes: pdf.length, warnings },
  });
  return { id: row!.id, sm3, warnings };
}

/** DOC-6: whether the stored bytes still hash to the recorded SM3. */
export async function verifyStoredDocument(db: AppDb, id: string, actor: Actor) {
  const [row] = await db.select().from(storedDocuments).where(eq(storedDocuments.id, id));
  if (!row || !canAccessDistrict(actor, row.districtCode)) throw documentNotFound();
  const computed = sm3Hex(row.bytes);
  return { id, subject: row.subject, recorded: row.sm3, computed, intact: computed === row.sm3 };
}
