import { and, eq } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { canSeeCase, caseNotFound } from './case-access.ts';
import { caseFiles, caseProofs, cases, commitments } from './schema.ts';

/** A proof or signature scan of a case the actor sees; files not part of the case are not found. */
export async function caseFileDownload(db: AppDb, actor: Actor, caseId: string, fileId: string) {
  const [c] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!c || !canSeeCase(actor, c)) throw caseNotFound();
  const [proof] = await db
    .select({ id: caseProofs.id })
    .from(caseProofs)
    .where(and(eq(caseProofs.caseId, caseId), eq(caseProofs.fileId, fileId)));
  const [scan] = proof
    ? [proof]
    : await db
        .select({ id: commitments.id })
        .from(commitments)
        .where(and(eq(commitments.caseId, caseId), eq(commitments.scanFileId, fileId)));
  if (!scan) throw notFound('文件', 'File');
  const [file] = await db.select().from(caseFiles).where(eq(caseFiles.id, fileId));
  return file!;
}
