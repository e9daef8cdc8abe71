import { type VerificationClass, verificationClasses, verificationClassIds } from '@common/list-item.ts';
import { type TaskState, taskStateLabels, taskStates } from '@common/verification-task-states.ts';
import { Alert, Card, Input, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useAgencies } from '../../api/organisation.ts';
import { useVerificationTasks } from '../../api/verification.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { casePages } from '../cases/model.ts';
import { VerificationTag } from '../lists/VerificationTag.tsx';
import { type TaskRow, verificationPages } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { OutcomeTag, TaskDue, TaskStateTag } from './VerificationTags.tsx';
import '../cases/cases.css';
import './verification.css';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/**
 * VER-1: the verifier's workbench — the tasks of one's agency (or district), open ones soonest due
 * first, with state, outcome and overdue dates; filtered by state, method, matter and, for those who
 * see a whole district, agency. A row opens the task.
 */
export function VerificationTasksPage() {
  const { vt, language } = useVerificationTexts();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = oneOf<TaskState>(taskStates, params.get('state'));
  const method = oneOf<VerificationClass>(verificationClassIds, params.get('method'));
  const matter = params.get('matter')?.trim() || undefined;
  const agencyId = params.get('agency') || undefined;
  const districtWide = !me!.agency;
  const agencies = useAgencies(undefined, { enabled: districtWide });
  const tasks = useVerificationTasks({ state, method, matter, agencyId });
  const [matterText, setMatterText] = useState(matter ?? '');
  useEffect(() => setMatterText(matter ?? ''), [matter]);
  const setFilter = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const all = tasks.data ?? [];
  return (
    <Card className="cn-case-page" title={<PageTitle>{vt('tasks.title')}</PageTitle>}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {vt('tasks.intro')}
      </Typography.Paragraph>
      {tasks.error ? (
        <Alert type="error" showIcon title={applyServerError(null, tasks.error, language)} />
      ) : null}
      <div className="cn-case-toolbar" data-testid="task-filters">
        <Select<TaskState>
          allowClear
          aria-label={vt('filter.state')}
          placeholder={vt('filter.state')}
          value={state}
          onChange={(v) => setFilter('state', v)}
          className="cn-ver-filter"
          options={taskStates.map((s) => ({ value: s, label: taskStateLabels[s][language] }))}
        />
        <Select<VerificationClass>
          allowClear
          aria-label={vt('filter.method')}
          placeholder={vt('filter.method')}
          value={method}
          onChange={(v) => setFilter('method', v)}
          className="cn-ver-filter"
          options={verificationClassIds.map((m) => ({ value: m, label: verificationClasses[m][language] }))}
        />
        <Input.Search
          allowClear
          aria-label={vt('filter.matter')}
          placeholder={vt('filter.matter')}
          value={matterText}
          onChange={(e) => {
            setMatterText(e.target.value);
            if (!e.target.value) setFilter('matter', undefined);
          }}
          onSearch={(v) => setFilter('matter', v.trim() || undefined)}
          className="cn-case-search"
          maxLength={100}
        />
        {districtWide && (
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={vt('filter.agency')}
            placeholder={vt('filter.agency')}
            value={agencyId}
            onChange={(v) => setFilter('agency', v)}
            className="cn-ver-filter-wide"
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        )}
        <span className="cn-case-muted" aria-live="polite">
          {vt('tasks.count', {
            total: all.length,
            open: all.filter((t) => t.state !== 'done').length,
            overdue: all.filter((t) => t.overdue).length,
          })}
        </span>
      </div>
      <Table<TaskRow>
        rowKey="id"
        size="small"
        loading={tasks.loading}
        dataSource={all}
        data-testid="verification-tasks"
        pagination={all.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: districtWide ? 1350 : 1170 }}
        locale={{ emptyText: vt('tasks.empty') }}
        onRow={(t) => ({
          onClick: (e) => {
            if ((e.target as HTMLElement).closest('a')) return;
            void navigate(verificationPages.task(t.id));
          },
          className: 'cn-case-row-link',
        })}
        columns={[
          {
            title: vt('col.proof'),
            key: 'proof',
            width: 150,
            render: (_, t) => (
              <Link to={verificationPages.task(t.id)} className="cn-ver-strong">
                {t.proofName}
              </Link>
            ),
          },
          {
            title: vt('col.state'),
            key: 'state',
            width: 104,
            render: (_, t) => <TaskStateTag state={t.state} />,
          },
          {
            title: vt('col.outcome'),
            key: 'outcome',
            width: 96,
            render: (_, t) => (t.outcome ? <OutcomeTag outcome={t.outcome} /> : '—'),
          },
          {
            title: vt('col.due'),
            key: 'due',
            width: 150,
            render: (_, t) => <TaskDue date={t.dueDate} overdue={t.overdue} warnings={t.dueWarnings} />,
          },
          {
            title: vt('col.caseNo'),
            key: 'caseNo',
            width: 165,
            render: (_, t) => (
              <Link className="cn-case-nowrap" to={casePages.case(t.caseId)}>
                {t.caseNo}
              </Link>
            ),
          },
          { title: vt('col.matter'), dataIndex: 'matterName', key: 'matter', width: 180 },
          { title: vt('col.party'), dataIndex: 'partyName', key: 'party', width: 150 },
          {
            title: vt('col.verification'),
            key: 'verification',
            width: 180,
            render: (_, t) => <VerificationTag value={t.verification} assisting={t.assistingAgency} />,
          },
          ...(districtWide
            ? [{ title: vt('col.agency'), dataIndex: 'agencyName', key: 'agency', width: 180 }]
            : []),
        ]}
      />
    </Card>
  );
}
