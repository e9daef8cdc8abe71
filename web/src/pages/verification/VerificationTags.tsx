import { handlingActionLabels, handlingStageLabels } from '@common/false-commitment-rules.ts';
import {
  type TaskOutcome,
  type TaskState,
  taskOutcomeLabels,
  taskStateLabels,
} from '@common/verification-task-states.ts';
import { Tag } from 'antd';
import { ProvisionalMark } from '../../components/DueDate.tsx';
import { formatDate } from '../../lib/dates.ts';
import { usePreferences } from '../../lib/preferences.tsx';
import type { Handling, HandlingAction } from './model.ts';
import { useVerificationTexts } from './texts.ts';

const stateColours: Record<TaskState, string> = {
  planned: 'gold',
  'in-progress': 'blue',
  'awaiting-assistance': 'purple',
  regularising: 'orange',
  done: 'default',
};

/** VER-1: 待核查 / 核查中 / 待协查回复 / 补正中 / 已完成. */
export function TaskStateTag({ state }: { state: TaskState }) {
  const { language } = usePreferences();
  return (
    <Tag color={stateColours[state]} data-testid="task-state">
      {taskStateLabels[state][language]}
    </Tag>
  );
}

/** VER-6: 属实 green, 不实 red, 无法核查 orange (the tags' text is darkened to AA contrast). */
export const outcomeColours: Record<TaskOutcome, string> = {
  true: 'green',
  false: 'red',
  unverifiable: 'orange',
};

export function OutcomeTag({ outcome }: { outcome: TaskOutcome | null }) {
  const { language } = usePreferences();
  if (!outcome) return null;
  return (
    <Tag color={outcomeColours[outcome]} data-testid="task-outcome">
      {taskOutcomeLabels[outcome][language]}
    </Tag>
  );
}

/** SUP-3: found before or after the decision. */
export function HandlingStageTag({ stage }: { stage: Handling['stage'] }) {
  const { language } = usePreferences();
  return (
    <Tag color={stage === 'before-decision' ? 'blue' : 'volcano'} data-testid="handling-stage">
      {handlingStageLabels[stage][language]}
    </Tag>
  );
}

/** SUP-3: a handling action's name. */
export function useHandlingActionLabel() {
  const { language } = usePreferences();
  return (kind: HandlingAction['kind']) => handlingActionLabels[kind][language];
}

const actionStateColours: Record<HandlingAction['state'], string> = {
  'in-force': 'gold',
  complied: 'green',
  'not-complied': 'red',
};

/** SUP-3: a rectification is complied with or not; any other action, once taken, is carried out. */
export function HandlingActionStateTag({ kind, state }: Pick<HandlingAction, 'kind' | 'state'>) {
  const { vt } = useVerificationTexts();
  return (
    <Tag color={actionStateColours[state]}>
      {kind !== 'rectify' && state === 'complied'
        ? vt('handling.actionState.done')
        : vt(`handling.actionState.${state}`)}
    </Tag>
  );
}

/** A due date of verification, red with 已逾期 when the server says it is overdue. */
export function TaskDue({
  date,
  overdue,
  warnings,
}: {
  date: string | null;
  overdue: boolean;
  warnings?: readonly { message: string; messageEn: string }[];
}) {
  const { vt, language } = useVerificationTexts();
  if (!date) return <>{vt('due.none')}</>;
  return (
    <span className={overdue ? 'cn-case-due cn-case-due-overdue' : 'cn-case-due'} data-testid="due">
      {formatDate(date, language)}
      {overdue && (
        <Tag color="red" className="cn-case-due-tag">
          {vt('due.overdue')}
        </Tag>
      )}
      <ProvisionalMark warnings={warnings} />
    </span>
  );
}
