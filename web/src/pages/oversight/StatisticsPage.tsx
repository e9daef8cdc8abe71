import { type CaseState, caseStateLabels, caseStates } from '@common/case-states.ts';
import { Alert, Card, Col, DatePicker, Row, Select, Skeleton, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { Answer } from '../../api/answers.ts';
import { useDistrictStatistics } from '../../api/oversight.ts';
import { dayParam, useAddressParams } from '../../lib/address-params.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { Figure } from './Figure.tsx';
import { deadlineKind, useOversightTexts } from './texts.ts';

type Statistics = Answer<'/api/oversight/statistics'>;

const isCaseState = (state: string): state is CaseState => (caseStates as readonly string[]).includes(state);
const stateOrder = (state: string) => (caseStates as readonly string[]).indexOf(state);
const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/** A heading and its figures, each in a column that narrows with the screen. */
function Figures({ title, children }: { title: string; children: ReactNode[] }) {
  return (
    <section style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: '1.1em', marginTop: 8 }}>
        {title}
      </Typography.Title>
      <Row gutter={[16, 12]}>
        {children.map((child, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the figures of a section are fixed in order
          <Col key={i} xs={12} sm={8} lg={4}>
            {child}
          </Col>
        ))}
      </Row>
    </section>
  );
}

/**
 * GOV-2 统计评估: one district's figures over a period, for a city's or the province's justice bureau
 * and the auditors — applications by state and matter, the share made with commitment, verification
 * outcomes and the deadlines past due. The district (by name) and the period are in the address.
 */
export function StatisticsPage() {
  const { ot, language } = useOversightTexts();
  const { t } = useT();
  const [params, set] = useAddressParams();
  const query = {
    district: params.get('district') ?? undefined,
    from: dayParam(params.get('from')),
    to: dayParam(params.get('to')),
  };
  const statistics = useDistrictStatistics(query);
  const s = statistics.data;
  return (
    <Card
      title={<PageTitle>{ot('stats.title')}</PageTitle>}
      data-testid="statistics-page"
      extra={
        s && (
          <Space wrap>
            {s.districts.length > 1 && (
              <Select
                aria-label={t('common.district')}
                value={s.district.code}
                onChange={(district) => set({ district })}
                style={{ minWidth: 120 }}
                options={s.districts.map((d) => ({ value: d.code, label: d.name }))}
              />
            )}
            <DatePicker.RangePicker
              aria-label={ot('stats.period')}
              allowClear={false}
              value={[dayjs(s.period.from), dayjs(s.period.to)]}
              onChange={(range) =>
                set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
              }
            />
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        {s ? `${s.district.name} · ` : ''}
        {ot('stats.intro')}
      </Typography.Paragraph>
      {statistics.error ? (
        <Alert type="error" showIcon title={applyServerError(null, statistics.error, language)} />
      ) : null}
      {s ? <StatisticsFigures statistics={s} /> : !statistics.error && <Skeleton active />}
    </Card>
  );
}

function StatisticsFigures({ statistics: s }: { statistics: Statistics }) {
  const { ot, language } = useOversightTexts();
  const { cases, verification } = s;
  const stateLabel = (state: string) => (isCaseState(state) ? caseStateLabels[state][language] : state);
  return (
    <>
      <Figures title={ot('stats.cases')}>
        {[
          <Figure key="submitted" title={ot('stats.submitted')} value={cases.submitted} />,
          <Figure
            key="withCommitment"
            title={ot('stats.withCommitment')}
            value={cases.withCommitment}
            suffix={<small>{ot('stats.share', { p: percent(cases.withCommitment, cases.submitted) })}</small>}
          />,
          <Figure key="proofs" title={ot('stats.proofs')} value={cases.proofs} />,
          <Figure
            key="committedProofs"
            title={ot('stats.committedProofs')}
            value={cases.committedProofs}
            suffix={<small>{ot('stats.share', { p: percent(cases.committedProofs, cases.proofs) })}</small>}
          />,
          <Figure key="decided" title={ot('stats.decided')} value={cases.decided} />,
          <Figure
            key="days"
            title={ot('stats.averageDays')}
            value={cases.averageDaysToDecide ?? '—'}
            suffix={cases.averageDaysToDecide === null ? undefined : <small>{ot('stats.days')}</small>}
          />,
        ]}
      </Figures>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={8}>
          <Table
            rowKey="state"
            size="small"
            pagination={false}
            title={() => ot('stats.byState')}
            dataSource={[...cases.byState].sort((a, b) => stateOrder(a.state) - stateOrder(b.state))}
            locale={{ emptyText: ot('stats.noData') }}
            columns={[
              { title: ot('stats.col.state'), key: 'state', render: (_, r) => stateLabel(r.state) },
              { title: ot('stats.col.count'), dataIndex: 'count', key: 'count', align: 'right', width: 90 },
            ]}
          />
        </Col>
        <Col xs={24} lg={16}>
          <Table
            rowKey="name"
            size="small"
            pagination={s.matters.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            title={() => ot('stats.matters')}
            dataSource={s.matters}
            scroll={{ x: 420 }}
            locale={{ emptyText: ot('stats.noData') }}
            columns={[
              { title: ot('stats.col.matter'), dataIndex: 'name', key: 'name' },
              { title: ot('stats.col.cases'), dataIndex: 'cases', key: 'cases', align: 'right', width: 64 },
              {
                title: ot('stats.col.withCommitment'),
                dataIndex: 'withCommitment',
                key: 'withCommitment',
                align: 'right',
                width: 80,
              },
              {
                title: ot('stats.col.approved'),
                dataIndex: 'approved',
                key: 'approved',
                align: 'right',
                width: 64,
              },
            ]}
          />
        </Col>
      </Row>
      <Figures title={ot('stats.verification')}>
        {[
          <Figure key="finished" title={ot('stats.finished')} value={verification.finished} />,
          <Figure key="true" title={ot('stats.true')} value={verification.byOutcome.true} />,
          <Figure key="false" title={ot('stats.false')} value={verification.byOutcome.false} alarm />,
          <Figure
            key="unverifiable"
            title={ot('stats.unverifiable')}
            value={verification.byOutcome.unverifiable}
          />,
          <Figure key="open" title={ot('stats.openTasks')} value={verification.open} />,
          <Figure key="overdue" title={ot('stats.overdueTasks')} value={verification.overdue} alarm />,
        ]}
      </Figures>
      <Typography.Title level={2} style={{ fontSize: '1.1em', marginTop: 8 }}>
        {ot('stats.deadlines')}
      </Typography.Title>
      <Table
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={s.deadlines.byKind}
        locale={{ emptyText: ot('stats.noData') }}
        style={{ maxWidth: 480 }}
        columns={[
          { title: ot('stats.col.kind'), key: 'kind', render: (_, r) => ot(deadlineKind(r.kind)) },
          { title: ot('stats.col.overdue'), dataIndex: 'count', key: 'count', align: 'right', width: 90 },
        ]}
        summary={() =>
          s.deadlines.overdue > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{ot('stats.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {s.deadlines.overdue}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
