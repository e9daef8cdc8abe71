import { caseStateLabels } from '@common/case-states.ts';
import { Tag } from 'antd';
import { ProvisionalMark } from '../../components/DueDate.tsx';
import { formatDate } from '../../lib/dates.ts';
import { usePreferences } from '../../lib/preferences.tsx';
import { caseStateColours, commitmentStateLabels, dueTone } from './model.ts';
import { useCaseTexts } from './texts.ts';
import type { CaseState, CommitmentState } from './types.ts';

/** A case's state; `label` is the case's own (a decision in its matter's words), else the generic one. */
export function CaseStateTag({ state, label }: { state: CaseState; label?: { zh: string; en: string } }) {
  const { language } = usePreferences();
  return (
    <Tag color={caseStateColours[state]} data-testid="case-state">
      {(label ?? caseStateLabels[state])[language]}
    </Tag>
  );
}

export function CommitmentStateTag({ state }: { state: CommitmentState }) {
  const { language } = usePreferences();
  const label = commitmentStateLabels[state];
  return <Tag color={label.colour}>{label[language]}</Tag>;
}

/** A due date, red when overdue and orange within two days (CASE-7 queues). */
export function DueDate({
  date,
  warnings,
}: {
  date: string | null;
  warnings?: readonly { message: string; messageEn: string }[];
}) {
  const { ct, language } = useCaseTexts();
  if (!date) return <>—</>;
  const tone = dueTone(date);
  return (
    <span className={tone ? `cn-case-due cn-case-due-${tone}` : 'cn-case-due'}>
      {formatDate(date, language)}
      {tone && (
        <Tag color={tone === 'overdue' ? 'red' : 'orange'} className="cn-case-due-tag">
          {ct(tone === 'overdue' ? 'queue.overdue' : 'queue.dueSoon')}
        </Tag>
      )}
      <ProvisionalMark warnings={warnings} />
    </span>
  );
}
