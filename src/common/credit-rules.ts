import { invalid } from '../platform/errors.ts';

/**
 * CRED-2/CRED-3: the district credit office's rulebook (信用规则), kept as versioned data. Each
 * dishonesty category (失信类别) says what conduct it covers, the grade a party holds while such a
 * record is in effect, its punishments, how long it counts and when repair may be applied for. A new
 * version applies to records made after it; every record names the version it was made under.
 */

export const creditGrades = ['A', 'B', 'C', 'D'] as const;
export type CreditGrade = (typeof creditGrades)[number];

export const creditGradeLabels: Record<CreditGrade, { zh: string; en: string }> = {
  A: { zh: '守信', en: 'Trustworthy' },
  B: { zh: '基本守信', en: 'Largely trustworthy' },
  C: { zh: '失信', en: 'Dishonest' },
  D: { zh: '严重失信', en: 'Seriously dishonest' },
};

/** Worse grades rank higher. */
export const gradeRank = (grade: CreditGrade) => creditGrades.indexOf(grade);
export const worseGrade = (a: CreditGrade, b: CreditGrade) => (gradeRank(a) >= gradeRank(b) ? a : b);

/** The categories a false commitment is classified into (CRED-2); a rulebook must define each. */
export const falseCommitmentCategories = ['general', 'major', 'serious'] as const;
export type FalseCommitmentCategory = (typeof falseCommitmentCategories)[number];

export interface Punishments {
  /** 不适用告知承诺制 until repaired (CASE-2). */
  noCommitment: boolean;
  /** 列为重点监管对象 (SUP-2). */
  keySupervision: boolean;
  /** Percentage points added to the party's sampling rate in double-random plans (SUP-1). */
  samplingRaise: number;
}

export interface DishonestyCategory {
  code: string;
  name: string;
  nameEn: string;
  /** The conduct the category covers, in the rule's words. */
  criteria: string;
  basis: string;
  /** The grade a party holds at best while a record of this category is in effect. */
  grade: Exclude<CreditGrade, 'A'>;
  punishments: Punishments;
  /** How long a record counts (公示期); it then stays in the file without effect. */
  durationMonths: number;
  /** Months after the record before repair (信用修复) may be applied for. */
  repairWaitingMonths: number;
}

/** The verification methods a grade may impose on new cases instead of online only (VER-1). */
export type GradeVerificationMethod = 'assistance' | 'on-site';

export interface CreditRulebook {
  version: number;
  categories: DishonestyCategory[];
  /** A party whose last record ended (repaired or expired) within these months is graded B, not A. */
  recentMonths: number;
  /** The grades that may use commitment (CASE-2). */
  commitmentGrades: CreditGrade[];
  /** 根据信用状况确定核查方式: the method imposed on online checks of parties of a grade. */
  gradeMethods: Partial<Record<CreditGrade, GradeVerificationMethod>>;
  /** CRED-4: working days the credit office has to decide a repair application. */
  repairDecisionWorkingDays: number;
  /** CRED-5: working days to re-examine an objection. */
  objectionReviewWorkingDays: number;
  /** Where the numbers come from, and what is an example (示例) rather than a cited rule. */
  note: string;
}

const BASIS_42 = '《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）';
const BASIS_58 = '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令2023年第58号）';

/** Version 1 of every district: the seeds' categories, with durations that are examples (示例). */
export const defaultRulebook: CreditRulebook = {
  version: 1,
  recentMonths: 12,
  commitmentGrades: ['A', 'B'],
  gradeMethods: { C: 'assistance', D: 'on-site' },
  repairDecisionWorkingDays: 10,
  objectionReviewWorkingDays: 10,
  note: '类别依据两区实施方案第四部分；期限与等级划分为示例（示例），以区信用主管部门发布的规则为准。',
  categories: [
    {
      code: 'general',
      name: '一般失信',
      nameEn: 'General dishonesty',
      criteria: '作出虚假承诺，在责令整改期限内完成整改',
      basis: BASIS_42,
      grade: 'C',
      punishments: { noCommitment: true, keySupervision: false, samplingRaise: 10 },
      durationMonths: 12,
      repairWaitingMonths: 3,
    },
    {
      code: 'major',
      name: '较重失信',
      nameEn: 'Major dishonesty',
      criteria: '作出虚假承诺，逾期未整改或者行政决定被撤销',
      basis: BASIS_42,
      grade: 'C',
      punishments: { noCommitment: true, keySupervision: true, samplingRaise: 20 },
      durationMonths: 24,
      repairWaitingMonths: 6,
    },
    {
      code: 'serious',
      name: '严重失信',
      nameEn: 'Serious dishonesty',
      criteria: '多次作出虚假承诺，或者因虚假承诺受到行政处罚、被移送司法机关',
      basis: `${BASIS_42}；${BASIS_58}`,
      grade: 'D',
      punishments: { noCommitment: true, keySupervision: true, samplingRaise: 30 },
      durationMonths: 36,
      repairWaitingMonths: 12,
    },
    {
      code: 'minor',
      name: '轻微失信（其他部门认定）',
      nameEn: 'Minor dishonesty (found by another authority)',
      criteria: '其他部门依法认定并共享的一般失信信息，不影响适用告知承诺制',
      basis: BASIS_58,
      grade: 'B',
      punishments: { noCommitment: false, keySupervision: false, samplingRaise: 0 },
      durationMonths: 12,
      repairWaitingMonths: 3,
    },
  ],
};

/** What the officer may change; the version is assigned on publication. */
export type CreditRulebookInput = Omit<CreditRulebook, 'version'>;

/** CRED-2: checks a new rulebook before it is published, naming the first wrong field. */
export function checkRulebook(input: CreditRulebookInput): void {
  const codes = input.categories.map((c) => c.code);
  input.categories.forEach((c, i) => {
    if (codes.indexOf(c.code) !== i)
      throw invalid(
        `categories[${i}].code`,
        `类别代码「${c.code}」重复`,
        `Category code "${c.code}" repeats`,
      );
    if (c.punishments.noCommitment && input.commitmentGrades.includes(c.grade))
      throw invalid(
        `categories[${i}].grade`,
        `「${c.name}」禁止适用告知承诺，其等级不能是可适用告知承诺的等级 ${c.grade}`,
        `"${c.nameEn}" bars commitment, so its grade cannot be one that may commit (${c.grade})`,
      );
    if (c.repairWaitingMonths > c.durationMonths)
      throw invalid(
        `categories[${i}].repairWaitingMonths`,
        '修复等待期不能长于记录有效期',
        'The waiting period for repair cannot be longer than the record counts',
      );
  });
  falseCommitmentCategories.forEach((code) => {
    if (!codes.includes(code))
      throw invalid(
        'categories',
        `规则必须包含虚假承诺的类别「${code}」`,
        `The rules must define the false-commitment category "${code}"`,
      );
  });
  for (const field of ['repairDecisionWorkingDays', 'objectionReviewWorkingDays'] as const)
    if (!Number.isInteger(input[field]) || input[field] < 1 || input[field] > 60)
      throw invalid(field, '工作日数应为1至60的整数', 'Working days must be a whole number from 1 to 60');
  // A party whose records have all ended is graded A or B: both must be able to commit again (CRED-4).
  if (!input.commitmentGrades.includes('A') || !input.commitmentGrades.includes('B'))
    throw invalid(
      'commitmentGrades',
      '守信（A级）和基本守信（B级）申请人必须可以适用告知承诺',
      'Grades A and B must be able to commit',
    );
}

export const categoryOf = (rulebook: CreditRulebook, code: string): DishonestyCategory => {
  const category = rulebook.categories.find((c) => c.code === code);
  if (!category)
    throw invalid(
      'category',
      `规则第${rulebook.version}版没有类别「${code}」`,
      `Version ${rulebook.version} has no category "${code}"`,
    );
  return category;
};

/** The outcomes of a handling record (SUP-3) that decide a false commitment's category. */
export interface HandlingOutcome {
  kind: 'terminate' | 'rectify' | 'revoke' | 'penalise' | 'transfer';
  state: 'in-force' | 'complied' | 'not-complied';
}

/**
 * CRED-2: the category of a false commitment from what followed it: repeated (an earlier false
 * commitment of the party), a penalty or a judicial transfer → 严重; a revoked decision or an order
 * to rectify not complied with → 较重; otherwise (rectified in time, or nothing yet) → 一般.
 * Outcomes only ever add to the list, so a record's category only ever rises.
 */
export function falseCommitmentCategory(options: {
  earlierFalseCommitments: number;
  outcomes: readonly HandlingOutcome[];
}): FalseCommitmentCategory {
  const { outcomes } = options;
  if (options.earlierFalseCommitments > 0) return 'serious';
  if (outcomes.some((o) => o.kind === 'penalise' || o.kind === 'transfer')) return 'serious';
  if (outcomes.some((o) => o.kind === 'revoke' || (o.kind === 'rectify' && o.state === 'not-complied')))
    return 'major';
  return 'general';
}

/** Adds calendar months in UTC (durations and waiting periods are counted in months). */
export function addMonths(date: Date, months: number): Date {
  const next = new Date(date.getTime());
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}
