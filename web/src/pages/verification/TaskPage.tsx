import { auditActionLabel } from '@common/audit-sentences.ts';
import { Alert, Card, Collapse, Descriptions, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/errors.ts';
import { useVerificationTask } from '../../api/verification.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { casePages } from '../cases/model.ts';
import { VerificationTag } from '../lists/VerificationTag.tsx';
import { AssistanceList } from './AssistanceList.tsx';
import { factLabel, verificationPages } from './model.ts';
import { TaskActions } from './TaskActions.tsx';
import { TaskEvidence } from './TaskEvidence.tsx';
import { useVerificationTexts } from './texts.ts';
import { OutcomeTag, TaskDue, TaskStateTag } from './VerificationTags.tsx';
import '../cases/cases.css';
import './verification.css';

/**
 * VER-1..7: one verification task as the verifier works on it: the commitment and the facts it
 * asserts, the item's method and standard, the evidence gathered (with the platform's comparison),
 * assistance, regularisation, the visit, the handling record of a falsity, and the history. The
 * steps offered are those the server allows (`allowedActions`).
 */
export function TaskPage() {
  const { id = '' } = useParams();
  const { vt, language } = useVerificationTexts();
  const loaded = useVerificationTask(id);
  const task = loaded.data?.id === id ? loaded.data : null;
  if (loaded.error && !task) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <Card className="cn-case-page">
        <Alert
          type={missing ? 'info' : 'error'}
          showIcon
          title={missing ? vt('task.notFound') : applyServerError(null, loaded.error, language)}
          action={<Link to={verificationPages.tasks}>{vt('common.back')}</Link>}
        />
      </Card>
    );
  }
  if (!task) return <Skeleton active />;
  const h2 = (key: Parameters<typeof vt>[0]) => (
    <Typography.Title level={2} className="cn-case-h2">
      {vt(key)}
    </Typography.Title>
  );
  return (
    <div className="cn-case-page cn-case-detail" data-testid="task-page">
      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={1} className="cn-case-h1">
            <span>{task.proofName}</span>
            <TaskStateTag state={task.state} />
            <OutcomeTag outcome={task.outcome} />
            {task.objection?.state === 'under-review' && (
              <Tag color="orange" data-testid="task-disputed">
                {vt('task.disputed')}
              </Tag>
            )}
          </Typography.Title>
        }
        extra={<Link to={verificationPages.tasks}>{vt('common.back')}</Link>}
      >
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, xl: 3 }}
          className="cn-case-facts"
          items={[
            {
              key: 'case',
              label: vt('col.caseNo'),
              children: <Link to={casePages.case(task.caseId)}>{task.caseNo}</Link>,
            },
            { key: 'matter', label: vt('col.matter'), children: task.matterName },
            {
              key: 'party',
              label: vt('col.party'),
              children: (
                <span>
                  {task.partyName}
                  <span className="cn-case-muted"> · {task.partyIdentifier}</span>
                </span>
              ),
            },
            { key: 'agency', label: vt('col.agency'), children: task.agencyName },
            {
              key: 'verification',
              label: vt('col.verification'),
              children: (
                <Space size={4} wrap>
                  <VerificationTag value={task.verification} assisting={task.assistingAgency} />
                  {task.kind === 'supervision' && <Tag>{vt('kind.supervision')}</Tag>}
                </Space>
              ),
            },
            { key: 'decided', label: vt('col.decidedOn'), children: formatDate(task.decidedOn, language) },
            {
              key: 'due',
              label: vt('col.due'),
              children: <TaskDue date={task.dueDate} overdue={task.overdue} warnings={task.dueWarnings} />,
            },
          ]}
        />
        {task.outcome && (
          <Alert
            type={task.outcome === 'true' ? 'success' : task.outcome === 'false' ? 'error' : 'warning'}
            showIcon
            className="cn-case-inline-alert"
            data-testid="task-result"
            title={vt('task.result', { outcome: vt(`outcome.${task.outcome}`) })}
            description={
              task.objection && task.objection.state !== 'under-review'
                ? `${task.outcomeReason ?? ''}（${vt(`task.objection.${task.objection.state}`)}：${task.objection.answer ?? ''}）`
                : task.outcomeReason
            }
          />
        )}
        {task.handlingId && (
          <Alert
            type="error"
            showIcon
            className="cn-case-inline-alert"
            data-testid="task-handling"
            title={vt('task.handling')}
            action={<Link to={verificationPages.handling(task.handlingId)}>{vt('task.handlingLink')}</Link>}
          />
        )}
        <TaskActions task={task} reload={loaded.reload} />
      </Card>

      <Card className="cn-case-section" title={h2('task.commitment')}>
        {task.commitment.facts.length > 0 ? (
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 2 }}
            data-testid="committed-facts"
            items={task.commitment.facts.map((f) => ({
              key: f.key,
              label: factLabel(task.commitment.recordType, f, language),
              children: f.value,
            }))}
          />
        ) : (
          <Typography.Paragraph type="secondary" className="cn-case-note">
            {vt('task.noFacts')}
          </Typography.Paragraph>
        )}
        <p className="cn-case-muted cn-ver-signed">
          {vt('task.signedAt', { at: formatDateTime(task.commitment.signedAt, language) })}
        </p>
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'check',
              label: vt('task.checkInfo'),
              children: (
                <dl className="cn-case-terms">
                  <dt>{vt('task.textSm3')}</dt>
                  <dd className="cn-ver-hash">{task.commitment.textSm3}</dd>
                </dl>
              ),
            },
          ]}
        />
      </Card>

      <Card className="cn-case-section" title={h2('task.methodTitle')}>
        <dl className="cn-case-terms">
          <dt>{vt('task.method')}</dt>
          <dd>{task.method}</dd>
          <dt>{vt('task.standard')}</dt>
          <dd>{task.standard || '—'}</dd>
          {task.followUp && (
            <>
              <dt>{vt('task.followUp')}</dt>
              <dd>{vt(`followUp.${task.followUp as 'assistance' | 'on-site' | 'none'}`)}</dd>
            </>
          )}
        </dl>
      </Card>

      <Card className="cn-case-section" title={h2('evidence.title')}>
        {task.evidence.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={vt('evidence.none')} />
        ) : (
          <TaskEvidence task={task} />
        )}
      </Card>

      {task.assistance.length > 0 && (
        <Card className="cn-case-section" title={h2('task.assistance')}>
          <AssistanceList requests={task.assistance} />
        </Card>
      )}

      {task.regularisation && (
        <Card className="cn-case-section" title={h2('task.regularisation')}>
          <dl className="cn-case-terms" data-testid="task-regularisation">
            <dt>{vt('regularisation.request')}</dt>
            <dd>{task.regularisation.request}</dd>
            <dt>{vt('regularisation.due')}</dt>
            <dd>{formatDate(task.regularisation.dueDate, language)}</dd>
            <dt>{vt('regularisation.state')}</dt>
            <dd>
              <Tag color={task.regularisation.state === 'open' ? 'orange' : 'default'}>
                {vt(`regularisation.state.${task.regularisation.state}`)}
              </Tag>
            </dd>
          </dl>
        </Card>
      )}

      {task.visit && (
        <Card className="cn-case-section" title={h2('task.visit')}>
          <dl className="cn-case-terms" data-testid="task-visit">
            <dt>{vt('visit.date')}</dt>
            <dd>{formatDate(task.visit.scheduledOn, language)}</dd>
            <dt>{vt('visit.address')}</dt>
            <dd>{task.visit.address}</dd>
            <dt>{vt('visit.inspectors')}</dt>
            <dd>
              {task.visit.inspectors
                .map((i) => vt('visit.inspector', { name: i.name, no: i.certificateNo }))
                .join('、')}
            </dd>
            <dt>{vt('visit.state')}</dt>
            <dd>
              <Tag color={task.visit.state === 'recorded' ? 'green' : 'blue'}>
                {vt(`visit.state.${task.visit.state}`)}
              </Tag>
            </dd>
            {task.visit.findings && (
              <>
                <dt>{vt('visit.findings')}</dt>
                <dd>{task.visit.findings}</dd>
              </>
            )}
          </dl>
          <Link to={verificationPages.visits}>{vt('task.visitsLink')}</Link>
        </Card>
      )}

      <Card className="cn-case-section" title={h2('task.history')}>
        <Timeline
          className="cn-case-history"
          data-testid="task-history"
          items={task.history.map((h, i) => {
            return {
              key: `${h.at}-${i}`,
              content: (
                <div className="cn-case-event">
                  <div>
                    <time className="cn-case-event-time" dateTime={h.at}>
                      {formatDateTime(h.at, language)}
                    </time>{' '}
                    <strong>{auditActionLabel(h.action)[language]}</strong>
                  </div>
                  <div className="cn-case-muted">{h.actorName}</div>
                  {h.note && <div className="cn-case-event-note">{h.note}</div>}
                </div>
              ),
            };
          })}
        />
      </Card>
    </div>
  );
}
