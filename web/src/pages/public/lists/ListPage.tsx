import { matterFields, verificationClassIds } from '@common/list-item.ts';
import { Alert, Button, Card, Col, Descriptions, Input, Row, Select, Tabs, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useListVersions, usePublicList, workbooks } from '../../../api/lists.ts';
import { TechnicalDetails } from '../../../components/TechnicalDetails.tsx';
import { formatDate } from '../../../lib/dates.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { ItemTable, RetainedTable } from './ItemTable.tsx';
import { ListState } from './ListState.tsx';
import { ListsShell } from './ListsShell.tsx';
import { type ListItem, listPages, verificationLabel, versionParam } from './model.ts';
import { useListTexts } from './texts.ts';

const matches = (item: ListItem, query: string) => {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [item.name, item.administrativeMatter, item.handlingAgency, item.legalBasis, item.issuingBody]
    .join('\n')
    .toLowerCase()
    .includes(q);
};

const fieldOrder = (field: string) => {
  const at = (matterFields as readonly string[]).indexOf(field);
  return at < 0 ? matterFields.length : at;
};

/** LIST-4: a place's list in force (or any earlier version), searchable, with the 保留清单 beside it. */
export function ListPage() {
  const { code = '' } = useParams();
  const { tx, language } = useListTexts();
  const [params, setParams] = useSearchParams();
  const requested = versionParam(params.get('version'));
  const list = usePublicList(code, requested);
  const versions = useListVersions(code);
  const data = list.data?.jurisdictionCode === code ? list.data : null;
  const latest = versions.data?.[0];
  const historic = data && latest && data.version !== latest.version;

  const query = params.get('q') ?? '';
  const field = params.get('field') ?? undefined;
  const agency = params.get('agency') ?? undefined;
  const verification = params.get('verification') ?? undefined;
  // One item named by its key (a search result links here): shown alone, opened.
  const only = params.get('item') ?? undefined;
  const tab = params.get('tab') === 'retained' ? 'retained' : 'items';
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

  const items = data?.items ?? [];
  const numbers = useMemo(() => new Map(items.map((item, i) => [item.key, i + 1])), [items]);
  const shown = items.filter(
    (item) =>
      matches(item, query) &&
      (!only || item.key === only) &&
      (!field || item.field === field) &&
      (!agency || item.handlingAgency === agency) &&
      (!verification || item.verification === verification),
  );
  const count = (pick: (item: ListItem) => boolean) => items.filter(pick).length;
  const fields = [...new Set(items.map((i) => i.field))].sort((a, b) => fieldOrder(a) - fieldOrder(b));
  const agencies = [...new Set(items.map((i) => i.handlingAgency))].sort((a, b) => a.localeCompare(b, 'zh'));
  const filtered = Boolean(query || only || field || agency || verification);

  return (
    <ListsShell code={code} section="list">
      <ListState error={list.error} loading={list.loading && !data} />
      {data && (
        <>
          <Card className="cn-lists-card">
            <div className="cn-lists-summary">
              <div className="cn-lists-summary-main">
                <Typography.Title level={2} className="cn-lists-h2">
                  {tx('lists.versionNo', { version: data.version })}
                  {historic ? (
                    <Tag color="orange">{tx('lists.historic')}</Tag>
                  ) : (
                    latest && <Tag color="green">{tx('lists.inForce')}</Tag>
                  )}
                </Typography.Title>
                {language === 'en' && (
                  <Typography.Paragraph type="secondary" lang="zh-CN">
                    {data.title}
                  </Typography.Paragraph>
                )}
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 3 }}
                  items={[
                    {
                      key: 'published',
                      label: tx('lists.publishedOn'),
                      children: formatDate(data.publishedOn, language),
                    },
                    {
                      key: 'items',
                      label: tx('lists.itemCount'),
                      children: tx('lists.count', { count: data.items.length }),
                    },
                    {
                      key: 'retained',
                      label: tx('lists.retainedCount'),
                      children: tx('lists.count', { count: data.retained.length }),
                    },
                  ]}
                />
                <TechnicalDetails
                  summary={tx('lists.check')}
                  explanation={tx('lists.check.why')}
                  testId="list-check"
                >
                  {tx('lists.sm3')}：
                  <Typography.Text className="cn-sm3" copyable data-testid="list-sm3">
                    {data.contentSm3}
                  </Typography.Text>
                </TechnicalDetails>
              </div>
              <div className="cn-lists-summary-actions">
                <div className="cn-lists-control">
                  <label htmlFor="lists-version">{tx('lists.chooseVersion')}</label>
                  <Select
                    id="lists-version"
                    value={data.version}
                    loading={versions.loading}
                    onChange={(v: number) =>
                      setParams((current) => {
                        const next = new URLSearchParams(current);
                        if (v === latest?.version) next.delete('version');
                        else next.set('version', String(v));
                        return next;
                      })
                    }
                    options={(
                      versions.data ?? [{ version: data.version, publishedOn: data.publishedOn }]
                    ).map((v, i) => ({
                      value: v.version,
                      label: `${tx('lists.versionOption', {
                        version: v.version,
                        date: formatDate(v.publishedOn, language),
                      })}${i === 0 ? ` · ${tx('lists.inForce')}` : ''}`,
                    }))}
                  />
                </div>
                <DownloadButton
                  href={workbooks.list(code, data.version)}
                  title={`${data.title}（${tx('lists.versionNo', { version: data.version })}）`}
                  testId="list-download"
                />
              </div>
            </div>
          </Card>
          {historic && latest && (
            <Alert
              className="cn-lists-alert"
              type="warning"
              showIcon
              title={tx('lists.viewingHistoric', { version: data.version })}
              action={
                <Link to={listPages.list(code)}>
                  {tx('lists.backToCurrent', { version: latest.version })}
                </Link>
              }
            />
          )}
          <Card className="cn-lists-card">
            <Tabs
              activeKey={tab}
              onChange={(key) => setParam('tab', key === 'retained' ? 'retained' : undefined)}
              items={[
                {
                  key: 'items',
                  label: tx('lists.withCount', { label: tx('lists.tab.items'), count: data.items.length }),
                  children: (
                    <>
                      <Row gutter={[16, 12]} align="bottom" className="cn-lists-filters" role="search">
                        <Col xs={24} lg={8}>
                          <div className="cn-lists-control">
                            <label htmlFor="lists-search">{tx('lists.search')}</label>
                            <Input
                              id="lists-search"
                              type="search"
                              allowClear
                              value={query}
                              placeholder={tx('lists.search.placeholder')}
                              onChange={(e) => setParam('q', e.target.value)}
                            />
                          </div>
                        </Col>
                        <Col xs={24} sm={12} lg={4}>
                          <div className="cn-lists-control">
                            <label htmlFor="lists-field">{tx('lists.filter.field')}</label>
                            <Select
                              id="lists-field"
                              allowClear
                              value={field}
                              placeholder={tx('lists.filter.all')}
                              onChange={(v?: string) => setParam('field', v)}
                              options={fields.map((f) => ({
                                value: f,
                                label: `${f}（${count((i) => i.field === f)}）`,
                              }))}
                            />
                          </div>
                        </Col>
                        <Col xs={24} sm={12} lg={5}>
                          <div className="cn-lists-control">
                            <label htmlFor="lists-agency">{tx('lists.filter.agency')}</label>
                            <Select
                              id="lists-agency"
                              allowClear
                              showSearch={{ optionFilterProp: 'label' }}
                              value={agency}
                              placeholder={tx('lists.filter.all')}
                              onChange={(v?: string) => setParam('agency', v)}
                              options={agencies.map((a) => ({
                                value: a,
                                label: `${a}（${count((i) => i.handlingAgency === a)}）`,
                              }))}
                            />
                          </div>
                        </Col>
                        <Col xs={24} sm={12} lg={4}>
                          <div className="cn-lists-control">
                            <label htmlFor="lists-verification">{tx('lists.filter.verification')}</label>
                            <Select
                              id="lists-verification"
                              allowClear
                              value={verification}
                              placeholder={tx('lists.filter.all')}
                              onChange={(v?: string) => setParam('verification', v)}
                              options={verificationClassIds.map((v) => ({
                                value: v,
                                label: tx('lists.withCount', {
                                  label: verificationLabel(v, language),
                                  count: count((i) => i.verification === v),
                                }),
                              }))}
                            />
                          </div>
                        </Col>
                        <Col xs={24} sm={12} lg={3}>
                          <Button
                            block
                            disabled={!filtered}
                            onClick={() =>
                              setParams((current) => {
                                const next = new URLSearchParams(current);
                                for (const name of ['q', 'item', 'field', 'agency', 'verification'])
                                  next.delete(name);
                                return next;
                              })
                            }
                          >
                            {tx('lists.filter.reset')}
                          </Button>
                        </Col>
                      </Row>
                      <p className="cn-lists-count" aria-live="polite" data-testid="list-count">
                        {tx('lists.shown', { total: items.length, shown: shown.length })}
                      </p>
                      <ItemTable
                        items={shown}
                        numbers={numbers}
                        loading={list.loading}
                        opened={only}
                        testId="list-table"
                      />
                    </>
                  ),
                },
                {
                  key: 'retained',
                  label: tx('lists.withCount', {
                    label: tx('lists.tab.retained'),
                    count: data.retained.length,
                  }),
                  children: (
                    <>
                      <Typography.Paragraph>{tx('lists.retained.intro')}</Typography.Paragraph>
                      <RetainedTable items={data.retained} loading={list.loading} testId="retained-table" />
                    </>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </ListsShell>
  );
}
