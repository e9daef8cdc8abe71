import { List, Tag } from 'antd';
import { formatDateTime } from '../../lib/dates.ts';
import type { AssistanceRequest } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { OutcomeTag, TaskDue } from './VerificationTags.tsx';

const stateColours: Record<AssistanceRequest['state'], string> = {
  open: 'purple',
  answered: 'green',
  withdrawn: 'default',
};

export function AssistanceStateTag({ state }: { state: AssistanceRequest['state'] }) {
  const { vt } = useVerificationTexts();
  return (
    <Tag color={stateColours[state]} data-testid="assistance-state">
      {vt(`assist.state.${state}`)}
    </Tag>
  );
}

/** VER-4 on a task's page: each request sent for it, with the answer once it came. */
export function AssistanceList({ requests }: { requests: AssistanceRequest[] }) {
  const { vt, language } = useVerificationTexts();
  return (
    <List
      size="small"
      data-testid="task-assistance"
      dataSource={requests}
      renderItem={(r) => (
        <List.Item>
          <div className="cn-ver-block">
            <div className="cn-ver-line">
              <strong>{r.assistingAgency}</strong>
              <AssistanceStateTag state={r.state} />
              <span className="cn-case-muted">
                {vt('assist.requestedAt', { at: formatDateTime(r.requestedAt, language) })}
              </span>
              {r.state === 'open' && (
                <span className="cn-case-muted">
                  {vt('assist.dueLabel')}
                  <TaskDue date={r.dueDate} overdue={r.overdue} />
                </span>
              )}
            </div>
            <div className="cn-case-event-note">{r.question}</div>
            {r.answer && (
              <div className="cn-ver-answer" data-testid="assistance-answer">
                <div className="cn-ver-line">
                  <strong>{vt('assist.answer')}</strong>
                  <OutcomeTag outcome={r.answerOutcome} />
                  <span className="cn-case-muted">{formatDateTime(r.answeredAt, language)}</span>
                </div>
                <div>{r.answer}</div>
              </div>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
