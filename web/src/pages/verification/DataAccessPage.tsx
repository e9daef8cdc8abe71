import { isAgencyBound } from '@common/agency-bound-roles.ts';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { delayDataAccessDisplay, useDistrictDataAccessLog } from '../../api/verification.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate, shanghaiToday } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { DataAccessExport, DataAccessFilters, useDataAccessFilter } from './DataAccessFilters.tsx';
import { DataLogTable } from './DataLogTable.tsx';
import type { DataAccessEntry } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { useVerificationChange } from './useVerificationChange.ts';
import '../cases/cases.css';
import './verification.css';

/**
 * VER-8: the queries one's district (an agency's staff: their agency) made of the sharing platform,
 * for oversight — the verifiers' and the big-data centre's — filtered and exported as .xlsx; an
 * authorised officer may delay showing one to its subject, until a date and with a reason (an
 * investigation that must not be tipped off). The delay is audited.
 */
export function DataAccessPage() {
  const { vt, language } = useVerificationTexts();
  const { me } = useAuth();
  const [filter, setFilter] = useDataAccessFilter();
  const log = useDistrictDataAccessLog(filter);
  const districtWide = !isAgencyBound(me!.role);
  const delays = me!.permissions.includes('verification.delay-display');
  const change = useVerificationChange(log.reload);
  const [delaying, setDelaying] = useState<DataAccessEntry | null>(null);
  const [form] = Form.useForm<{ until: Dayjs; reason: string }>();
  const today = shanghaiToday();

  const delay = async () => {
    if (!delaying) return;
    const v = await form.validateFields();
    const ok = await change.send(
      () =>
        delayDataAccessDisplay(delaying.id, { until: v.until.format('YYYY-MM-DD'), reason: v.reason.trim() }),
      form,
      vt('log.delayed'),
    );
    if (ok) setDelaying(null);
  };

  const displayColumn: ColumnType<DataAccessEntry> = {
    title: vt('log.col.display'),
    key: 'display',
    width: 130,
    render: (_, e) =>
      e.displayDelayedUntil && e.displayDelayedUntil > today ? (
        <span>{vt('log.delayedUntil', { date: formatDate(e.displayDelayedUntil, language) })}</span>
      ) : (
        <span className="cn-case-muted">{vt('log.shown')}</span>
      ),
  };
  const delayColumn: ColumnType<DataAccessEntry> = {
    title: vt('col.actions'),
    key: 'delay',
    width: 110,
    fixed: 'right',
    render: (_, e) => (
      <Button
        size="small"
        onClick={() => {
          form.resetFields();
          setDelaying(e);
        }}
      >
        {vt('log.delay')}
      </Button>
    ),
  };

  return (
    <Card
      className="cn-case-page"
      title={<PageTitle>{vt('log.districtTitle')}</PageTitle>}
      extra={<DataAccessExport filter={filter} />}
    >
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {vt(districtWide ? 'log.districtIntroWide' : 'log.districtIntro')}
      </Typography.Paragraph>
      <DataAccessFilters filter={filter} set={setFilter} districtWide={districtWide} />
      {log.error ? <Alert type="error" showIcon title={applyServerError(null, log.error, language)} /> : null}
      <DataLogTable
        entries={log.data ?? []}
        loading={log.loading}
        testId="data-access-log"
        extra={delays ? [displayColumn, delayColumn] : [displayColumn]}
      />
      <Modal
        open={delaying !== null}
        title={vt('log.delayTitle')}
        okText={vt('log.delayOk')}
        okButtonProps={{ loading: change.busy }}
        onOk={() => void delay().catch(() => undefined)}
        onCancel={() => setDelaying(null)}
        destroyOnHidden
      >
        {delaying && (
          <Form form={form} layout="vertical" name="delay-display" preserve={false}>
            <Alert type="warning" showIcon className="cn-case-inline-alert" title={vt('log.delayIntro')} />
            <p className="cn-case-muted">
              {delaying.caseNo ?? '—'} · {delaying.purpose}
            </p>
            <Form.Item
              name="until"
              label={vt('log.until')}
              rules={[{ required: true, message: vt('log.untilNeeded') }]}
            >
              <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') <= today} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="reason"
              label={vt('log.reason')}
              rules={[{ required: true, whitespace: true, message: vt('log.reasonNeeded') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
