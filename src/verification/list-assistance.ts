import { desc, eq, inArray, or } from 'drizzle-orm';
import { storedDocuments } from '../documents/index.ts';
import { agencies, jurisdictions } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { can } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { forbidden } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { assistanceRequests } from './schema.ts';

type RequestRow = typeof assistanceRequests.$inferSelect;

/** An assistance request as both sides see it: only what it carries, nothing else of the other district. */
export async function assistanceViews(db: AppDb, rows: RequestRow[], actor: Actor, now: Date) {
  if (rows.length === 0) return [];
  const agencyIds = [...new Set(rows.flatMap((r) => [r.requestingAgencyId, r.assistingAgencyId]))];
  const names = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, agencyIds));
  const districts = await db
    .select({ code: jurisdictions.code, name: jurisdictions.name })
    .from(jurisdictions)
    .where(inArray(jurisdictions.code, [...new Set(rows.map((r) => r.requestingDistrictCode))]));
  const documentIds = rows.flatMap((r) => r.answerDocumentIds);
  const documents = documentIds.length
    ? await db
        .select({ id: storedDocuments.id, sm3: storedDocuments.sm3 })
        .from(storedDocuments)
        .where(inArray(storedDocuments.id, documentIds))
    : [];
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? '';
  const today = shanghaiDate(now);
  return rows.map((r) => ({
    id: r.id,
    requestingDistrict:
      districts.find((d) => d.code === r.requestingDistrictCode)?.name ?? r.requestingDistrictCode,
    requestingAgency: nameOf(r.requestingAgencyId),
    assistingAgency: nameOf(r.assistingAgencyId),
    matterName: r.matterName,
    proofName: r.proofName,
    question: r.question,
    subjectName: r.subjectName,
    subjectIdentifier: r.subjectIdentifierMasked,
    dueDate: r.dueDate,
    overdue: r.state === 'open' && r.dueDate < today,
    state: r.state,
    answerOutcome: r.answerOutcome,
    answer: r.answer,
    attachments: documents.filter((d) => r.answerDocumentIds.includes(d.id)),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    requestedAt: r.requestedAt.toISOString(),
    allowedActions:
      r.state === 'open' && r.assistingAgencyId === actor.agencyId && can(actor, 'verification.assist')
        ? ['answer']
        : [],
  }));
}

/**
 * VER-4: the assistance queue of the actor's agency: requests to it (whichever district sent them)
 * and, for its verifiers, the requests it sent. Open ones first, soonest due first.
 */
export async function listAssistance(db: AppDb, actor: Actor, now: Date) {
  if (!actor.agencyId || !(can(actor, 'verification.assist') || can(actor, 'verification.perform')))
    throw forbidden();
  const rows = await db
    .select()
    .from(assistanceRequests)
    .where(
      or(
        eq(assistanceRequests.assistingAgencyId, actor.agencyId),
        can(actor, 'verification.perform')
          ? eq(assistanceRequests.requestingAgencyId, actor.agencyId)
          : undefined,
      ),
    )
    .orderBy(assistanceRequests.state, assistanceRequests.dueDate, desc(assistanceRequests.requestedAt));
  return assistanceViews(db, rows, actor, now);
}

/** A task's assistance requests, for its page. */
export const requestsOfTask = (db: AppDb, taskId: string) =>
  db
    .select()
    .from(assistanceRequests)
    .where(eq(assistanceRequests.taskId, taskId))
    .orderBy(assistanceRequests.requestedAt);
