import { caseLink } from '../cases/index.ts';
import { partyStanding } from '../credit/index.ts';
import { registerDeadline } from '../inbox/index.ts';
import type { ListItem } from '../lists/index.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { verificationTasks } from './schema.ts';
import { planVerification } from './verification-plan.ts';

/**
 * VER-1 at the decision (CASE-6): writes the plan's tasks and their clocks (GOV-4, for the agency's
 * verifiers) in the deciding transaction. The party's grade now, by the district's rules, may replace
 * online checks (CRED-3).
 */
export async function startVerification(
  tx: Tx,
  options: {
    caseRow: { id: string; caseNo: string; districtCode: string; agencyId: string; partyId: string };
    agencyJurisdictionCode: string;
    committed: { commitmentId: string; item: ListItem }[];
    decidedOn: string;
    calendar: WorkingCalendar;
    actor: AuditActor;
    now: Date;
  },
) {
  const { caseRow, now } = options;
  if (options.committed.length === 0) return [];
  const credit = await partyStanding(tx.db, caseRow.partyId, now, caseRow.districtCode);
  const plan = planVerification(options.committed, options.decidedOn, options.calendar, credit);
  const tasks = await tx.db
    .insert(verificationTasks)
    .values(
      plan.map(({ due, creditReason: _, ...t }) => ({
        ...t,
        standard: options.committed.find((c) => c.commitmentId === t.commitmentId)!.item.standard,
        dueDate: due?.dueDate ?? null,
        // VER-2: an online check is due at once; the runner (a job) claims it after this commits.
        runDueAt: t.verification === 'online' ? now : null,
        caseId: caseRow.id,
        districtCode: caseRow.districtCode,
        agencyId: caseRow.agencyId,
        state: 'planned' as const,
        createdAt: now,
      })),
    )
    .returning();
  for (const task of tasks) {
    const due = plan.find((p) => p.commitmentId === task.commitmentId)!.due;
    if (!due) continue;
    await registerDeadline(tx, {
      input: {
        key: `verification:${task.id}`,
        districtCode: caseRow.districtCode,
        title: `核查承诺 ${caseRow.caseNo}「${task.proofName}」`,
        titleEn: `Verify the commitment of ${caseRow.caseNo} (${task.proofName})`,
        ...due,
        responsibleJurisdictionCode: options.agencyJurisdictionCode,
        responsibleAgencyId: caseRow.agencyId,
        responsibleRole: 'verifier',
        link: caseLink(caseRow.id),
      },
      actor: options.actor,
      now,
    });
  }
  await recordAudit(tx, {
    chain: caseRow.districtCode,
    actor: options.actor,
    at: now,
    action: 'verification.planned',
    entityType: 'case',
    entityId: caseRow.id,
    after: {
      tasks: tasks.map((t) => {
        const creditReason = plan.find((p) => p.commitmentId === t.commitmentId)!.creditReason;
        return {
          id: t.id,
          proof: t.proofName,
          kind: t.kind,
          dueDate: t.dueDate,
          ...(creditReason ? { verification: t.verification, creditReason } : {}),
        };
      }),
    },
  });
  return tasks;
}
