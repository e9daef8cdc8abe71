import type { RiskLevel } from '../common/inspection-plan-states.ts';
import { riskLevels } from '../common/inspection-plan-states.ts';
import { invalid } from '../platform/errors.ts';

/** SUP-1: sampling rates in percent per GOV-3 risk level. */
export type RiskRates = Record<RiskLevel, number>;

export interface PlanTerms {
  title: string;
  periodFrom: string;
  periodTo: string;
  drawOn: string;
  rates: RiskRates;
  inspectorsPerObject: number;
}

/** The checks a form schema cannot express; the first failing field is named. */
export function checkPlanTerms(terms: PlanTerms, today: string): void {
  if (!terms.title.trim()) throw invalid('title', '请填写计划名称', 'Give the plan a title');
  if (terms.periodFrom > terms.periodTo)
    throw invalid('periodTo', '决定日期区间的结束日不能早于开始日', 'The period cannot end before it starts');
  if (terms.drawOn < today)
    throw invalid('drawOn', '抽取日期不能早于今天', 'The draw date cannot be in the past');
  for (const level of riskLevels) {
    const rate = terms.rates[level];
    if (!(rate >= 0 && rate <= 100) || Math.abs(Math.round(rate * 100) - rate * 100) > 1e-6)
      throw invalid(
        `rates.${level}`,
        '抽查比例应为 0–100 之间的百分数（最多两位小数）',
        'A rate is a percentage from 0 to 100 with at most two decimals',
      );
  }
  if (terms.inspectorsPerObject < 2)
    throw invalid(
      'inspectorsPerObject',
      '每个检查对象至少选派 2 名执法人员',
      'Send at least 2 inspectors per object',
    );
}

/**
 * SUP-1/SUP-2: a case's stratum is the highest risk of its committed items, and a separate stratum
 * when the item or the party is under key supervision (重点监管), so its raised rate applies to it alone.
 */
export const stratumOf = (risk: RiskLevel, keySupervised: boolean) => (keySupervised ? `key-${risk}` : risk);

export function highestRisk(levels: readonly (RiskLevel | undefined)[]): RiskLevel {
  const rank = (level: RiskLevel | undefined) => riskLevels.indexOf(level ?? 'medium');
  if (levels.length === 0) return 'medium';
  return riskLevels[Math.max(...levels.map(rank))]!;
}

/** The rate of every stratum: each risk level's, and the key-supervised one raised (capped at 100). */
export function stratumRates(rates: RiskRates, keyRaise: number): Record<string, number> {
  return Object.fromEntries(
    riskLevels.flatMap((level) => [
      [level, rates[level]],
      [`key-${level}`, Math.min(100, rates[level] + keyRaise)],
    ]),
  );
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
