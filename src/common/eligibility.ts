/** CRED-1 record kinds: a false commitment (虚假承诺), or other dishonesty found by an authority. */
export const creditRecordKinds = ['false-commitment', 'dishonesty'] as const;
export type CreditRecordKind = (typeof creditRecordKinds)[number];
export type CreditSeverity = 'serious' | 'general';

export interface CreditRecordFact {
  id: string;
  kind: CreditRecordKind;
  severity: CreditSeverity;
  description: string;
  recordedAt: Date;
  repairedAt: Date | null;
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

export const ELIGIBILITY_RULE =
  '申请人有较严重不良信用记录或者存在曾作出虚假承诺等情形的，在信用修复前不适用告知承诺制（崂山区方案四12；山亭区方案四(二)）';
export const ELIGIBILITY_RULE_EN =
  'An applicant with a serious bad credit record, or who has made a false commitment, may not use commitment until credit repair (LS §4.12; ST §4(2))';

const REPAIR =
  '完成失信行为整改后，可向作出认定的机关或区信用管理部门申请信用修复，提交整改证明材料；修复完成后即可重新选择告知承诺方式，原记录仍保留在诚信档案中。在此之前，请按一般程序提交证明材料办理。';
const REPAIR_EN =
  'After rectifying the conduct, apply for credit repair to the authority that made the finding or to the district credit office, with evidence of rectification; once repaired you may commit again (the record stays in your integrity file). Until then, submit the proofs under the ordinary procedure.';

/** Whether a record bars commitment: a false commitment, or serious dishonesty, not yet repaired. */
export const barsCommitment = (record: CreditRecordFact) =>
  record.repairedAt === null && (record.kind === 'false-commitment' || record.severity === 'serious');

const ELSEWHERE = '申请人在其他区县有尚未修复的失信记录（详情仅申请人本人和作出记录的区县可以查看）';

/**
 * CASE-2: evaluated from the party's integrity file at the moment given, and recorded on the case.
 * `seenFrom` is the district whose staff will read the answer: records of other districts still bar
 * commitment but appear as one line without their details (ORG-1). Null shows all (the party's own view).
 */
export function evaluateEligibility(
  records: readonly CreditRecordFact[],
  at: Date,
  seenFrom: string | null = null,
): Eligibility {
  const bars = records.filter(barsCommitment);
  const visible = (r: CreditRecordFact) => seenFrom === null || r.districtCode === seenFrom;
  const hidden = bars.filter((r) => !visible(r));
  const reasons: EligibilityReason[] = bars.filter(visible).map((r) => ({
    recordId: r.id,
    kind: r.kind,
    description: r.description,
    recordedAt: r.recordedAt.toISOString(),
    elsewhere: false,
  }));
  if (hidden.length > 0) {
    const serious = hidden.find((r) => r.kind === 'false-commitment') ?? hidden[0]!;
    reasons.push({
      recordId: null,
      kind: serious.kind,
      description: ELSEWHERE,
      recordedAt: null,
      elsewhere: true,
    });
  }
  return {
    eligible: bars.length === 0,
    rule: ELIGIBILITY_RULE,
    ruleEn: ELIGIBILITY_RULE_EN,
    evaluatedAt: at.toISOString(),
    reasons,
    repair: bars.length ? REPAIR : null,
    repairEn: bars.length ? REPAIR_EN : null,
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
        : `${kindEn[r.kind]}${r.recordedAt ? ` recorded on ${r.recordedAt.slice(0, 10)}` : ''} (“${r.description.replace(/[。.；;\s]+$/u, '')}”)`,
    )
    .join('; ');
