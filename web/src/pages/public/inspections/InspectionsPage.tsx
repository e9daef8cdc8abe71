import {
  inspectionResultLabels,
  planStateLabels,
  riskLevels,
  stratumLabel,
} from '@common/inspection-plan-states.ts';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Modal,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Answer } from '../../../api/answers.ts';
import { ApiError } from '../../../api/errors.ts';
import { publicPlanUrl, rerunDraw, usePublicInspections, usePublicPool } from '../../../api/supervision.ts';
import { formatDate } from '../../../lib/dates.ts';
import { useT } from '../../../lib/i18n.ts';
import { useDistrictParam } from '../documents/DocumentsShell.tsx';
import { useInspectionTexts } from './texts.ts';
import '../lists/lists.css';
import './inspections.css';

type Plan = Answer<'/api/public/districts/{code}/inspections'>[number];
type Rerun = Answer<'/api/public/inspections/{planId}/rerun', 'post'>;

export const inspectionsPage = (code?: string) => `/public/inspections${code ? `?district=${code}` : ''}`;

/**
 * SUP-1 (一公开): a district's sampling plans for everyone: what was committed before the draw (the
 * hashes), the seed once drawn, the drawn objects with inspectors and results, and a re-run anyone
 * can ask for; the plan downloads for the offline script.
 */
export function InspectionsPage() {
  const { t } = useT();
  const { it } = useInspectionTexts();
  const navigate = useNavigate();
  const { code, district, districts, error } = useDistrictParam();
  const plans = usePublicInspections(code, { enabled: Boolean(code) });
  const failure = plans.error ?? error;
  const name = district?.name ?? '';
  return (
    <div className="cn-lists-page cn-insp-page">
      <section className="cn-hero cn-lists-hero">
        <div className="cn-content cn-lists-hero-inner">
          <Breadcrumb
            aria-label={it('insp.breadcrumb')}
            items={[
              { title: <Link to="/">{t('nav.home')}</Link> },
              { title: <span aria-current="page">{it('insp.title')}</span> },
            ]}
          />
          <div className="cn-lists-headline">
            <Typography.Title level={1} className="cn-lists-h1">
              {name}
              {it('insp.title')}
            </Typography.Title>
            <div className="cn-lists-control cn-lists-place">
              <label htmlFor="insp-place">{it('insp.place')}</label>
              <Select
                id="insp-place"
                value={name ? code : undefined}
                loading={!districts}
                onChange={(next: string) => navigate(inspectionsPage(next))}
                options={(districts ?? []).map((d) => ({
                  value: d.code,
                  label: `${d.name}（${d.cityName}）`,
                }))}
              />
            </div>
          </div>
          <Typography.Paragraph className="cn-insp-intro">{it('insp.intro')}</Typography.Paragraph>
        </div>
      </section>
      <div className="cn-content">
        {failure ? (
          <Alert
            type="error"
            showIcon
            title={
              failure instanceof ApiError && failure.status === 404
                ? it('insp.unknownDistrict')
                : it('insp.loadFailed')
            }
          />
        ) : null}
        {!plans.data && !failure && <Skeleton active aria-label={it('insp.loading')} />}
        {plans.data?.length === 0 && <Empty description={it('insp.empty')} />}
        {plans.data?.map((plan) => (
          <PlanCard key={plan.planId} plan={plan} />
        ))}
      </div>
    </div>
  );
}

function PlanCard({ plan }: { plan: Plan }) {
  const { it, language } = useInspectionTexts();
  const label = (l: { zh: string; en: string }) => (language === 'zh' ? l.zh : l.en);
  const [rerun, setRerun] = useState<Rerun | null>(null);
  const [running, setRunning] = useState(false);
  const [showPool, setShowPool] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      setRerun(await rerunDraw(plan.planId));
    } finally {
      setRunning(false);
    }
  };
  // Risk levels low to high, each followed by its key-supervised stratum where the draw had one, then
  // the strata of the pool graded by the party's credit (CRED-3), which are in the rates only if used.
  const base = riskLevels.flatMap((level) => [level, `key-${level}`]);
  const rates = [
    ...base
      .filter((stratum) => stratum in plan.rates)
      .filter((stratum) => !stratum.startsWith('key-') || plan.drawn.some((d) => d.stratum === stratum)),
    ...Object.keys(plan.rates)
      .filter((stratum) => !base.includes(stratum))
      .sort(),
  ]
    .map((stratum) => `${label(stratumLabel(stratum))} ${plan.rates[stratum]}%`)
    .join('，');
  return (
    <Card
      className="cn-lists-card cn-insp-plan"
      data-testid="inspection-plan"
      title={
        <Space wrap>
          <Typography.Title level={2} className="cn-insp-plan-title">
            {plan.title}
          </Typography.Title>
          <Tag color={plan.seed ? 'blue' : 'gold'}>{label(planStateLabels[plan.state])}</Tag>
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={it('insp.agency')}>{plan.agency}</Descriptions.Item>
        <Descriptions.Item label={it('insp.period')}>
          {formatDate(plan.period.from, language)} — {formatDate(plan.period.to, language)}
        </Descriptions.Item>
        <Descriptions.Item label={it('insp.drawOn')}>{formatDate(plan.drawOn, language)}</Descriptions.Item>
        <Descriptions.Item label={it('insp.poolSize')}>
          {it('insp.poolSizeValue', { count: plan.poolSize })}
        </Descriptions.Item>
        <Descriptions.Item label={it('insp.rates')}>{rates}</Descriptions.Item>
        <Descriptions.Item label={it('insp.perObject')}>
          {it('insp.perObjectValue', { count: plan.inspectorsPerObject })}
        </Descriptions.Item>
        <Descriptions.Item label={it('insp.approvedAt')}>
          {formatDate(plan.approvedAt, language)}
        </Descriptions.Item>
        <Descriptions.Item label={it('insp.drawnAt')}>
          {plan.drawnAt
            ? formatDate(plan.drawnAt, language)
            : it('insp.notDrawn', { date: formatDate(plan.drawOn, language) })}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={3} className="cn-insp-h3">
        {it('insp.commitment')}
      </Typography.Title>
      <dl className="cn-insp-hashes">
        <dt>{it('insp.seedHash')}</dt>
        <dd>
          <Typography.Text code copyable data-testid="seed-hash">
            {plan.seedHash}
          </Typography.Text>
        </dd>
        <dt>{it('insp.poolHash')}</dt>
        <dd>
          <Typography.Text code copyable>
            {plan.poolHash}
          </Typography.Text>
        </dd>
        <dt>{it('insp.inputHash')}</dt>
        <dd>
          <Typography.Text code copyable>
            {plan.inputHash}
          </Typography.Text>
        </dd>
        <dt>{it('insp.seed')}</dt>
        <dd>
          {plan.seed ? (
            <Typography.Text code copyable data-testid="seed">
              {plan.seed}
            </Typography.Text>
          ) : (
            it('insp.notDrawn', { date: formatDate(plan.drawOn, language) })
          )}
        </dd>
        <dt>{it('insp.algorithm')}</dt>
        <dd>{plan.algorithm}</dd>
      </dl>
      <Space wrap className="cn-insp-actions">
        {plan.seed && (
          <Button type="primary" loading={running} onClick={run}>
            {running ? it('insp.rerunning') : it('insp.rerun')}
          </Button>
        )}
        <Button href={publicPlanUrl(plan.planId)} download={`plan-${plan.planId}.json`}>
          {it('insp.download')}
        </Button>
        <Button onClick={() => setShowPool(true)}>{it('insp.pool', { count: plan.poolSize })}</Button>
      </Space>
      {rerun && (
        <Alert
          role="status"
          className="cn-insp-rerun"
          type={rerun.equal ? 'success' : 'error'}
          showIcon
          title={rerun.equal ? it('insp.rerunEqual') : it('insp.rerunDiffers')}
          description={
            <ul className="cn-insp-checks">
              {rerun.checks.map((c) => (
                <li key={c.name}>
                  {c.ok ? '✓' : '✗'} {language === 'zh' ? c.message : c.message_en}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Typography.Paragraph type="secondary" className="cn-insp-offline">
        {it('insp.offline')}
      </Typography.Paragraph>
      {plan.drawn.length > 0 && (
        <>
          <Typography.Title level={3} className="cn-insp-h3">
            {it('insp.drawn')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="caseNo"
            pagination={false}
            scroll={{ x: true }}
            dataSource={plan.drawn}
            columns={[
              { title: it('insp.col.no'), key: 'no', render: (_v, _r, i) => i + 1, width: 56 },
              { title: it('insp.col.caseNo'), dataIndex: 'caseNo' },
              { title: it('insp.col.matter'), dataIndex: 'matter' },
              { title: it('insp.col.party'), dataIndex: 'party' },
              {
                title: it('insp.col.stratum'),
                dataIndex: 'stratum',
                render: (s: string) => label(stratumLabel(s)),
              },
              {
                title: it('insp.col.inspectors'),
                key: 'inspectors',
                render: (_v, d) => d.inspectors.map((i) => `${i.name}（${i.number}）`).join('、'),
              },
              {
                title: it('insp.col.result'),
                dataIndex: 'result',
                render: (r: Plan['drawn'][number]['result']) =>
                  r ? (
                    <Tag color={r === 'passed' ? 'green' : 'red'}>{label(inspectionResultLabels[r])}</Tag>
                  ) : (
                    <Tag>{it('insp.pending')}</Tag>
                  ),
              },
              {
                title: it('insp.col.findings'),
                dataIndex: 'findings',
                render: (f: string | null) => f ?? '',
              },
            ]}
          />
        </>
      )}
      {showPool && <PoolModal planId={plan.planId} onClose={() => setShowPool(false)} />}
    </Card>
  );
}

function PoolModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { it } = useInspectionTexts();
  const pool = usePublicPool(planId);
  return (
    <Modal open title={it('insp.poolTitle')} onCancel={onClose} footer={null}>
      {pool.data ? (
        <>
          <Typography.Text code copyable>
            {pool.data.poolHash}
          </Typography.Text>
          <ol className="cn-insp-pool">
            {pool.data.caseNos.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </>
      ) : (
        <Skeleton active />
      )}
    </Modal>
  );
}
