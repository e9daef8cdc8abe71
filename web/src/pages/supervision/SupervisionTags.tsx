import {
  type InspectionResult,
  inspectionResultLabels,
  type PlanState,
  parseStratum,
  planStateLabels,
  type RiskLevel,
  riskLevelLabels,
  stratumLabel,
} from '@common/inspection-plan-states.ts';
import { Tag } from 'antd';
import { usePreferences } from '../../lib/preferences.tsx';
import type { KeyStatus } from './model.ts';
import { useSupervisionTexts } from './texts.ts';

const planColours: Record<PlanState, string> = {
  draft: 'gold',
  approved: 'blue',
  drawn: 'orange',
  completed: 'green',
  cancelled: 'default',
};

/** SUP-1: 草拟中 / 已批准待抽取 / 已抽取检查中 / 已完成 / 已撤销. */
export function PlanStateTag({ state }: { state: PlanState }) {
  const { language } = usePreferences();
  return (
    <Tag color={planColours[state]} data-testid="plan-state">
      {planStateLabels[state][language]}
    </Tag>
  );
}

const riskColours: Record<RiskLevel, string> = { low: 'green', medium: 'gold', high: 'red' };

/** GOV-3: 低 / 中 / 高风险; an item not assessed counts as medium and says so. */
export function RiskTag({ level, assessed = true }: { level: RiskLevel; assessed?: boolean }) {
  const { st, language } = useSupervisionTexts();
  return (
    <Tag color={assessed ? riskColours[level] : 'default'} data-testid="risk-level">
      {riskLevelLabels[level][language]}
      {assessed ? '' : st('risk.unassessed')}
    </Tag>
  );
}

/** A stratum of a plan's pool: 中风险, 重点监管·高风险, 高风险·C级（失信）. */
export function StratumTag({ stratum }: { stratum: string }) {
  const { language } = usePreferences();
  const parts = parseStratum(stratum);
  const colour = !parts ? 'default' : parts.key || parts.grade ? 'volcano' : riskColours[parts.risk];
  return <Tag color={colour}>{stratumLabel(stratum)[language]}</Tag>;
}

/** SUP-1: 合格 / 不合格, or 待录入 while the result is still to come. */
export function ResultTag({ result }: { result: InspectionResult | null }) {
  const { st, language } = useSupervisionTexts();
  if (!result) return <Tag data-testid="inspection-result">{st('result.pending')}</Tag>;
  return (
    <Tag color={result === 'passed' ? 'green' : 'red'} data-testid="inspection-result">
      {inspectionResultLabels[result][language]}
    </Tag>
  );
}

const keyColours: Record<KeyStatus, string> = {
  active: 'volcano',
  scheduled: 'blue',
  expired: 'default',
  lifted: 'default',
};

/** SUP-2: 生效中 / 未开始 / 已到期 / 已解除. */
export function KeyStatusTag({ status }: { status: KeyStatus }) {
  const { st } = useSupervisionTexts();
  return (
    <Tag color={keyColours[status]} data-testid="key-status">
      {st(`key.status.${status}`)}
    </Tag>
  );
}
