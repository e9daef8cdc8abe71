import { maskIdentifier } from '@common/identifiers/index.ts';
import { Button, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { enterCreditRecord, useCreditRecords, useCreditRules } from '../../api/credit.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { FormModal } from '../supervision/FormModal.tsx';
import { useSupervisionChange } from '../supervision/useSupervisionChange.ts';
import { gradeColors } from './model.ts';
import { OfficePage } from './OfficePage.tsx';
import { useOfficeTexts } from './office-texts.ts';
import { RecordStatus } from './RecordStatus.tsx';

type Row = Answer<'/api/credit/records'>[number];
type RecordInput = Parameters<typeof enterCreditRecord>[0];

/** CRED-2: entering dishonesty another authority found, under the rules in force. */
function RecordModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { ot, language } = useOfficeTexts();
  const rules = useCreditRules();
  const [form] = Form.useForm<RecordInput>();
  const change = useSupervisionChange();
  const current = rules.data?.current;
  const required = [{ required: true, whitespace: true, message: ot('recordForm.required') }];
  const save = async () => {
    const values = await form.validateFields();
    const body = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
    ) as RecordInput;
    body.identifier = body.identifier.toUpperCase();
    if (await change.send(() => enterCreditRecord(body), form, ot('recordForm.done'))) onClose();
  };
  const text = (name: keyof RecordInput, max: number, area = false) => (
    <Form.Item name={name} label={ot(`recordForm.${name}`)} rules={required}>
      {area ? <Input.TextArea autoSize={{ minRows: 2 }} maxLength={max} /> : <Input maxLength={max} />}
    </Form.Item>
  );
  return (
    <FormModal
      open={open}
      width={640}
      title={ot('recordForm.title')}
      okText={ot('recordForm.save')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {ot('recordForm.intro', { n: current?.version ?? '…' })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="credit-record" preserve={false}>
        {text('identifier', 18)}
        {text('name', 100)}
        <Form.Item name="category" label={ot('recordForm.category')} rules={required}>
          <Select
            options={(current?.categories ?? []).map((c) => ({
              value: c.code,
              label: `${language === 'en' ? c.nameEn : c.name}（${c.grade}）`,
            }))}
          />
        </Form.Item>
        {text('description', 500, true)}
        {text('authority', 100)}
        {text('documentNo', 60)}
        {text('basis', 500, true)}
      </Form>
    </FormModal>
  );
}

/** CRED-2: the district's dishonesty records, with 异议中 where an objection is open. */
export function RecordsPage() {
  const { ot, language } = useOfficeTexts();
  const records = useCreditRecords();
  const [adding, setAdding] = useState(false);
  return (
    <OfficePage
      title={ot('records.title')}
      intro={ot('records.intro')}
      read={records}
      testId="credit-records-page"
      dialogs={<RecordModal open={adding} onClose={() => setAdding(false)} />}
      extra={
        <Button type="primary" onClick={() => setAdding(true)}>
          {ot('records.add')}
        </Button>
      }
    >
      {(rows) => (
        <Table<Row>
          rowKey="id"
          size="small"
          dataSource={rows}
          data-testid="credit-records"
          scroll={{ x: 1320 }}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: ot('common.empty') }}
          columns={[
            {
              title: ot('records.col.recordedAt'),
              key: 'at',
              width: 150,
              render: (_, r) => formatDateTime(r.recordedAt, language),
            },
            {
              title: ot('common.party'),
              key: 'party',
              width: 200,
              render: (_, r) => (
                <>
                  {r.partyName}
                  <div className="cn-case-muted">{maskIdentifier(r.identifier)}</div>
                </>
              ),
            },
            {
              title: ot('records.col.category'),
              key: 'category',
              width: 150,
              render: (_, r) => (
                <Tag color={gradeColors[r.category.grade]}>
                  {language === 'en' ? r.category.nameEn : r.category.name}
                </Tag>
              ),
            },
            {
              title: ot('records.col.description'),
              dataIndex: 'description',
              key: 'description',
              width: 280,
            },
            { title: ot('records.col.authority'), dataIndex: 'authority', key: 'authority', width: 160 },
            {
              title: ot('records.col.documentNo'),
              key: 'documentNo',
              width: 150,
              render: (_, r) => r.documentNo ?? '—',
            },
            {
              title: ot('records.col.source'),
              key: 'source',
              width: 100,
              render: (_, r) => ot(`source.${r.source}`),
            },
            {
              title: ot('records.col.version'),
              key: 'version',
              width: 80,
              render: (_, r) => ot('rules.v', { n: r.ruleVersion }),
            },
            {
              title: ot('common.state'),
              key: 'state',
              width: 150,
              render: (_, r) => <RecordStatus record={r} />,
            },
          ]}
        />
      )}
    </OfficePage>
  );
}
