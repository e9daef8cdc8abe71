import { Alert, Card, Empty, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useCases } from '../../api/cases.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { casePages } from './model.ts';
import { CaseStateTag, DueDate } from './StateTags.tsx';
import { useCaseTexts } from './texts.ts';
import type { CaseRow } from './types.ts';
import './cases.css';
import { ButtonLink } from '../../components/ButtonLink.tsx';

/** CASE-7: an applicant's cases with their state, clock and result. */
export function MyCasesPage() {
  const { ct, language } = useCaseTexts();
  const cases = useCases();
  const rows = cases.data ?? [];
  return (
    <Card
      className="cn-case-page"
      title={<PageTitle>{ct('mine.title')}</PageTitle>}
      extra={
        <ButtonLink to={casePages.apply} type="primary">
          {ct('mine.apply')}
        </ButtonLink>
      }
    >
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {ct('mine.intro')}
      </Typography.Paragraph>
      {cases.error ? (
        <Alert type="error" showIcon title={applyServerError(null, cases.error, language)} />
      ) : null}
      <Table<CaseRow>
        rowKey="id"
        size="middle"
        loading={cases.loading}
        dataSource={rows}
        data-testid="my-cases"
        scroll={{ x: 900 }}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{
          emptyText: (
            <Empty description={ct('mine.empty')}>
              <Link to={casePages.apply}>{ct('mine.apply')}</Link>
            </Empty>
          ),
        }}
        columns={[
          {
            title: ct('col.caseNo'),
            key: 'caseNo',
            width: 170,
            render: (_, c) => (
              <Link className="cn-case-nowrap" to={casePages.case(c.id)}>
                {c.caseNo}
              </Link>
            ),
          },
          { title: ct('col.matter'), dataIndex: 'matterName', key: 'matter' },
          {
            title: ct('col.state'),
            key: 'state',
            width: 110,
            render: (_, c) => <CaseStateTag state={c.state} label={c.stateLabel} />,
          },
          {
            title: ct('col.submitted'),
            key: 'submitted',
            width: 160,
            render: (_, c) => formatDateTime(c.submittedAt, language),
          },
          {
            title: ct('col.due'),
            key: 'due',
            width: 170,
            render: (_, c) => <DueDate date={c.dueDate} warnings={c.dueWarnings} />,
          },
          {
            title: ct('col.result'),
            key: 'result',
            render: (_, c) =>
              c.decisionNo ? (
                <span>
                  {formatDate(c.decidedOn, language)} · {c.decisionNo}
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
