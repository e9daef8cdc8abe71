import {
  describeIdentifierProblem,
  validateCreditCode,
  validateResidentId,
} from '@common/identifiers/index.ts';
import type { Answer } from '../../api/answers.ts';
import type { Language } from '../../lib/preferences.tsx';

/** The workbench addresses of the supervision pages (SUP-1/2, GOV-3) and the public results. */
export const supervisionPages = {
  plans: '/workbench/inspection-plans',
  plan: (id: string) => `/workbench/inspection-plans/${id}`,
  inspectors: '/workbench/inspectors',
  keySupervision: '/workbench/key-supervision',
  /** 一公开: a district's published plans and results, which anyone can read and re-run. */
  publicResults: (district: string) => `/public/inspections?district=${encodeURIComponent(district)}`,
};

export type PlanRow = Answer<'/api/supervision/{district}/plans'>[number];
export type PlanDetail = Answer<'/api/supervision/plans/{id}'>;
export type PlanObject = PlanDetail['objects'][number];
export type Stratum = PlanDetail['strata'][number];
export type Inspector = Answer<'/api/supervision/{district}/inspectors'>[number];
export type Conflict = Inspector['conflicts'][number];
export type KeySupervision = Answer<'/api/supervision/{district}/key-supervisions'>[number];
export type ItemRisk = Answer<'/api/supervision/{district}/item-risks'>[number];

/** How an entry of the key-supervision list stands today. */
export type KeyStatus = 'active' | 'scheduled' | 'expired' | 'lifted';
export function keyStatusOf(entry: KeySupervision, today: string): KeyStatus {
  if (entry.liftedAt) return 'lifted';
  if (entry.active) return 'active';
  return entry.startsOn > today ? 'scheduled' : 'expired';
}

/**
 * a 居民身份证号 (17 digits and a check character) or a 统一社会信用代码, checked with the same
 * rules as the server, which reads an identifier of unknown kind the same way.
 */
export function anyIdentifierRule(language: Language) {
  return {
    validator: async (_: unknown, value?: string) => {
      const v = value?.trim();
      if (!v) return;
      const person = /^\d{17}[\dXx]$/.test(v);
      if (person && validateCreditCode(v).ok) return;
      const result = person ? validateResidentId(v) : validateCreditCode(v);
      if (!result.ok) {
        const problem = describeIdentifierProblem(result.reason, person ? 'resident-id' : 'credit-code');
        throw new Error(language === 'zh' ? problem.zh : problem.en);
      }
    },
  };
}
