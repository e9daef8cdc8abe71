import { and, eq } from 'drizzle-orm';
import { storedDocuments } from '../documents/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { findPlan } from './plan-access.ts';
import { inspectionObjects } from './schema.ts';

const extensions: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

/** SUP-1: an inspection record kept with a result, for the district's staff (never published). */
export async function inspectionAttachment(
  db: AppDb,
  actor: Actor,
  ids: { planId: string; objectId: string; documentId: string },
) {
  assertCan(actor, 'supervision.read');
  const plan = await findPlan(db, actor, ids.planId);
  const [object] = await db
    .select({ attachmentIds: inspectionObjects.attachmentIds })
    .from(inspectionObjects)
    .where(and(eq(inspectionObjects.id, ids.objectId), eq(inspectionObjects.planId, plan.id)));
  const [document] = object?.attachmentIds.includes(ids.documentId)
    ? await db.select().from(storedDocuments).where(eq(storedDocuments.id, ids.documentId))
    : [];
  if (!document) throw new DomainError('NOT_FOUND', '附件不存在', 'No such attachment');
  return { ...document, extension: extensions[document.contentType] ?? '' };
}
