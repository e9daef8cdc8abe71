import { Tag, Timeline } from 'antd';
import { type MessageKey, useT } from '../../lib/i18n.ts';
import { zh as messages } from '../../lib/messages.ts';
import { formatTime } from './model.ts';
import type { CaseDetail } from './types.ts';

const known = (key: string): key is MessageKey => key in messages;

/** CASE-7: the case's history from the audit chain: when, what, who, on which proof, and why. */
export function CaseHistory({ history }: { history: CaseDetail['history'] }) {
  const { t, language } = useT();
  return (
    <Timeline
      className="cn-case-history"
      data-testid="case-history"
      items={history.map((h, i) => {
        const action = `audit.action.${h.action}`;
        const role = `role.${h.actorRole}`;
        return {
          key: `${h.at}-${i}`,
          content: (
            <div className="cn-case-event">
              <div>
                <time className="cn-case-event-time" dateTime={h.at}>
                  {formatTime(h.at, language)}
                </time>{' '}
                <strong className="cn-case-event-action">{known(action) ? t(action) : h.action}</strong>
                {h.proof && <Tag className="cn-case-event-proof">{h.proof}</Tag>}
              </div>
              <div className="cn-case-muted">
                {h.actorName}
                {known(role) ? ` · ${t(role)}` : ''}
              </div>
              {h.note && <div className="cn-case-event-note">{h.note}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
