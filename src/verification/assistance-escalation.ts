import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import { formatDate } from '../common/dates.ts';
import { notifications } from '../inbox/index.ts';
import { agencies, users } from '../organisation/index.ts';
import { recordAudit, systemActor } from '../platform/audit/record.ts';
import type { Database } from '../platform/db/database.ts';
import type { JobDefinition } from '../platform/jobs/job-queue.ts';
import { shanghaiDate } from '../platform/time.ts';
import { assistanceRequests } from './schema.ts';

/**
 * VER-4: an assistance request still open after its due date is escalated once to the requesting
 * agency's verifiers and the requesting district's justice bureau (which oversees the scheme).
 */
export async function escalateOverdueAssistance(database: Database, now: Date): Promise<number> {
  return database.transaction(async (tx) => {
    const overdue = await tx.db
      .select({ request: assistanceRequests, assistingName: agencies.name })
      .from(assistanceRequests)
      .innerJoin(agencies, eq(agencies.id, assistanceRequests.assistingAgencyId))
      .where(
        and(
          eq(assistanceRequests.state, 'open'),
          isNull(assistanceRequests.escalatedAt),
          lt(assistanceRequests.dueDate, shanghaiDate(now)),
        ),
      )
      .for('update', { of: assistanceRequests, skipLocked: true });
    for (const { request, assistingName } of overdue) {
      await tx.db
        .update(assistanceRequests)
        .set({ escalatedAt: now })
        .where(eq(assistanceRequests.id, request.id));
      const recipients = await tx.db
        .select({ id: users.id, role: users.role, agencyId: users.agencyId })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            eq(users.districtCode, request.requestingDistrictCode),
            inArray(users.role, ['verifier', 'justice-officer']),
          ),
        );
      const to = recipients.filter(
        (u) => u.role === 'justice-officer' || u.agencyId === request.requestingAgencyId,
      );
      if (to.length)
        await tx.db.insert(notifications).values(
          to.map((u) => ({
            userId: u.id,
            districtCode: request.requestingDistrictCode,
            kind: 'overdue' as const,
            topic: 'overdue' as const,
            title: `协查逾期未复：${request.proofName}（${assistingName}）`,
            titleEn: `Assistance overdue: ${request.proofName} (${assistingName})`,
            body: `${request.matterName}：协查请求应于${formatDate(request.dueDate)}前答复，至今未复，请督促或改用其他核查方式。`,
            bodyEn: `${request.matterName}: the answer was due by ${formatDate(request.dueDate, 'en')} and has not come; follow it up or verify another way.`,
            link: `/workbench/verification/${request.taskId}`,
            createdAt: now,
          })),
        );
      await recordAudit(tx, {
        chain: request.requestingDistrictCode,
        actor: systemActor('协查逾期督办'),
        at: now,
        action: 'verification.assistance-escalated',
        entityType: 'assistance-request',
        entityId: request.id,
        after: { dueDate: request.dueDate, notified: to.length },
      });
    }
    return overdue.length;
  });
}

/** Every hour on whichever instance claims it. */
export const assistanceEscalationJob = (database: Database, clock: () => Date): JobDefinition => ({
  name: 'assistance-escalation',
  cron: '7 * * * *',
  runAtStart: true,
  handler: async () => {
    await escalateOverdueAssistance(database, clock());
  },
});
