import {
  type CreditGrade,
  type CreditRulebook,
  creditGradeLabels,
  type DishonestyCategory,
  worseGrade,
} from './credit-rules.ts';
import { formatDate } from './dates.ts';
import { eligibilityRule } from './eligibility-rule.ts';

/** CRED-1 record kinds: a false commitment (虚假承诺), or other dishonesty found by an authority. */
export const creditRecordKinds = ['false-commitment', 'dishonesty'] as const;
export type CreditRecordKind = (typeof creditRecordKinds)[number];

/** A record of the integrity file with the category of the rule version it was made under. */
export interface CreditRecordFact {
  id: string;
  kind: CreditRecordKind;
  category: DishonestyCategory;
  description: string;
  recordedAt: Date;
  /** When it stops counting (its category's duration); null: until repaired. */
  expiresAt: Date | null;
  repairedAt: Date | null;
  /** Set aside after an objection (CRED-5): it never counted. */
  correctedAt: Date | null;
  /** 异议中: an objection to it is under review (CRED-5). */
  disputed: boolean;
  /** The district that recorded it. */
  districtCode?: string;
}

export interface EligibilityReason {
  /** Null for records of another district, which are named but not shown (ORG-1). */
  recordId: string | null;
  kind: CreditRecordKind;
  description: string;
  recordedAt: string | null;
  elsewhere: boolean;
  disputed: boolean;
}

export interface Eligibility {
  eligible: boolean;
  /** The rule applied, quoted so the case shows why. */
  rule: string;
  ruleEn: string;
  evaluatedAt: string;
  reasons: EligibilityReason[];
  /** How the applicant gets commitment back (CRED-4). */
  repair: string | null;
  repairEn: string | null;
}

/** CRED-3: a party's grade, why, and under which version of the rules. */
export interface CreditStanding {
  value: CreditGrade;
  reason: string;
  reasonEn: string;
  ruleVersion: number;
}

const REPAIR =
  '完成失信行为整改后，可向作出认定的机关或区信用管理部门申请信用修复，提交整改证明材料；修复完成后即可重新选择告知承诺方式，原记录仍保留在诚信档案中。在此之前，请按一般程序提交证明材料办理。';
const REPAIR_EN =
  'After rectifying the conduct, apply for credit repair to the authority that made the finding or to the district credit office, with evidence of rectification; once repaired you may commit again (the record stays in your integrity file). Until then, submit the proofs under the ordinary procedure.';

/** Whether a record counts at a moment: made, not repaired, not set aside, not expired. */
export const inEffect = (record: CreditRecordFact, at: Date) =>
  record.recordedAt <= at &&
  (record.repairedAt === null || record.repairedAt > at) &&
  record.correctedAt === null &&
  (record.expiresAt === null || record.expiresAt > at);

/** Whether a record bars commitment now: in effect, and its category's punishment or grade says so. */
export const barsCommitment = (record: CreditRecordFact, rulebook: CreditRulebook, at: Date) =>
  inEffect(record, at) &&
  (record.category.punishments.noCommitment || !rulebook.commitmentGrades.includes(record.category.grade));

const ELSEWHERE = '申请人在其他区县有尚未修复的失信记录（详情仅申请人本人和作出记录的区县可以查看）';

/**
 * CASE-2: evaluated from the party's integrity file at the moment given, and recorded on the case.
 * `seenFrom` is the district whose staff will read the answer: records of other districts still bar
 * commitment but appear as one line without their details (ORG-1). Null shows all (the party's own view).
 * `schemeDistrict` is the district whose scheme the rule is quoted from: the case's (by default the
 * reader's).
 */
export function evaluateEligibility(
  records: readonly CreditRecordFact[],
  rulebook: CreditRulebook,
  at: Date,
  seenFrom: string | null = null,
  schemeDistrict: string | null = seenFrom,
): Eligibility {
  const bars = records.filter((r) => barsCommitment(r, rulebook, at));
  const visible = (r: CreditRecordFact) => seenFrom === null || r.districtCode === seenFrom;
  const hidden = bars.filter((r) => !visible(r));
  const reasons: EligibilityReason[] = bars.filter(visible).map((r) => ({
    recordId: r.id,
    kind: r.kind,
    description: r.description,
    recordedAt: r.recordedAt.toISOString(),
    elsewhere: false,
    disputed: r.disputed,
  }));
  if (hidden.length > 0) {
    const serious = hidden.find((r) => r.kind === 'false-commitment') ?? hidden[0]!;
    reasons.push({
      recordId: null,
      kind: serious.kind,
      description: ELSEWHERE,
      recordedAt: null,
      elsewhere: true,
      disputed: false,
    });
  }
  return {
    eligible: bars.length === 0,
    ...eligibilityRule(bars.length === 0, schemeDistrict),
    evaluatedAt: at.toISOString(),
    reasons,
    repair: bars.length ? REPAIR : null,
    repairEn: bars.length ? REPAIR_EN : null,
  };
}

const MONTH_MS = 30.44 * 86_400_000;

/**
 * CRED-3, the grading rule (documented in docs/credit-push.md): the worst grade among the categories
 * of records in effect; with none in effect, B when a record ended (repaired or expired) within the
 * rulebook's recent months, else A. Corrected records never count. Records of other districts count
 * but are not quoted to staff (ORG-1).
 */
export function gradeOf(
  records: readonly CreditRecordFact[],
  rulebook: CreditRulebook,
  at: Date,
  seenFrom: string | null = null,
): CreditStanding {
  const active = records.filter((r) => inEffect(r, at));
  const label = (r: CreditRecordFact) =>
    seenFrom === null || r.districtCode === seenFrom
      ? `${r.category.name}：${r.description.replace(/[。；\s]+$/u, '')}${r.disputed ? '（异议中）' : ''}`
      : '其他区县的失信记录';
  const labelEn = (r: CreditRecordFact) =>
    seenFrom === null || r.districtCode === seenFrom
      ? `${r.category.nameEn}${r.disputed ? ' (under objection)' : ''}`
      : 'a record of another district';
  const base = { ruleVersion: rulebook.version };
  if (active.length > 0) {
    const value = active.map((r) => r.category.grade).reduce<CreditGrade>(worseGrade, 'B');
    const worst = active.filter((r) => r.category.grade === value);
    return {
      ...base,
      value,
      reason: `${creditGradeLabels[value].zh}：有${worst.length}条在有效期内的失信记录（${worst.map(label).join('；')}）`,
      reasonEn: `${creditGradeLabels[value].en}: ${worst.length} record(s) in effect (${worst.map(labelEn).join('; ')})`,
    };
  }
  const ended = records.filter((r) => r.correctedAt === null && r.recordedAt <= at);
  const endOf = (r: CreditRecordFact) =>
    Math.min(
      r.repairedAt?.getTime() ?? Number.POSITIVE_INFINITY,
      r.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY,
    );
  const recent = ended.filter((r) => at.getTime() - endOf(r) < rulebook.recentMonths * MONTH_MS);
  if (recent.length > 0)
    return {
      ...base,
      value: 'B',
      reason: `${creditGradeLabels.B.zh}：近${rulebook.recentMonths}个月内有已修复或已届满的失信记录（${recent.map(label).join('；')}）`,
      reasonEn: `${creditGradeLabels.B.en}: a record repaired or expired within the last ${rulebook.recentMonths} months`,
    };
  return {
    ...base,
    value: 'A',
    reason: `${creditGradeLabels.A.zh}：诚信档案中没有在有效期内或近${rulebook.recentMonths}个月内结束的失信记录`,
    reasonEn: `${creditGradeLabels.A.en}: no record in effect or ended within the last ${rulebook.recentMonths} months`,
  };
}

/** The records barring commitment as one sentence, for messages and case notes. */
export const barringRecords = (eligibility: Eligibility, separator = '；') =>
  eligibility.reasons.map((r) => r.description.replace(/[。.；;\s]+$/u, '')).join(separator);

const kindEn: Record<CreditRecordKind, string> = {
  'false-commitment': 'a false commitment',
  dishonesty: 'a serious dishonesty record',
};

/**
 * The same in English: what each record is and when it was made, its own (Chinese) wording quoted,
 * since records are written by the authorities in Chinese only.
 */
export const barringRecordsEn = (eligibility: Eligibility) =>
  eligibility.reasons
    .map((r) =>
      r.elsewhere
        ? 'an unrepaired record in another district (its details are shown only to you and that district)'
        : `${kindEn[r.kind]}${r.recordedAt ? ` recorded on ${formatDate(r.recordedAt, 'en')}` : ''} (“${r.description.replace(/[。.；;\s]+$/u, '')}”)`,
    )
    .join('; ');
