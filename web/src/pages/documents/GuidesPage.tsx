import { Alert, Card, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useServiceGuides } from '../../api/documents.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { DistrictPicker, type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { useDocumentTexts } from './texts.ts';
import type { GuideRow } from './types.ts';
import './documents.css';

export const guideEditorPath = (id: string, district: string) =>
  `/workbench/guides/${id}?district=${district}`;

/** DOC-4: every administrative matter of the district with its service guide's version and draft. */
function Guides({ district }: { district: StaffDistrict }) {
  const { dt, language } = useDocumentTexts();
  const { me } = useAuth();
  const guides = useServiceGuides(district.code);
  const [mineOnly, setMineOnly] = useState(me!.role !== 'justice-officer');
  const [search, setSearch] = useState('');
  const rows = guides.data ?? [];
  const anyMine = rows.some((g) => g.mine);
  const q = search.trim();
  const shown = rows.filter(
    (g) => (!mineOnly || !anyMine || g.mine) && (!q || g.name.includes(q) || g.code.includes(q)),
  );
  return (
    <Card
      className="cn-docs-staff"
      title={<PageTitle>{dt('guides.title')}</PageTitle>}
      extra={<DistrictPicker district={district} />}
    >
      <Typography.Paragraph type="secondary">{dt('guides.intro')}</Typography.Paragraph>
      {guides.error ? (
        <Alert type="error" showIcon title={applyServerError(null, guides.error, language)} />
      ) : null}
      <Space wrap className="cn-docs-filters" size={[16, 8]}>
        <Input.Search
          allowClear
          aria-label={dt('common.search')}
          placeholder={dt('guides.search')}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 260 }}
        />
        {anyMine && me!.role !== 'justice-officer' && (
          <span className="cn-docs-switch">
            <Switch id="guides-mine" checked={mineOnly} onChange={setMineOnly} />
            <label htmlFor="guides-mine">{dt('common.mineOnly')}</label>
          </span>
        )}
      </Space>
      <p className="cn-docs-count" aria-live="polite">
        {dt('texts.shown', { total: rows.length, shown: shown.length })}
      </p>
      <Table<GuideRow>
        rowKey="id"
        size="small"
        loading={guides.loading}
        dataSource={shown}
        data-testid="guides-items"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: dt('guides.col.code'), dataIndex: 'code', width: 90 },
          {
            title: dt('guides.col.name'),
            render: (_v, g) => (
              <Link
                to={guideEditorPath(g.id, district.code)}
                aria-label={dt('guides.edit', { name: g.name })}
              >
                {g.name}
              </Link>
            ),
          },
          { title: dt('guides.col.agency'), dataIndex: 'agency' },
          {
            title: dt('guides.col.version'),
            width: 170,
            render: (_v, g) => (
              <Space size={4} wrap>
                {g.version ? (
                  <Tag color="green">{dt('common.version', { n: g.version })}</Tag>
                ) : (
                  <Tag color="orange">{dt('common.noVersion')}</Tag>
                )}
                {g.hasDraft && <Tag color="blue">{dt('common.draft')}</Tag>}
              </Space>
            ),
          },
          {
            title: dt('guides.col.published'),
            width: 120,
            render: (_v, g) => formatDate(g.publishedAt, language),
          },
        ]}
      />
    </Card>
  );
}

export function GuidesPage() {
  return <WithStaffDistrict>{(district) => <Guides district={district} />}</WithStaffDistrict>;
}
