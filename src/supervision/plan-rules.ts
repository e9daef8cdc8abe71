import { type CreditGrade, gradeRank } from '../common/credit-rules.ts';
import {
  type GradedGrade,
  gradedGrades,
  type RiskLevel,
  riskLevels,
  stratumName,
} from '../common/inspection-plan-states.ts';
import { invalid } from '../platform/errors.ts';

/** SUP-1: sampling rates in percent per GOV-3 risk level. */
export type RiskRates = Record<RiskLevel, number>;

/** SUP-1/CRED-3: optional sampling rates in percent per credit grade (B, C, D; A samples by risk). */
export type GradeRates = Partial<Record<GradedGrade, number>>;

export interface PlanTerms {
  title: string;
  periodFrom: string;
  periodTo: string;
  drawOn: string;
  rates: RiskRates;
  gradeRates: GradeRates;
  inspectorsPerObject: number;
}

const isRate = (rate: number) =>
  rate >= 0 && rate <= 100 && Math.abs(Math.round(rate * 100) - rate * 100) <= 1e-6;
const badRate = (field: string) =>
  invalid(
    field,
    '抽查比例应为 0–100 之间的百分数（最多两位小数）',
    'A rate is a percentage from 0 to 100 with at most two decimals',
  );

/** The checks a form schema cannot express; the first failing field is named. */
export function checkPlanTerms(terms: PlanTerms, today: string): void {
  if (!terms.title.trim()) throw invalid('title', '请填写计划名称', 'Give the plan a title');
  if (terms.periodFrom > terms.periodTo)
    throw invalid('periodTo', '决定日期区间的结束日不能早于开始日', 'The period cannot end before it starts');
  if (terms.drawOn < today)
    throw invalid('drawOn', '抽取日期不能早于今天', 'The draw date cannot be in the past');
  for (const level of riskLevels) if (!isRate(terms.rates[level])) throw badRate(`rates.${level}`);
  for (const grade of gradedGrades) {
    const rate = terms.gradeRates[grade];
    if (rate !== undefined && !isRate(rate)) throw badRate(`gradeRates.${grade}`);
  }
  if (terms.inspectorsPerObject < 2)
    throw invalid(
      'inspectorsPerObject',
      '每个检查对象至少选派 2 名执法人员',
      'Send at least 2 inspectors per object',
    );
}

/** What decides a case's stratum, read at approval (SUP-1, SUP-2, CRED-3). */
export interface StratumFacts {
  risk: RiskLevel;
  /** The item or the party is under key supervision (重点监管), or a record in effect says so. */
  keySupervised: boolean;
  /** The party's grade at approval. */
  grade: CreditGrade;
  /** The largest `samplingRaise` among the party's records in effect (percentage points). */
  samplingRaise: number;
}

/** The rate a grade itself asks for: the highest set for it or a better grade, so worse never samples less. */
const gradeFloor = (grade: CreditGrade, gradeRates: GradeRates) =>
  Math.max(0, ...gradedGrades.filter((g) => gradeRank(g) <= gradeRank(grade)).map((g) => gradeRates[g] ?? 0));

/**
 * SUP-1/SUP-2/CRED-3: a case's stratum and its rate. The stratum is the highest risk of its committed
 * items, `key-` when under key supervision, `-gradeX` when the party's grade matters (C and D always, B
 * when the plan sets a B rate) and `-raiseN` when its records raise the rate, so each name has one
 * rate: min(100, max(risk rate [+ key raise], grade rate) + raise).
 */
export function stratumOf(
  facts: StratumFacts,
  terms: Pick<PlanTerms, 'rates' | 'gradeRates'>,
  keyRaise: number,
): { stratum: string; rate: number } {
  const graded = facts.grade !== 'A' && (facts.grade !== 'B' || terms.gradeRates.B !== undefined);
  const riskRate = terms.rates[facts.risk] + (facts.keySupervised ? keyRaise : 0);
  return {
    stratum: stratumName({
      risk: facts.risk,
      key: facts.keySupervised,
      grade: graded ? (facts.grade as GradedGrade) : null,
      raise: facts.samplingRaise,
    }),
    // Rounded to hundredths: the sum of two-decimal rates must stay one (0.1 + 0.2 is not 0.3).
    rate:
      Math.round(
        Math.min(100, Math.max(riskRate, gradeFloor(facts.grade, terms.gradeRates)) + facts.samplingRaise) *
          100,
      ) / 100,
  };
}

export function highestRisk(levels: readonly (RiskLevel | undefined)[]): RiskLevel {
  const rank = (level: RiskLevel | undefined) => riskLevels.indexOf(level ?? 'medium');
  if (levels.length === 0) return 'medium';
  return riskLevels[Math.max(...levels.map(rank))]!;
}

/**
 * The rate of every stratum: each risk level's and its key-supervised one (published with every plan),
 * and the graded or raised strata the pool has.
 */
export function stratumRates(
  terms: Pick<PlanTerms, 'rates' | 'gradeRates'>,
  keyRaise: number,
  poolStrata: readonly { stratum: string; rate: number }[] = [],
): Record<string, number> {
  const base = riskLevels.flatMap((risk) =>
    [false, true].map((key) =>
      stratumOf({ risk, keySupervised: key, grade: 'A', samplingRaise: 0 }, terms, keyRaise),
    ),
  );
  return Object.fromEntries([...base, ...poolStrata].map(({ stratum, rate }) => [stratum, rate]));
}

export interface PoolCase {
  caseNo: string;
  agencyId: string;
  partyIdentifier: string;
}

export interface PlannedInspector {
  number: string;
  agencyId: string;
  /** Identifiers of the companies and people the inspector declared a conflict with (回避). */
  conflicts: readonly string[];
}

/**
 * Who may not inspect which case: anyone with a declared conflict with its party, and, where the plan
 * says so, the inspectors of the agency that handled it. Only cases with exclusions are listed.
 */
export function exclusionsOf(
  pool: readonly PoolCase[],
  inspectors: readonly PlannedInspector[],
  excludeHandlingAgency: boolean,
): Record<string, string[]> {
  const byParty = new Map<string, string[]>();
  for (const inspector of inspectors)
    for (const party of inspector.conflicts)
      byParty.set(party, [...(byParty.get(party) ?? []), inspector.number]);
  const byAgency = new Map<string, string[]>();
  if (excludeHandlingAgency)
    for (const inspector of inspectors)
      byAgency.set(inspector.agencyId, [...(byAgency.get(inspector.agencyId) ?? []), inspector.number]);
  const exclusions: Record<string, string[]> = {};
  for (const c of pool) {
    const excluded = new Set([
      ...(byParty.get(c.partyIdentifier) ?? []),
      ...(byAgency.get(c.agencyId) ?? []),
    ]);
    if (excluded.size > 0) exclusions[c.caseNo] = [...excluded].sort();
  }
  return exclusions;
}
