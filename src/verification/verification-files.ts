import { and, eq, inArray } from 'drizzle-orm';
import { caseFiles } from '../cases/index.ts';
import { storedDocuments } from '../documents/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Tx } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';

/**
 * VER-3/4: files an officer uploaded (POST /api/cases/files) kept as evidence: each becomes a stored
 * document of the task's district with its SM3 (DOC-6), so it is kept unchanged whoever uploaded it.
 */
export async function attachedDocuments(
  tx: Tx,
  actor: Actor,
  districtCode: string,
  fileIds: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(fileIds)];
  if (wanted.length === 0) return [];
  const files = await tx.db
    .select()
    .from(caseFiles)
    .where(and(inArray(caseFiles.id, wanted), eq(caseFiles.uploadedBy, actor.userId)));
  if (files.length !== wanted.length)
    throw invalid(
      'attachments',
      '附件不存在或不是您上传的',
      'An attachment does not exist or is not your upload',
    );
  const stored = await tx.db
    .insert(storedDocuments)
    .values(
      files.map((f) => ({
        districtCode,
        subject: `verification-attachment:${f.id}`,
        contentType: f.contentType,
        bytes: f.bytes,
        sm3: f.sm3,
        createdAt: f.createdAt,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: storedDocuments.id });
  if (stored.length !== files.length)
    throw invalid('attachments', '附件已用于其他记录', 'An attachment is already part of another record');
  return stored.map((s) => s.id);
}
