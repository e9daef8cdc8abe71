import { Button, Collapse, List, Table, Tag } from 'antd';
import { evidenceUrl } from '../../api/verification.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { comparisonOf, type Discrepancy, type Evidence, factLabel, type TaskDetail } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { outcomeColours } from './VerificationTags.tsx';

const kindColours: Record<string, string> = {
  'shared-data': 'blue',
  'assistance-answer': 'purple',
  'on-site-record': 'orange',
  correction: 'gold',
  attachment: 'default',
};
const kinds = ['shared-data', 'assistance-answer', 'on-site-record', 'correction', 'attachment'] as const;
type Kind = (typeof kinds)[number];
const knownKind = (kind: string): kind is Kind => (kinds as readonly string[]).includes(kind);

/** VER-2: a commitment against the shared data, fact by fact: 事实 / 承诺 / 记录. */
export function Discrepancies({ rows, recordType }: { rows: Discrepancy[]; recordType: string | null }) {
  const { vt, language } = useVerificationTexts();
  return (
    <Table<Discrepancy>
      rowKey="fact"
      size="small"
      pagination={false}
      dataSource={rows}
      className="cn-ver-discrepancies"
      data-testid="discrepancies"
      columns={[
        {
          title: vt('evidence.fact'),
          key: 'fact',
          render: (_, d) => factLabel(recordType, { key: d.fact, label: d.label }, language),
        },
        {
          title: vt('evidence.committed'),
          key: 'committed',
          render: (_, d) => <span className="cn-ver-committed">{d.committed}</span>,
        },
        {
          title: vt('evidence.recorded'),
          key: 'recorded',
          render: (_, d) => (
            <span>
              <span className="cn-ver-recorded">{d.recorded}</span>
              {d.minor && (
                <Tag color="gold" className="cn-ver-minor">
                  {vt('evidence.minor')}
                </Tag>
              )}
            </span>
          ),
        },
      ]}
    />
  );
}

/** VER-2..7: the evidence of a task, oldest first: what it is, when, its file and, for shared data, the comparison. */
export function TaskEvidence({ task }: { task: TaskDetail }) {
  const { vt, language } = useVerificationTexts();
  return (
    <List<Evidence>
      itemLayout="vertical"
      size="small"
      data-testid="task-evidence"
      dataSource={task.evidence}
      renderItem={(e) => {
        const comparison = comparisonOf(e);
        return (
          <List.Item key={e.id}>
            <div className="cn-ver-line">
              <Tag color={kindColours[e.kind] ?? 'default'}>
                {knownKind(e.kind) ? vt(`evidence.kind.${e.kind}`) : vt('evidence.kind.other')}
              </Tag>
              <time className="cn-case-event-time" dateTime={e.recordedAt}>
                {formatDateTime(e.recordedAt, language)}
              </time>
              {comparison && (
                <Tag color={outcomeColours[comparison.outcome]} data-testid="comparison-outcome">
                  {vt('evidence.comparison', { outcome: vt(`outcome.${comparison.outcome}`) })}
                </Tag>
              )}
              {comparison?.goodFaithPossible && (
                <Tag color="gold" data-testid="good-faith">
                  {vt('evidence.goodFaith')}
                </Tag>
              )}
              {e.documentId && (
                <Button
                  size="small"
                  href={evidenceUrl(task.id, e.id)}
                  aria-label={vt('evidence.downloadOf', { at: formatDateTime(e.recordedAt, language) })}
                >
                  {vt('evidence.download')}
                </Button>
              )}
            </div>
            <p className="cn-ver-summary">
              {comparison ? (language === 'zh' ? e.summary : comparison.reasonEn) : e.summary}
            </p>
            {comparison && comparison.discrepancies.length > 0 && (
              <Discrepancies rows={comparison.discrepancies} recordType={task.commitment.recordType} />
            )}
            {e.sm3 && (
              <Collapse
                size="small"
                ghost
                items={[
                  {
                    key: 'check',
                    label: vt('task.checkInfo'),
                    children: (
                      <dl className="cn-case-terms">
                        <dt>{vt('evidence.sm3')}</dt>
                        <dd className="cn-ver-hash">{e.sm3}</dd>
                      </dl>
                    ),
                  },
                ]}
              />
            )}
          </List.Item>
        );
      }}
    />
  );
}
