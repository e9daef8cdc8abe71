import { type ListItem, verificationClasses } from '../lists/index.ts';
import { type CountedDue, countDue, type WorkingCalendar } from '../platform/calendar/index.ts';

export interface PlannedTask {
  commitmentId: string;
  proofName: string;
  kind: 'verification' | 'supervision';
  verification: ListItem['verification'];
  method: string;
  assistingAgency: string | null;
  due: CountedDue | null;
}

/**
 * VER-1: one task per committed proof, due the item's time limit in working days after the decision
 * (SPEC §10 Clocks); an exempt item is not verified but marked for supervision (事中事后监管).
 */
export function planVerification(
  committed: readonly { commitmentId: string; item: ListItem }[],
  decidedOn: string,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
): PlannedTask[] {
  return committed.map(({ commitmentId, item }) => {
    const exempt = item.verification === 'exempt';
    return {
      commitmentId,
      proofName: item.name,
      kind: exempt ? 'supervision' : 'verification',
      verification: item.verification,
      method: item.method || verificationClasses[item.verification].zh,
      assistingAgency: item.assistingAgency,
      due: exempt ? null : countDue(calendar, decidedOn, item.timeLimitWorkingDays),
    };
  });
}
