import {
  Alert,
  Button,
  Card,
  Col,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTextsDashboard } from '../../api/documents.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { DistrictPicker, type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { StatusTag } from './StatusTag.tsx';
import { useDocumentTexts } from './texts.ts';
import type { DashboardItem, TextStatus } from './types.ts';
import './documents.css';
import { DueDate } from '../../components/DueDate.tsx';

export const textEditorPath = (itemKey: string, kind: 'notice' | 'commitment', district: string) =>
  `/workbench/texts/${itemKey}/${kind}?district=${district}`;

/**
 * DOC-2, DOC-3: every item of the list in force with its notice and commitment, the publication
 * deadline and what is late, counted per agency; each item opens in the text editor.
 */
function Texts({ district }: { district: StaffDistrict }) {
  const { dt, language } = useDocumentTexts();
  const { me } = useAuth();
  const dashboard = useTextsDashboard(district.code);
  const data = dashboard.data;
  const [mineOnly, setMineOnly] = useState(me!.role !== 'justice-officer');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<TextStatus | undefined>();
  const [agency, setAgency] = useState<string | undefined>();
  const items = data?.items ?? [];
  const anyMine = items.some((i) => i.mine);
  const q = search.trim();
  const shown = items.filter(
    (i) =>
      (!mineOnly || !anyMine || i.mine) &&
      (!status || i.status === status) &&
      (!agency || i.agency === agency) &&
      (!q || i.name.includes(q) || i.administrativeMatter.includes(q)),
  );
  const count = (s: TextStatus) => items.filter((i) => i.status === s).length;
  // the officer's own agency first, then those late or due, most behind first
  const own = me!.agency?.name;
  const agencies = [...(data?.agencies ?? [])].sort(
    (a, b) => Number(b.agency === own) - Number(a.agency === own) || b.overdue - a.overdue || b.due - a.due,
  );
  const published = (yes: boolean) =>
    yes ? (
      <Tag color="green">{dt('texts.isPublished')}</Tag>
    ) : (
      <Tag className="cn-tag-muted">{dt('texts.notPublished')}</Tag>
    );
  return (
    <Card
      title={<PageTitle>{dt('texts.title')}</PageTitle>}
      extra={<DistrictPicker district={district} />}
      className="cn-docs-staff"
    >
      <Typography.Paragraph type="secondary">{dt('texts.intro')}</Typography.Paragraph>
      {dashboard.error ? (
        <Alert type="error" showIcon title={applyServerError(null, dashboard.error, language)} />
      ) : null}
      {data && data.versionNo === null && <Alert type="info" showIcon title={dt('texts.noList')} />}
      {data && data.versionNo !== null && (
        <>
          <Row gutter={[16, 16]} className="cn-docs-stats" data-testid="texts-stats">
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={`${dt('texts.total')}（${dt('texts.listVersion', { n: data.versionNo })}）`}
                  value={items.length}
                />
              </Card>
            </Col>
            {(['published', 'due', 'overdue'] as const).map((s) => (
              <Col xs={12} md={6} key={s}>
                <Card size="small" className={`cn-docs-stat-${s}`}>
                  <Statistic title={dt(`texts.status.${s}`)} value={count(s)} />
                </Card>
              </Col>
            ))}
          </Row>
          <Typography.Title level={2} className="cn-docs-h2">
            {dt('texts.byAgency')}
          </Typography.Title>
          <Table
            rowKey="agency"
            size="small"
            data-testid="texts-agencies"
            dataSource={agencies}
            pagination={false}
            rowClassName={(a) => (a.agency === own ? 'cn-docs-row-own' : '')}
            columns={[
              {
                title: dt('texts.col.agency'),
                dataIndex: 'agency',
                render: (name: string) => (
                  <Space size={8}>
                    {/* A filter that stays on: a toggle button (aria-pressed), drawn as a link. */}
                    <Button
                      type="link"
                      className="cn-docs-filter"
                      aria-pressed={agency === name}
                      onClick={() => setAgency(agency === name ? undefined : name)}
                    >
                      {name}
                    </Button>
                    {name === own && <Tag color="blue">{dt('texts.own')}</Tag>}
                  </Space>
                ),
              },
              {
                title: dt('texts.status.published'),
                dataIndex: 'published',
                width: 110,
                align: 'right',
              },
              {
                title: dt('texts.status.due'),
                dataIndex: 'due',
                width: 110,
                align: 'right',
                render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : 0),
              },
              {
                title: dt('texts.status.overdue'),
                dataIndex: 'overdue',
                width: 110,
                align: 'right',
                render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0),
              },
            ]}
          />
          <Space wrap className="cn-docs-filters" size={[16, 8]}>
            <Input.Search
              allowClear
              aria-label={dt('common.search')}
              placeholder={dt('texts.search')}
              onChange={(e) => setSearch(e.target.value)}
              style={{ width: 260 }}
            />
            <Select
              allowClear
              aria-label={dt('texts.filter.status')}
              placeholder={`${dt('texts.filter.status')}：${dt('common.all')}`}
              value={status}
              onChange={setStatus}
              style={{ width: 150 }}
              options={(['published', 'due', 'overdue'] as const).map((s) => ({
                value: s,
                label: `${dt(`texts.status.${s}`)}（${count(s)}）`,
              }))}
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={dt('texts.filter.agency')}
              placeholder={`${dt('texts.filter.agency')}：${dt('common.all')}`}
              value={agency}
              onChange={setAgency}
              style={{ width: 260 }}
              options={data.agencies.map((a) => ({ value: a.agency, label: a.agency }))}
            />
            {anyMine && me!.role !== 'justice-officer' && (
              <span className="cn-docs-switch">
                <Switch id="texts-mine" checked={mineOnly} onChange={setMineOnly} />
                <label htmlFor="texts-mine">{dt('common.mineOnly')}</label>
              </span>
            )}
          </Space>
          <p className="cn-docs-count" aria-live="polite" data-testid="texts-shown">
            {dt('texts.shown', { total: items.length, shown: shown.length })}
          </p>
        </>
      )}
      <Table<DashboardItem>
        rowKey="itemKey"
        size="small"
        loading={dashboard.loading}
        dataSource={shown}
        data-testid="texts-items"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        rowClassName={(i) => (i.status === 'overdue' ? 'cn-docs-row-overdue' : '')}
        columns={[
          {
            title: dt('texts.col.name'),
            render: (_v, i) => <Link to={textEditorPath(i.itemKey, 'notice', district.code)}>{i.name}</Link>,
          },
          { title: dt('texts.col.matter'), dataIndex: 'administrativeMatter' },
          { title: dt('texts.col.agency'), dataIndex: 'agency' },
          { title: dt('texts.col.notice'), width: 90, render: (_v, i) => published(i.notice) },
          { title: dt('texts.col.commitment'), width: 90, render: (_v, i) => published(i.commitment) },
          {
            title: dt('texts.col.due'),
            dataIndex: 'dueDate',
            width: 150,
            render: (d: string | null, i) => (d ? <DueDate date={d} warnings={i.dueWarnings} /> : '—'),
          },
          {
            title: dt('texts.col.status'),
            width: 90,
            render: (_v, i) => <StatusTag status={i.status} />,
          },
          {
            title: dt('common.actions'),
            width: 170,
            render: (_v, i) => (
              <Space size={12}>
                <Link
                  to={textEditorPath(i.itemKey, 'notice', district.code)}
                  aria-label={dt('texts.editNotice', { name: i.name })}
                >
                  {dt('kind.notice')}
                </Link>
                <Link
                  to={textEditorPath(i.itemKey, 'commitment', district.code)}
                  aria-label={dt('texts.editCommitment', { name: i.name })}
                >
                  {dt('kind.commitment')}
                </Link>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function TextsPage() {
  return <WithStaffDistrict>{(district) => <Texts district={district} />}</WithStaffDistrict>;
}
