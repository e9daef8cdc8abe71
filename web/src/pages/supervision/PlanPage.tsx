import { creditGradeLabels } from '@common/credit-rules.ts';
import { gradedGrades, parseStratum, riskLevelLabels, riskLevels } from '@common/inspection-plan-states.ts';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/errors.ts';
import { inspectionAttachmentUrl, usePlan } from '../../api/supervision.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { verificationPages } from '../verification/model.ts';
import type { PlanDetail, PlanObject, Stratum } from './model.ts';
import { supervisionPages } from './model.ts';
import { PlanActions } from './PlanActions.tsx';
import { ResultModal } from './ResultModal.tsx';
import { PlanStateTag, ResultTag, StratumTag } from './SupervisionTags.tsx';
import { type SupervisionKey, useSupervisionTexts } from './texts.ts';
import '../cases/cases.css';
import './supervision.css';

/**
 * SUP-1: one sampling plan: its terms, the strata of its pool and what each draws, the published
 * hashes (and the seed once drawn) that let anyone check the draw, and the drawn objects with their
 * inspectors and results. The steps offered are those the server allows (`allowedActions`).
 */
export function PlanPage() {
  const { id = '' } = useParams();
  const { st, language } = useSupervisionTexts();
  const loaded = usePlan(id);
  const plan = loaded.data?.id === id ? loaded.data : null;
  const [recording, setRecording] = useState<PlanObject | null>(null);
  if (loaded.error && !plan) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <Card className="cn-case-page">
        <Alert
          type={missing ? 'info' : 'error'}
          showIcon
          title={missing ? st('plan.notFound') : applyServerError(null, loaded.error, language)}
          action={<Link to={supervisionPages.plans}>{st('common.back')}</Link>}
        />
      </Card>
    );
  }
  if (!plan) return <Skeleton active />;
  const h2 = (key: SupervisionKey) => (
    <Typography.Title level={2} className="cn-case-h2">
      {st(key)}
    </Typography.Title>
  );
  const canRecord = plan.state === 'drawn' && plan.allowedActions.includes('record-result');
  const recorded = plan.objects.filter((o) => o.result).length;
  return (
    <div className="cn-case-page cn-case-detail" data-testid="plan-page">
      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={1} className="cn-case-h1">
            <span>{plan.title}</span>
            <PlanStateTag state={plan.state} />
          </Typography.Title>
        }
        extra={<Link to={supervisionPages.plans}>{st('common.back')}</Link>}
      >
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, xl: 3 }}
          className="cn-case-facts cn-sup-times"
          items={[
            { key: 'agency', label: st('plan.agency'), children: plan.agencyName },
            {
              key: 'created',
              label: st('plan.createdAt'),
              children: formatDateTime(plan.createdAt, language),
            },
            ...(plan.approvedAt
              ? [
                  {
                    key: 'approved',
                    label: st('plan.approvedAt'),
                    children: formatDateTime(plan.approvedAt, language),
                  },
                ]
              : []),
            ...(plan.drawnAt
              ? [
                  {
                    key: 'drawn',
                    label: st('plan.drawnAt'),
                    children: formatDateTime(plan.drawnAt, language),
                  },
                ]
              : []),
            ...(plan.completedAt
              ? [
                  {
                    key: 'completed',
                    label: st('plan.completedAt'),
                    children: formatDateTime(plan.completedAt, language),
                  },
                ]
              : []),
          ]}
        />
        <Alert
          type={plan.state === 'cancelled' ? 'warning' : plan.state === 'completed' ? 'success' : 'info'}
          showIcon
          className="cn-case-inline-alert"
          data-testid="plan-state-note"
          title={st(`plan.stateNote.${plan.state}`, {
            drawOn: formatDate(plan.drawOn, language),
            drawn: plan.objects.length,
            recorded,
          })}
        />
        <PlanActions plan={plan} reload={loaded.reload} />
      </Card>

      <Card className="cn-case-section" title={h2('plan.terms')}>
        <PlanTerms plan={plan} />
      </Card>

      <Card className="cn-case-section" title={h2('strata.title')}>
        <Typography.Paragraph type="secondary" className="cn-case-intro">
          {st(plan.state === 'draft' ? 'strata.draftNote' : 'strata.frozenNote')}
        </Typography.Paragraph>
        <StrataTable strata={plan.strata} />
      </Card>

      <Card className="cn-case-section" title={h2('publication.title')}>
        <Publication plan={plan} />
      </Card>

      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={2} className="cn-case-h2">
            {st('objects.title')}
            {plan.objects.length > 0 && (
              <span className="cn-case-muted">
                {st('plans.progress', { drawn: plan.objects.length, recorded })}
              </span>
            )}
          </Typography.Title>
        }
      >
        {plan.state === 'draft' || plan.state === 'approved' || plan.state === 'cancelled' ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={st(plan.state === 'cancelled' ? 'objects.cancelled' : 'objects.beforeDraw')}
          />
        ) : (
          <ObjectsTable plan={plan} canRecord={canRecord} onRecord={setRecording} />
        )}
      </Card>
      <ResultModal plan={plan} object={recording} onClose={() => setRecording(null)} />
    </div>
  );
}

/** 计划内容: what the plan samples, at which rates, and who inspects. */
function PlanTerms({ plan }: { plan: PlanDetail }) {
  const { st, language } = useSupervisionTexts();
  const rates = riskLevels
    .map((level) => `${riskLevelLabels[level][language]} ${plan.rates[level]}%`)
    .join(st('common.listJoin'));
  const gradeRates = gradedGrades
    .filter((grade) => plan.gradeRates[grade] !== undefined)
    .map(
      (grade) =>
        `${st('plan.grade', { grade, label: creditGradeLabels[grade][language] })} ${plan.gradeRates[grade]}%`,
    )
    .join(st('common.listJoin'));
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      className="cn-case-facts"
      data-testid="plan-terms"
      items={[
        {
          key: 'period',
          label: st('plan.period'),
          children: st('common.range', {
            from: formatDate(plan.periodFrom, language),
            to: formatDate(plan.periodTo, language),
          }),
        },
        { key: 'drawOn', label: st('plan.drawOn'), children: formatDate(plan.drawOn, language) },
        {
          key: 'matters',
          label: st('plan.matters'),
          span: { xs: 1, md: 2 },
          children:
            plan.matters.length === 0
              ? st('plan.allMatters')
              : plan.matters.map((m) => m.name).join(st('common.listJoin')),
        },
        { key: 'rates', label: st('plan.rates'), children: rates },
        {
          key: 'gradeRates',
          label: st('plan.gradeRates'),
          children: gradeRates || st('plan.gradeRatesNone'),
        },
        {
          key: 'keyRaise',
          label: st('plan.keyRaise'),
          children:
            plan.keyRaise === null
              ? st('plan.keyRaiseAtApproval')
              : st('plan.keyRaiseValue', { n: plan.keyRaise }),
        },
        {
          key: 'perObject',
          label: st('plan.inspectorsPerObject'),
          children: st('plan.persons', { n: plan.inspectorsPerObject }),
        },
        {
          key: 'exclusion',
          label: st('plan.exclusion'),
          children: st(plan.excludeHandlingAgency ? 'plan.excludeOn' : 'plan.excludeOff'),
        },
        {
          key: 'agencies',
          label: st('plan.inspectorAgencies'),
          children:
            plan.inspectorAgencies.length === 0
              ? st('plan.ownAgencyNamed', { name: plan.agencyName })
              : plan.inspectorAgencies.map((a) => a.name).join(st('common.listJoin')),
        },
        {
          key: 'inspectors',
          label: st('plan.inspectorCount'),
          children: st('plan.persons', { n: plan.inspectorCount }),
        },
      ]}
    />
  );
}

/** Strata as people read them: by risk, the key-supervised ones after, each followed by its graded ones. */
const stratumOrder = ['low', 'medium', 'high', 'key-low', 'key-medium', 'key-high'];
const rank = (s: Stratum) => {
  const parts = parseStratum(s.stratum);
  return parts ? stratumOrder.indexOf(`${parts.key ? 'key-' : ''}${parts.risk}`) : stratumOrder.length;
};
const byRank = (a: Stratum, b: Stratum) =>
  rank(a) - rank(b) || (a.stratum < b.stratum ? -1 : a.stratum > b.stratum ? 1 : 0);

/** 分层抽取: each stratum of the pool, its rate and how many it draws (rounded up). */
function StrataTable({ strata: given }: { strata: Stratum[] }) {
  const { st } = useSupervisionTexts();
  const strata = [...given].sort(byRank);
  const size = strata.reduce((n, s) => n + s.size, 0);
  const count = strata.reduce((n, s) => n + s.count, 0);
  return (
    <Table<Stratum>
      rowKey="stratum"
      size="small"
      dataSource={strata}
      pagination={false}
      data-testid="strata"
      scroll={{ x: true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('strata.none')} /> }}
      columns={[
        {
          title: st('strata.stratum'),
          key: 'stratum',
          render: (_, s) => <StratumTag stratum={s.stratum} />,
        },
        { title: st('strata.size'), dataIndex: 'size', key: 'size', align: 'right' },
        { title: st('strata.rate'), key: 'rate', align: 'right', render: (_, s) => `${s.rate}%` },
        { title: st('strata.count'), dataIndex: 'count', key: 'count', align: 'right' },
      ]}
      summary={() =>
        strata.length > 1 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{st('strata.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{size}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
            <Table.Summary.Cell index={3} align="right">
              <strong>{count}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}

/** 公示信息: the hashes published at approval and the seed revealed at the draw, to check the draw. */
function Publication({ plan }: { plan: PlanDetail }) {
  const { st } = useSupervisionTexts();
  if (!plan.seedHash) {
    return (
      <Typography.Paragraph type="secondary" className="cn-case-note" data-testid="publication">
        {st(plan.state === 'cancelled' ? 'publication.cancelled' : 'publication.beforeApproval')}
      </Typography.Paragraph>
    );
  }
  const hash = (value: string | null, label: string) =>
    value ? (
      <Typography.Text
        className="cn-sup-hash"
        copyable={{ text: value, tooltips: [st('common.copy'), st('common.copied')] }}
        aria-label={label}
      >
        {value}
      </Typography.Text>
    ) : (
      '—'
    );
  return (
    <div data-testid="publication">
      <Typography.Paragraph className="cn-case-intro">
        {st('publication.explain')}{' '}
        <Link to={supervisionPages.publicResults(plan.districtCode)}>{st('publication.link')}</Link>
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={1}
        className="cn-case-facts"
        items={[
          { key: 'algorithm', label: st('publication.algorithm'), children: plan.algorithm ?? '—' },
          {
            key: 'seedHash',
            label: st('publication.seedHash'),
            children: hash(plan.seedHash, st('publication.seedHash')),
          },
          {
            key: 'poolHash',
            label: st('publication.poolHash'),
            children: hash(plan.poolHash, st('publication.poolHash')),
          },
          {
            key: 'inputHash',
            label: st('publication.inputHash'),
            children: hash(plan.inputHash, st('publication.inputHash')),
          },
          {
            key: 'seed',
            label: st('publication.seed'),
            children: plan.seed ? (
              hash(plan.seed, st('publication.seed'))
            ) : (
              <span className="cn-case-muted">{st('publication.seedLater', { date: plan.drawOn })}</span>
            ),
          },
        ]}
      />
    </div>
  );
}

/** 抽取结果: the drawn objects in the order drawn, with their inspectors and results. */
function ObjectsTable({
  plan,
  canRecord,
  onRecord,
}: {
  plan: PlanDetail;
  canRecord: boolean;
  onRecord: (object: PlanObject) => void;
}) {
  const { st, language } = useSupervisionTexts();
  return (
    <Table<PlanObject>
      rowKey="id"
      size="small"
      dataSource={plan.objects}
      pagination={false}
      data-testid="plan-objects"
      scroll={{ x: true }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('objects.none')} />,
      }}
      columns={[
        {
          title: st('object.position'),
          key: 'position',
          className: 'cn-case-nowrap',
          render: (_, o) => o.position + 1,
        },
        {
          title: st('object.caseNo'),
          key: 'case',
          className: 'cn-case-nowrap',
          // The case file stays with its handling agency; the plan shows what inspecting it needs.
          dataIndex: 'caseNo',
        },
        { title: st('object.matter'), dataIndex: 'matterName', key: 'matter', className: 'cn-sup-w8' },
        { title: st('object.party'), dataIndex: 'partyName', key: 'party', className: 'cn-sup-w6' },
        {
          title: st('object.stratum'),
          key: 'stratum',
          className: 'cn-case-nowrap',
          render: (_, o) => <StratumTag stratum={o.stratum} />,
        },
        {
          title: st('object.inspectors'),
          key: 'inspectors',
          render: (_, o) => (
            <ul className="cn-sup-plain-list">
              {o.inspectors.map((i) => (
                <li key={i.number} className="cn-case-nowrap">
                  {i.name}
                  <span className="cn-case-muted">（{i.number}）</span>
                </li>
              ))}
            </ul>
          ),
        },
        {
          title: st('object.result'),
          key: 'result',
          className: 'cn-case-nowrap',
          render: (_, o) => (
            <div className="cn-sup-result">
              <ResultTag result={o.result} />
              {o.inspectedOn && <span className="cn-case-muted">{formatDate(o.inspectedOn, language)}</span>}
            </div>
          ),
        },
        {
          title: st('object.findings'),
          key: 'findings',
          render: (_, o) => (
            <div className="cn-sup-findings">
              {o.findings || (o.result ? '—' : '')}
              {o.handlingId && (
                <div>
                  <Link to={verificationPages.handling(o.handlingId)}>{st('object.handlingLink')}</Link>
                </div>
              )}
              {o.attachmentIds.map((documentId, i) => (
                <div key={documentId}>
                  <a href={inspectionAttachmentUrl(plan.id, o.id, documentId)} download>
                    {st('object.attachment', { n: i + 1 })}
                  </a>
                </div>
              ))}
            </div>
          ),
        },
        ...(canRecord
          ? [
              {
                title: st('object.actions'),
                key: 'actions',
                render: (_: unknown, o: PlanObject) =>
                  o.result ? null : (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => onRecord(o)}
                      aria-label={st('object.recordFor', { caseNo: o.caseNo })}
                    >
                      {st('object.record')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
