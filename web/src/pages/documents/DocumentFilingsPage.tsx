import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { receiveDocumentFiling, useDocumentFilings } from '../../api/documents.ts';
import { useServedDistricts } from '../../api/organisation.ts';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { DistrictPicker, type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { useDocumentTexts } from './texts.ts';
import type { DocumentFiling } from './types.ts';
import './documents.css';

const typeColour = { 'work-rule': 'purple', 'format-text': 'blue', guide: 'cyan' } as const;

/**
 * DOC-5: the filings of the district's work rule, texts and guides with the justice bureau, with their
 * dates and state; the bureau they were filed with records each (确认备案).
 */
function DocumentFilings({ district }: { district: StaffDistrict }) {
  const { dt, language } = useDocumentTexts();
  const { message } = App.useApp();
  const filings = useDocumentFilings(district.code);
  const districts = useServedDistricts();
  const [type, setType] = useState<DocumentFiling['subjectType'] | undefined>();
  const [state, setState] = useState<DocumentFiling['state'] | undefined>();
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const rows = filings.data ?? [];
  const q = search.trim();
  const shown = rows.filter(
    (f) =>
      (!type || f.subjectType === type) &&
      (!state || f.state === state) &&
      (!q || f.title.includes(q) || f.fromName.includes(q)),
  );
  const bureau = (code: string) => {
    const d = districts.data?.find((x) => x.code === code);
    const city = districts.data?.find((x) => x.cityCode === code);
    const name = d?.name ?? city?.cityName;
    return name ? dt('filings.justiceOf', { name }) : code;
  };
  const receive = async (filing: DocumentFiling) => {
    setBusy(filing.id);
    try {
      await receiveDocumentFiling(filing.id, { revision: filing.revision });
      void message.success(dt('filings.received'));
    } catch (error) {
      void message.error(applyServerError(null, error, language));
    }
    await filings.reload();
    setBusy(null);
  };
  return (
    <Card
      className="cn-docs-staff"
      title={<PageTitle>{dt('filings.title')}</PageTitle>}
      extra={<DistrictPicker district={district} />}
    >
      <Typography.Paragraph type="secondary">{dt('filings.intro')}</Typography.Paragraph>
      {filings.error ? (
        <Alert type="error" showIcon title={applyServerError(null, filings.error, language)} />
      ) : null}
      <Space wrap className="cn-docs-filters" size={[16, 8]}>
        <Input.Search
          allowClear
          aria-label={dt('common.search')}
          placeholder={dt('filings.search')}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          aria-label={dt('filings.col.type')}
          placeholder={`${dt('filings.col.type')}：${dt('common.all')}`}
          value={type}
          onChange={setType}
          style={{ width: 160 }}
          options={(['work-rule', 'format-text', 'guide'] as const).map((t) => ({
            value: t,
            label: dt(`filings.type.${t}`),
          }))}
        />
        <Select
          allowClear
          aria-label={dt('filings.col.state')}
          placeholder={`${dt('filings.col.state')}：${dt('common.all')}`}
          value={state}
          onChange={setState}
          style={{ width: 160 }}
          options={(['submitted', 'received'] as const).map((s) => ({
            value: s,
            label: dt(`filings.state.${s}`),
          }))}
        />
      </Space>
      <p className="cn-docs-count" aria-live="polite">
        {dt('filings.count', {
          total: shown.length,
          pending: shown.filter((f) => f.state === 'submitted').length,
        })}
      </p>
      <Table<DocumentFiling>
        rowKey="id"
        size="small"
        loading={filings.loading}
        dataSource={shown}
        data-testid="document-filings"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          {
            title: dt('filings.col.type'),
            width: 100,
            render: (_v, f) => (
              <Tag color={typeColour[f.subjectType]}>{dt(`filings.type.${f.subjectType}`)}</Tag>
            ),
          },
          { title: dt('filings.col.title'), dataIndex: 'title' },
          { title: dt('filings.col.from'), dataIndex: 'fromName' },
          { title: dt('filings.col.to'), width: 140, render: (_v, f) => bureau(f.toJurisdictionCode) },
          {
            title: dt('filings.col.submitted'),
            width: 110,
            render: (_v, f) => formatDate(f.submittedAt, language),
          },
          {
            title: dt('filings.col.state'),
            width: 100,
            render: (_v, f) => (
              <Tag color={f.state === 'received' ? 'green' : 'orange'}>{dt(`filings.state.${f.state}`)}</Tag>
            ),
          },
          {
            title: dt('filings.col.received'),
            width: 170,
            render: (_v, f) =>
              f.receivedAt ? `${formatDate(f.receivedAt, language)} ${f.receivedBy ?? ''}` : '—',
          },
          {
            title: dt('common.actions'),
            width: 110,
            render: (_v, f) =>
              f.allowedActions.includes('receive') ? (
                <Button
                  size="small"
                  type="primary"
                  loading={busy === f.id}
                  aria-label={`${dt('filings.receive')}：${f.title}`}
                  onClick={() => receive(f)}
                >
                  {dt('filings.receive')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

export function DocumentFilingsPage() {
  return <WithStaffDistrict>{(district) => <DocumentFilings district={district} />}</WithStaffDistrict>;
}
