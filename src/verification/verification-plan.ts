import {
  type CreditRulebook,
  type CreditStanding,
  creditGradeLabels,
  type GradeVerificationMethod,
} from '../credit/index.ts';
import { type ListItem, type VerificationClass, verificationClasses } from '../lists/index.ts';
import { type CountedDue, countDue, type WorkingCalendar } from '../platform/calendar/index.ts';

export interface PlannedTask {
  commitmentId: string;
  proofName: string;
  kind: 'verification' | 'supervision';
  verification: ListItem['verification'];
  method: string;
  assistingAgency: string | null;
  due: CountedDue | null;
  /** CRED-3: why the party's grade changed the item's online check (null: the item's own method). */
  creditReason: string | null;
}

/** The party's grade and the district rules it was graded by, where they bear on the method. */
export interface PartyCredit {
  grade: CreditStanding;
  rulebook: Pick<CreditRulebook, 'version' | 'gradeMethods'>;
}

/**
 * CRED-3 根据信用状况确定核查方式: an online check of a party whose grade the district's rules give a
 * method for becomes that method — assistance (协查) where the item names an assisting agency, else
 * on site — with the reason in words. Other items, and other grades, keep the item's own method.
 */
export function gradeMethodOf(
  item: Pick<ListItem, 'verification' | 'assistingAgency'>,
  credit: PartyCredit | null,
): { verification: VerificationClass; assistingAgency: string | null; reason: string } | null {
  if (!credit || item.verification !== 'online') return null;
  const { value, ruleVersion } = credit.grade;
  const imposed: GradeVerificationMethod | undefined = credit.rulebook.gradeMethods[value];
  if (!imposed) return null;
  const assisting = imposed === 'assistance' ? item.assistingAgency : null;
  const verification = assisting ? 'assistance' : 'on-site';
  const grade = `申请人信用等级为${value}（${creditGradeLabels[value].zh}），按本区信用规则第${ruleVersion}版`;
  return {
    verification,
    assistingAgency: assisting,
    reason:
      imposed === 'assistance' && !assisting
        ? `${grade}应改为协查，该证明事项未指定协助单位，改为现场核查`
        : `${grade}改为${assisting ? `协查（${assisting}）` : '现场核查'}`,
  };
}

/**
 * VER-1: one task per committed proof, due the item's time limit in working days after the decision
 * (SPEC §10 Clocks); an exempt item is not verified but marked for supervision (事中事后监管). The
 * party's credit may replace an online check (CRED-3, `gradeMethodOf`); the reason is in the method.
 */
export function planVerification(
  committed: readonly { commitmentId: string; item: ListItem }[],
  decidedOn: string,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
  credit: PartyCredit | null = null,
): PlannedTask[] {
  return committed.map(({ commitmentId, item }) => {
    const exempt = item.verification === 'exempt';
    const own = item.method || verificationClasses[item.verification].zh;
    const graded = gradeMethodOf(item, credit);
    return {
      commitmentId,
      proofName: item.name,
      kind: exempt ? 'supervision' : 'verification',
      verification: graded?.verification ?? item.verification,
      method: graded
        ? `${verificationClasses[graded.verification].zh}：${graded.reason}（原核查方法：${own}）`
        : own,
      assistingAgency: graded ? graded.assistingAgency : item.assistingAgency,
      due: exempt ? null : countDue(calendar, decidedOn, item.timeLimitWorkingDays),
      creditReason: graded?.reason ?? null,
    };
  });
}
