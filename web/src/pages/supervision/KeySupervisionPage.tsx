import { type RiskLevel, riskLevelLabels, riskLevels } from '@common/inspection-plan-states.ts';
import { Alert, Button, Card, Empty, Input, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useItemRisks, useKeySupervisions } from '../../api/supervision.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate, shanghaiToday } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { VerificationTag } from '../lists/VerificationTag.tsx';
import { AssessRiskModal, LiftKeyModal, PutUnderKeyModal } from './KeySupervisionModals.tsx';
import { type ItemRisk, type KeySupervision, keyStatusOf } from './model.ts';
import { KeyStatusTag, RiskTag } from './SupervisionTags.tsx';
import { useSupervisionTexts } from './texts.ts';
import '../cases/cases.css';
import './supervision.css';

type Tab = 'list' | 'risks';
type LevelFilter = RiskLevel | 'unassessed';

/**
 * SUP-2, GOV-3: the district's key supervision (重点监管): items and parties whose cases are drawn
 * at a raised rate for a time, and the risk level of each item in force, which sets the rate plans
 * draw it at. Regulators and credit officers change them; other staff read.
 */
export function KeySupervisionPage() {
  const { st } = useSupervisionTexts();
  const { me } = useAuth();
  const district = me!.district.code;
  const canChange = me!.permissions.includes('supervision.key');
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'risks' ? 'risks' : 'list';
  const items = useItemRisks(district);
  return (
    <div className="cn-case-page cn-case-detail" data-testid="key-supervision-page">
      <Card className="cn-case-section" title={<PageTitle>{st('key.pageTitle')}</PageTitle>}>
        <Typography.Paragraph type="secondary" className="cn-case-intro">
          {st('key.intro')}
        </Typography.Paragraph>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'risks' ? { tab: 'risks' } : {}, { replace: true })}
          items={[
            {
              key: 'list',
              label: st('key.tab.list'),
              children: <KeyList district={district} canChange={canChange} items={items.data ?? []} />,
            },
            {
              key: 'risks',
              label: st('key.tab.risks'),
              children: (
                <RiskList
                  district={district}
                  canChange={canChange}
                  items={items.data ?? []}
                  loading={items.loading}
                  error={items.error}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

/** 重点监管名单: who and what is under key supervision, from when to when, and why. */
function KeyList({
  district,
  canChange,
  items,
}: {
  district: string;
  canChange: boolean;
  items: ItemRisk[];
}) {
  const { st, language } = useSupervisionTexts();
  const entries = useKeySupervisions(district);
  const [adding, setAdding] = useState(false);
  const [lifting, setLifting] = useState<KeySupervision | null>(null);
  const today = shanghaiToday();
  return (
    <>
      <div className="cn-case-toolbar">
        <Typography.Text type="secondary">{st('key.listIntro')}</Typography.Text>
        {canChange && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {st('key.add')}
          </Button>
        )}
      </div>
      {entries.error ? (
        <Alert type="error" showIcon title={applyServerError(null, entries.error, language)} />
      ) : null}
      <Table<KeySupervision>
        rowKey="id"
        size="small"
        loading={entries.loading}
        dataSource={entries.data ?? []}
        data-testid="key-supervisions"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('key.none')} />,
        }}
        columns={[
          {
            title: st('key.subjectCol'),
            key: 'subject',
            render: (_, k) => (
              <span className="cn-sup-subject">
                <Tag color={k.subject === 'item' ? 'blue' : 'purple'}>{st(`key.subject.${k.subject}`)}</Tag>
                {k.subjectName}
              </span>
            ),
          },
          { title: st('key.reason'), dataIndex: 'reason', key: 'reason' },
          {
            title: st('key.period'),
            key: 'period',
            className: 'cn-case-nowrap',
            render: (_, k) =>
              st('common.range', {
                from: formatDate(k.startsOn, language),
                to: formatDate(k.endsOn, language),
              }),
          },
          {
            title: st('key.status'),
            key: 'status',
            render: (_, k) => (
              <div>
                <KeyStatusTag status={keyStatusOf(k, today)} />
                {k.liftedAt && (
                  <div className="cn-case-muted">
                    {st('key.liftedOn', {
                      date: formatDate(k.liftedAt, language),
                      reason: k.liftReason ?? '',
                    })}
                  </div>
                )}
              </div>
            ),
          },
          ...(canChange
            ? [
                {
                  title: st('common.actions'),
                  key: 'actions',
                  render: (_: unknown, k: KeySupervision) =>
                    ['active', 'scheduled'].includes(keyStatusOf(k, today)) ? (
                      <Button
                        size="small"
                        onClick={() => setLifting(k)}
                        aria-label={st('key.liftFor', { name: k.subjectName })}
                      >
                        {st('key.lift')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <PutUnderKeyModal open={adding} district={district} items={items} onClose={() => setAdding(false)} />
      <LiftKeyModal entry={lifting} onClose={() => setLifting(null)} />
    </>
  );
}

/** 事项风险等级: each item in force with its risk level (not assessed: medium) and the basis. */
function RiskList({
  district,
  canChange,
  items,
  loading,
  error,
}: {
  district: string;
  canChange: boolean;
  items: ItemRisk[];
  loading: boolean;
  error: unknown;
}) {
  const { st, language } = useSupervisionTexts();
  const [assessing, setAssessing] = useState<ItemRisk | null>(null);
  const [level, setLevel] = useState<LevelFilter | null>(null);
  const [search, setSearch] = useState('');
  const unassessed = items.filter((i) => !i.assessed).length;
  const needle = search.trim().toLowerCase();
  const shown = items.filter(
    (i) =>
      (!level || (level === 'unassessed' ? !i.assessed : i.assessed && i.level === level)) &&
      (!needle || `${i.matter} ${i.itemName} ${i.handlingAgency}`.toLowerCase().includes(needle)),
  );
  return (
    <>
      <Typography.Paragraph type="secondary">
        {st('risk.intro')}{' '}
        {unassessed > 0 && <Tag color="gold">{st('risk.unassessedCount', { n: unassessed })}</Tag>}
      </Typography.Paragraph>
      <div className="cn-case-toolbar">
        <Select<LevelFilter>
          allowClear
          className="cn-sup-filter"
          aria-label={st('risk.level')}
          placeholder={st('risk.allLevels')}
          value={level ?? undefined}
          onChange={(v) => setLevel(v ?? null)}
          options={[
            ...riskLevels.map((l) => ({ value: l, label: riskLevelLabels[l][language] })),
            { value: 'unassessed' as const, label: st('risk.notAssessed') },
          ]}
        />
        <Input.Search
          allowClear
          className="cn-case-search"
          aria-label={st('risk.search')}
          placeholder={st('risk.search')}
          onSearch={setSearch}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="cn-case-muted">{st('risk.count', { n: shown.length })}</span>
      </div>
      {error ? <Alert type="error" showIcon title={applyServerError(null, error, language)} /> : null}
      <Table<ItemRisk>
        rowKey="itemKey"
        size="small"
        loading={loading}
        dataSource={shown}
        data-testid="item-risks"
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('risk.none')} />,
        }}
        columns={[
          { title: st('risk.matter'), dataIndex: 'matter', key: 'matter' },
          { title: st('risk.item'), dataIndex: 'itemName', key: 'item' },
          { title: st('risk.agency'), dataIndex: 'handlingAgency', key: 'agency' },
          {
            title: st('risk.verification'),
            key: 'verification',
            render: (_, i) => (
              <VerificationTag value={i.verification as Parameters<typeof VerificationTag>[0]['value']} />
            ),
          },
          {
            title: st('risk.level'),
            key: 'level',
            className: 'cn-case-nowrap',
            render: (_, i) => (
              <div>
                <RiskTag level={i.level} assessed={i.assessed} />
                {i.insuranceRequired && <Tag color="purple">{st('risk.insuranceTag')}</Tag>}
              </div>
            ),
          },
          {
            title: st('risk.basis'),
            key: 'basis',
            render: (_, i) =>
              i.assessed ? (
                <div>
                  {i.basis}
                  {i.assessedAt && (
                    <div className="cn-case-muted">
                      {st('risk.assessedOn', { date: formatDate(i.assessedAt, language) })}
                    </div>
                  )}
                </div>
              ) : (
                <span className="cn-case-muted">{st('risk.notAssessed')}</span>
              ),
          },
          ...(canChange
            ? [
                {
                  title: st('common.actions'),
                  key: 'actions',
                  render: (_: unknown, i: ItemRisk) => (
                    <Button
                      size="small"
                      onClick={() => setAssessing(i)}
                      aria-label={st('risk.assessFor', { name: i.itemName, matter: i.matter })}
                    >
                      {st('risk.assess')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AssessRiskModal district={district} item={assessing} onClose={() => setAssessing(null)} />
    </>
  );
}
