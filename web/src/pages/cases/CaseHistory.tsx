import { auditActionLabel } from '@common/audit-sentences.ts';
import { Tag, Timeline } from 'antd';
import { formatDateTime } from '../../lib/dates.ts';
import { type MessageKey, useT } from '../../lib/i18n.ts';
import { zh as messages } from '../../lib/messages.ts';
import type { CaseDetail } from './types.ts';

const known = (key: string): key is MessageKey => key in messages;

/**
 * CASE-7: the case's history from the audit chain: when, what, who, on which proof, and why. The
 * decision is named in the words of the case's matter (准予给付 …), not the audit log's generic ones.
 */
export function CaseHistory({
  history,
  wording,
}: {
  history: CaseDetail['history'];
  wording: CaseDetail['decisionWording'];
}) {
  const { t, language } = useT();
  const decided: Record<string, string> = {
    'case.approved': wording.approvedState[language],
    'case.refused': wording.refusedState[language],
  };
  return (
    <Timeline
      className="cn-case-history"
      data-testid="case-history"
      items={history.map((h, i) => {
        const role = `role.${h.actorRole}`;
        return {
          key: `${h.at}-${i}`,
          content: (
            <div className="cn-case-event">
              <div>
                <time className="cn-case-event-time" dateTime={h.at}>
                  {formatDateTime(h.at, language)}
                </time>{' '}
                <strong className="cn-case-event-action">
                  {decided[h.action] ?? auditActionLabel(h.action)[language]}
                </strong>
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
