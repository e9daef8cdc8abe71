import { defineWorkflow } from '../platform/workflow.ts';
import { type CreditGrade, creditGradeLabels } from './credit-rules.ts';

/** SUP-1: a sampling plan (抽查计划) from its draft to its published results. */
export const planStates = ['draft', 'approved', 'drawn', 'completed', 'cancelled'] as const;
export type PlanState = (typeof planStates)[number];

export const planActions = ['edit', 'approve', 'cancel', 'draw', 'record-result', 'complete'] as const;
export type PlanAction = (typeof planActions)[number];

export const planStateLabels: Record<PlanState, { zh: string; en: string }> = {
  draft: { zh: '草拟中', en: 'Draft' },
  approved: { zh: '已批准待抽取', en: 'Approved, awaiting the draw' },
  drawn: { zh: '已抽取检查中', en: 'Drawn, inspecting' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

export const planActionLabels: Record<PlanAction, { zh: string; en: string }> = {
  edit: { zh: '修改计划', en: 'Edit the plan' },
  approve: { zh: '批准并冻结对象库', en: 'Approve and freeze the pool' },
  cancel: { zh: '撤销计划', en: 'Cancel the plan' },
  draw: { zh: '公开抽取', en: 'Draw' },
  'record-result': { zh: '录入检查结果', en: 'Record a result' },
  complete: { zh: '办结并公示', en: 'Complete' },
};

/**
 * Approval freezes the plan: its pool, rates and inspectors never change after it (a database
 * trigger holds that too), and the seed's hash is public before the draw, so no one can steer it.
 */
export const planWorkflow = defineWorkflow<PlanState, PlanAction, 'planner'>({
  states: planStateLabels,
  actions: planActionLabels,
  transitions: [
    { from: ['draft'], action: 'edit', to: 'draft', by: 'planner' },
    { from: ['draft'], action: 'approve', to: 'approved', by: 'planner' },
    { from: ['draft'], action: 'cancel', to: 'cancelled', by: 'planner' },
    { from: ['approved'], action: 'draw', to: 'drawn', by: 'planner' },
    { from: ['drawn'], action: 'record-result', to: 'drawn', by: 'planner' },
    { from: ['drawn'], action: 'complete', to: 'completed', by: 'planner' },
  ],
  refusal: (state, action) => ({
    zh: `抽查计划当前为「${planStateLabels[state].zh}」，不能「${planActionLabels[action].zh}」`,
    en: `A plan that is ${planStateLabels[state].en.toLowerCase()} cannot take "${planActionLabels[action].en}"`,
  }),
});

/** GOV-3: an item's risk level; an item not assessed counts as medium. */
export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskLevelLabels: Record<RiskLevel, { zh: string; en: string }> = {
  low: { zh: '低风险', en: 'Low risk' },
  medium: { zh: '中风险', en: 'Medium risk' },
  high: { zh: '高风险', en: 'High risk' },
};

/** SUP-1: 合格 / 不合格. */
export const inspectionResults = ['passed', 'failed'] as const;
export type InspectionResult = (typeof inspectionResults)[number];
export const inspectionResultLabels: Record<InspectionResult, { zh: string; en: string }> = {
  passed: { zh: '合格', en: 'Passed' },
  failed: { zh: '不合格', en: 'Failed' },
};

/** Declared conflicts of an inspector (回避): a company, a person, a relative's company. */
export const conflictKinds = ['company', 'person', 'relative-company'] as const;
export type ConflictKind = (typeof conflictKinds)[number];
export const conflictKindLabels: Record<ConflictKind, { zh: string; en: string }> = {
  company: { zh: '本人关联企业', en: 'A company of their own' },
  person: { zh: '利害关系人', en: 'A related person' },
  'relative-company': { zh: '近亲属关联企业', en: 'A relative’s company' },
};

/** CRED-3: the grades a plan may set a sampling rate for (A samples by risk alone). */
export const gradedGrades = ['B', 'C', 'D'] as const satisfies readonly CreditGrade[];
export type GradedGrade = (typeof gradedGrades)[number];

export interface StratumParts {
  risk: RiskLevel;
  key: boolean;
  grade: GradedGrade | null;
  /** Percentage points the party's records add (0: none). */
  raise: number;
}

/** A stratum's name: `[key-]<risk>[-grade<B|C|D>][-raise<N>]`, e.g. `key-high-gradeD-raise30`. */
export const stratumName = ({ risk, key, grade, raise }: StratumParts) =>
  `${key ? 'key-' : ''}${risk}${grade ? `-grade${grade}` : ''}${raise > 0 ? `-raise${raise}` : ''}`;

const STRATUM = /^(key-)?(low|medium|high)(?:-grade([BCD]))?(?:-raise(\d+(?:\.\d+)?))?$/;

/** A stratum's name read back; null for a name of another form (e.g. a test vector's 一般). */
export function parseStratum(stratum: string): StratumParts | null {
  const match = STRATUM.exec(stratum);
  if (!match) return null;
  const [, key, risk, grade, raise] = match;
  return {
    risk: risk as RiskLevel,
    key: key !== undefined,
    grade: (grade as GradedGrade | undefined) ?? null,
    raise: raise ? Number(raise) : 0,
  };
}

/**
 * A stratum as people read it: 中风险, 重点监管·高风险, 高风险·C级（失信）·上调10个百分点
 * (see supervision/plan-rules.ts); a name it does not know is shown as it is.
 */
export function stratumLabel(stratum: string): { zh: string; en: string } {
  const parsed = parseStratum(stratum);
  if (!parsed) return { zh: stratum, en: stratum };
  const { key, risk, grade, raise } = parsed;
  const level = riskLevelLabels[risk];
  const parts = [
    ...(key ? [{ zh: '重点监管', en: 'Key supervision' }] : []),
    level,
    ...(grade
      ? [
          {
            zh: `${grade}级（${creditGradeLabels[grade].zh}）`,
            en: `Grade ${grade} (${creditGradeLabels[grade].en.toLowerCase()})`,
          },
        ]
      : []),
    ...(raise ? [{ zh: `上调${raise}个百分点`, en: `raised ${raise} points` }] : []),
  ];
  return { zh: parts.map((p) => p.zh).join('·'), en: parts.map((p) => p.en).join(' · ') };
}
