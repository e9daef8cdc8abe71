import { Alert, Button, Card, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useVerificationTasks, useVisitProposals, useVisits } from '../../api/verification.ts';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import type { TaskRow, Visit, VisitProposal } from './model.ts';
import { verificationPages } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { OutcomeTag, TaskStateTag } from './VerificationTags.tsx';
import { RecordVisitModal, type ScheduleStart, ScheduleVisitModal } from './VisitModals.tsx';
import '../cases/cases.css';
import './verification.css';

/** An on-site task still to visit: planned or in progress, not yet in a visit. */
const toVisit = (t: TaskRow) =>
  t.verification === 'on-site' && ['planned', 'in-progress'].includes(t.state) && !t.visitId;

/**
 * VER-3: on-site verification. Tasks one visit could check (the same party or place) are proposed
 * together (避免烦企扰民); a visit is scheduled with two or more inspectors and their 执法证号, and its
 * findings and each task's result are recorded after it.
 */
export function VisitsPage() {
  const { vt, language } = useVerificationTexts();
  const visits = useVisits();
  const proposals = useVisitProposals();
  const tasks = useVerificationTasks({ method: 'on-site' });
  const [params, setParams] = useSearchParams();
  const [scheduling, setScheduling] = useState<ScheduleStart | null>(null);
  const [recording, setRecording] = useState<Visit | null>(null);
  const taskById = new Map((tasks.data ?? []).map((t) => [t.id, t]));
  const candidates = (tasks.data ?? []).filter(toVisit);

  // Opened from a task's page (?task=…): the dialog starts with that task.
  const asked = params.get('task');
  useEffect(() => {
    if (!asked || !tasks.data) return;
    const task = tasks.data.find((t) => t.id === asked);
    if (task && toVisit(task)) setScheduling({ taskIds: [task.id], address: '' });
    setParams({}, { replace: true });
  }, [asked, tasks.data, setParams]);

  const error = visits.error ?? proposals.error ?? tasks.error;
  return (
    <div className="cn-case-page cn-case-detail" data-testid="visits-page">
      <Card
        className="cn-case-section"
        title={<PageTitle>{vt('visits.title')}</PageTitle>}
        extra={
          <Button
            type="primary"
            disabled={candidates.length === 0}
            onClick={() => setScheduling({ taskIds: [], address: '' })}
          >
            {vt('visits.schedule')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" className="cn-case-intro">
          {vt('visits.intro')}
        </Typography.Paragraph>
        {error ? <Alert type="error" showIcon title={applyServerError(null, error, language)} /> : null}
        <Typography.Title level={2} className="cn-case-h2 cn-ver-h2">
          {vt('visits.proposals')}
        </Typography.Title>
        {(proposals.data ?? []).length === 0 ? (
          <Typography.Paragraph type="secondary" className="cn-case-note" data-testid="visit-proposals-none">
            {proposals.loading ? vt('common.loading') : vt('visits.proposalsNone')}
          </Typography.Paragraph>
        ) : (
          <List<VisitProposal>
            grid={{ gutter: 16, xs: 1, md: 2, xl: 3 }}
            data-testid="visit-proposals"
            dataSource={proposals.data ?? []}
            renderItem={(p) => (
              <List.Item>
                <Card
                  size="small"
                  title={
                    <Space wrap size={4}>
                      <Tag color="blue">{vt(`visits.reason.${p.reason}`)}</Tag>
                      <span>{p.partyName}</span>
                    </Space>
                  }
                  actions={[
                    <Button
                      key="merge"
                      type="link"
                      onClick={() => setScheduling({ taskIds: p.tasks.map((t) => t.id), address: p.address })}
                    >
                      {vt('visits.merge')}
                    </Button>,
                  ]}
                >
                  {p.address && <p className="cn-case-muted">{p.address}</p>}
                  <ul className="cn-ver-plain-list">
                    {p.tasks.map((t) => (
                      <li key={t.id}>
                        <Link to={verificationPages.task(t.id)}>{t.proofName}</Link>
                        <span className="cn-case-muted">
                          {' '}
                          · {t.caseNo}
                          {taskById.get(t.id) ? ` · ${taskById.get(t.id)!.matterName}` : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                </Card>
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={2} className="cn-case-h2">
            {vt('visits.list')}
          </Typography.Title>
        }
      >
        <Table<Visit>
          rowKey="id"
          size="small"
          loading={visits.loading}
          dataSource={visits.data ?? []}
          data-testid="visits"
          pagination={false}
          scroll={{ x: 1180 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={vt('visits.none')} />,
          }}
          columns={[
            {
              title: vt('visit.date'),
              dataIndex: 'scheduledOn',
              key: 'date',
              width: 130,
              render: (day: string) => formatDate(day, language),
            },
            {
              title: vt('visit.state'),
              key: 'state',
              width: 110,
              render: (_, v) =>
                v.state === 'scheduled' ? (
                  <Button size="small" type="primary" onClick={() => setRecording(v)}>
                    {vt('visits.record')}
                  </Button>
                ) : (
                  <Tag color="green">{vt('visit.state.recorded')}</Tag>
                ),
            },
            { title: vt('visit.address'), dataIndex: 'address', key: 'address', width: 190 },
            {
              title: vt('visit.inspectors'),
              key: 'inspectors',
              width: 200,
              render: (_, v) => (
                <ul className="cn-ver-plain-list">
                  {v.inspectors.map((i) => (
                    <li key={i.certificateNo}>
                      {vt('visit.inspector', { name: i.name, no: i.certificateNo })}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              title: vt('visit.tasks'),
              key: 'tasks',
              width: 340,
              render: (_, v) => (
                <ul className="cn-ver-plain-list" data-testid="visit-tasks">
                  {v.tasks.map((t) => {
                    const row = taskById.get(t.id);
                    return (
                      <li key={t.id}>
                        <Link to={verificationPages.task(t.id)}>{t.proofName}</Link>
                        <span className="cn-case-muted">
                          {' '}
                          · {t.caseNo}
                          {row ? ` · ${row.matterName} · ${row.partyName}` : ''}
                        </span>{' '}
                        {row &&
                          (row.outcome ? (
                            <OutcomeTag outcome={row.outcome} />
                          ) : (
                            <TaskStateTag state={row.state} />
                          ))}
                      </li>
                    );
                  })}
                </ul>
              ),
            },
            {
              title: vt('visit.findings'),
              key: 'findings',
              width: 240,
              render: (_, v) => v.findings ?? '—',
            },
          ]}
        />
      </Card>
      <ScheduleVisitModal start={scheduling} candidates={candidates} onClose={() => setScheduling(null)} />
      <RecordVisitModal visit={recording} onClose={() => setRecording(null)} />
    </div>
  );
}
