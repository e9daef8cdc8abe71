import { Alert, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { usePlans } from '../../api/supervision.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { DistrictPicker, type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { type PlanRow, supervisionPages } from './model.ts';
import { PlanFormModal } from './PlanForm.tsx';
import { PlanStateTag } from './SupervisionTags.tsx';
import { useSupervisionTexts } from './texts.ts';
import '../cases/cases.css';
import './supervision.css';

/**
 * SUP-1 (双随机、一公开): the district's sampling plans. A regulator drafts one (its period, matters,
 * rates per risk level and who inspects), approves it (freezing the pool and publishing the seed's
 * hash), draws it on its date and records the results; auditors read along.
 */
function Plans({ staff }: { staff: StaffDistrict }) {
  const { st, language } = useSupervisionTexts();
  const { me } = useAuth();
  const navigate = useNavigate();
  const district = staff.code;
  const plans = usePlans(district);
  const [creating, setCreating] = useState(false);
  const canPlan = me!.permissions.includes('supervision.plan') && Boolean(me!.agency);
  return (
    <div className="cn-case-page cn-case-detail" data-testid="plans-page">
      <Card
        className="cn-case-section"
        title={<PageTitle>{st('plans.title')}</PageTitle>}
        extra={
          <Space wrap>
            <DistrictPicker district={staff} />
            {canPlan && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {st('plans.create')}
              </Button>
            )}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary" className="cn-case-intro">
          {st('plans.intro')}{' '}
          <Link to={supervisionPages.publicResults(district)}>{st('plans.publicLink')}</Link>
        </Typography.Paragraph>
        {plans.error ? (
          <Alert type="error" showIcon title={applyServerError(null, plans.error, language)} />
        ) : null}
        <Table<PlanRow>
          rowKey="id"
          size="small"
          loading={plans.loading}
          dataSource={plans.data ?? []}
          data-testid="plans"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('plans.none')} />,
          }}
          columns={[
            {
              title: st('plan.title'),
              key: 'title',
              render: (_, p) => (
                <Link className="cn-sup-cell cn-sup-w12" to={supervisionPages.plan(p.id)}>
                  {p.title}
                </Link>
              ),
            },
            {
              title: st('plan.agency'),
              key: 'agency',
              render: (_, p) => <span className="cn-sup-cell cn-sup-w8">{p.agencyName}</span>,
            },
            {
              title: st('plan.period'),
              key: 'period',
              className: 'cn-case-nowrap',
              render: (_, p) =>
                st('common.range', {
                  from: formatDate(p.periodFrom, language),
                  to: formatDate(p.periodTo, language),
                }),
            },
            {
              title: st('plan.drawOn'),
              dataIndex: 'drawOn',
              key: 'drawOn',
              className: 'cn-case-nowrap',
              render: (day: string) => formatDate(day, language),
            },
            {
              title: st('plan.state'),
              key: 'state',
              render: (_, p) => <PlanStateTag state={p.state} />,
            },
            {
              title: st('plan.poolSize'),
              key: 'pool',
              align: 'right',
              className: 'cn-case-nowrap',
              render: (_, p) =>
                p.poolSize === null ? (
                  <span className="cn-case-muted">{st('plans.poolAtApproval')}</span>
                ) : (
                  st('common.cases', { n: p.poolSize })
                ),
            },
            {
              title: st('plans.drawnRecorded'),
              key: 'progress',
              align: 'right',
              className: 'cn-case-nowrap',
              render: (_, p) =>
                p.state === 'drawn' || p.state === 'completed'
                  ? st('plans.progress', { drawn: p.objectCount, recorded: p.resultCount })
                  : '—',
            },
          ]}
        />
      </Card>
      <PlanFormModal
        open={creating}
        district={district}
        onClose={() => setCreating(false)}
        onSaved={(plan) => {
          setCreating(false);
          void navigate(supervisionPages.plan(plan.id));
        }}
      />
    </div>
  );
}

export function PlansPage() {
  return <WithStaffDistrict>{(district) => <Plans staff={district} />}</WithStaffDistrict>;
}
