import { Table, Tag, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { useCreditTexts } from './texts.ts';
import type { IntegrityFile } from './types.ts';

type Repair = IntegrityFile['repairs'][number];
type Objection = IntegrityFile['objections'][number];

const stateColors = {
  'under-review': 'gold',
  granted: 'green',
  refused: 'red',
  kept: 'default',
  corrected: 'green',
} as const;

/** CRED-4 / CRED-5: the applicant's repair applications and objections, with the office's answers. */
export function MyApplications({ file }: { file: IntegrityFile }) {
  const { rt, language } = useCreditTexts();
  const recordName = (id: string | null) => file.records.find((r) => r.id === id)?.description ?? '—';
  return (
    <>
      <Typography.Title level={2} className="cn-case-h2 cn-credit-h2">
        {rt('repairs.title')}
      </Typography.Title>
      <Table<Repair>
        rowKey="id"
        size="small"
        dataSource={file.repairs}
        data-testid="my-repairs"
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: rt('repairs.empty') }}
        columns={[
          {
            title: rt('col.appliedAt'),
            key: 'at',
            width: 150,
            render: (_, r) => formatDateTime(r.appliedAt, language),
          },
          {
            title: rt('repairForm.record'),
            key: 'record',
            width: 240,
            render: (_, r) => recordName(r.recordId),
          },
          { title: rt('col.rectification'), dataIndex: 'rectification', key: 'rectification', width: 240 },
          {
            title: rt('col.appState'),
            key: 'state',
            width: 110,
            render: (_, r) => <Tag color={stateColors[r.state]}>{rt(`repairState.${r.state}`)}</Tag>,
          },
          {
            title: rt('col.answer'),
            key: 'answer',
            width: 240,
            render: (_, r) =>
              r.decisionReason ?? (
                <span className="cn-case-muted">{`${rt('col.dueOn')} ${formatDate(r.dueOn, language)}`}</span>
              ),
          },
        ]}
      />
      <Typography.Title level={2} className="cn-case-h2 cn-credit-h2">
        {rt('objections.title')}
      </Typography.Title>
      <Table<Objection>
        rowKey="id"
        size="small"
        dataSource={file.objections}
        data-testid="my-objections"
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: rt('objections.empty') }}
        columns={[
          {
            title: rt('col.filedAt'),
            key: 'at',
            width: 150,
            render: (_, o) => formatDateTime(o.filedAt, language),
          },
          { title: rt('col.subject'), dataIndex: 'subject', key: 'subject', width: 240 },
          { title: rt('col.reasons'), dataIndex: 'reasons', key: 'reasons', width: 240 },
          {
            title: rt('col.appState'),
            key: 'state',
            width: 110,
            render: (_, o) => <Tag color={stateColors[o.state]}>{rt(`objectionState.${o.state}`)}</Tag>,
          },
          {
            title: rt('col.answer'),
            key: 'answer',
            width: 240,
            render: (_, o) =>
              o.answer ?? (
                <span className="cn-case-muted">{`${rt('col.dueOn')} ${formatDate(o.dueOn, language)}`}</span>
              ),
          },
        ]}
      />
    </>
  );
}
