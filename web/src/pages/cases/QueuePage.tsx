import { isClosed } from '@common/case-states.ts';
import { Alert, Card, Input, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useCases } from '../../api/cases.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { casePages } from './model.ts';
import { CaseStateTag, DueDate } from './StateTags.tsx';
import { type CaseTextKey, useCaseTexts } from './texts.ts';
import type { CaseRow } from './types.ts';
import './cases.css';

type QueueTab = 'submitted' | 'needs-correction' | 'accepted' | 'closed' | 'all';
const tabs: QueueTab[] = ['submitted', 'needs-correction', 'accepted', 'closed', 'all'];

const inTab = (tab: QueueTab, c: CaseRow) =>
  tab === 'all' ? true : tab === 'closed' ? isClosed(c.state) : c.state === tab;

/** CASE-7: the handling officer's queue by state, with due dates that turn orange and red. */
export function QueuePage() {
  const { ct, language } = useCaseTexts();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const cases = useCases();
  const requested = params.get('tab') as QueueTab | null;
  const tab: QueueTab = requested && tabs.includes(requested) ? requested : 'submitted';
  const query = params.get('q') ?? '';
  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const all = (cases.data ?? []).filter((c) => c.state !== 'draft');
  const q = query.trim();
  const shown = all.filter(
    (c) => inTab(tab, c) && (!q || `${c.caseNo}\n${c.applicantName}\n${c.matterName}`.includes(q)),
  );
  return (
    <Card className="cn-case-page" title={<PageTitle>{ct('queue.title')}</PageTitle>}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {ct('queue.intro')}
      </Typography.Paragraph>
      {cases.error ? (
        <Alert type="error" showIcon title={applyServerError(null, cases.error, language)} />
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParam('tab', key === 'submitted' ? undefined : key)}
        items={tabs.map((key) => ({
          key,
          label: (
            <span>
              {ct(`queue.tab.${key}` as CaseTextKey)}
              <Tag className="cn-case-tab-count">{all.filter((c) => inTab(key, c)).length}</Tag>
            </span>
          ),
        }))}
      />
      <div className="cn-case-toolbar">
        <Input.Search
          allowClear
          defaultValue={query}
          aria-label={ct('queue.search')}
          placeholder={ct('queue.search')}
          onChange={(e) => setParam('q', e.target.value || undefined)}
          className="cn-case-search"
        />
      </div>
      <Table<CaseRow>
        rowKey="id"
        size="middle"
        loading={cases.loading}
        dataSource={shown}
        data-testid="case-queue"
        scroll={{ x: 1000 }}
        pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: ct('queue.empty') }}
        onRow={(c) => ({
          onClick: (e) => {
            if ((e.target as HTMLElement).closest('a')) return;
            void navigate(casePages.case(c.id));
          },
          className: 'cn-case-row-link',
        })}
        columns={[
          {
            title: ct('col.caseNo'),
            key: 'caseNo',
            width: 170,
            render: (_, c) => (
              <>
                <Link className="cn-case-nowrap" to={casePages.case(c.id)}>
                  {c.caseNo}
                </Link>
                {c.likelyDuplicate && (
                  <Tag color="orange" className="cn-case-duplicate" data-testid="likely-duplicate">
                    {ct('repeat.tag')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: ct('col.applicant'),
            key: 'applicant',
            render: (_, c) => (
              <span>
                {c.applicantName}
                <Typography.Text type="secondary"> · {ct(`kind.${c.applicantKind}`)}</Typography.Text>
              </span>
            ),
          },
          { title: ct('col.matter'), dataIndex: 'matterName', key: 'matter' },
          {
            title: ct('col.channel'),
            key: 'channel',
            width: 100,
            render: (_, c) => <Tag>{ct(`channel.${c.channel}`)}</Tag>,
          },
          {
            title: ct('col.proofs'),
            key: 'proofs',
            width: 130,
            render: (_, c) => (
              <span title={ct('queue.proofCount', { committed: c.committed, total: c.proofCount })}>
                {c.committed} / {c.proofCount}
              </span>
            ),
          },
          {
            title: ct('col.submitted'),
            key: 'submitted',
            width: 150,
            render: (_, c) => formatDateTime(c.submittedAt, language),
          },
          {
            title: ct('col.due'),
            key: 'due',
            width: 170,
            render: (_, c) => <DueDate date={c.dueDate} warnings={c.dueWarnings} />,
          },
          {
            title: ct('col.state'),
            key: 'state',
            width: 110,
            render: (_, c) => <CaseStateTag state={c.state} label={c.stateLabel} />,
          },
        ]}
      />
    </Card>
  );
}
