import { maskIdentifier } from '@common/identifiers/index.ts';
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { decideRepair, useRepairQueue } from '../../api/credit.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { DecideModal, type Decision } from './DecideModal.tsx';
import { DueOn, Evidence } from './Evidence.tsx';
import { OfficePage } from './OfficePage.tsx';
import { useOfficeTexts } from './office-texts.ts';

type Row = Answer<'/api/credit/repairs'>[number];
const stateColors = { 'under-review': 'gold', granted: 'green', refused: 'red' } as const;

/** CRED-4: the repair applications, granted or refused with reasons within their working days. */
export function RepairsPage() {
  const { ot, language } = useOfficeTexts();
  const repairs = useRepairQueue();
  const [decision, setDecision] = useState<Decision | null>(null);
  const decide = (row: Row, granted: boolean) =>
    setDecision({
      title: ot(granted ? 'repairs.grantTitle' : 'repairs.refuseTitle'),
      label: ot('repairs.reason'),
      help: ot('repairs.reasonHelp'),
      ok: ot(granted ? 'repairs.grant' : 'repairs.refuse'),
      danger: !granted,
      done: ot('repairs.done'),
      send: (reason) => decideRepair(row.id, { granted, reason }),
    });
  return (
    <OfficePage
      title={ot('repairs.title')}
      intro={ot('repairs.intro')}
      read={repairs}
      testId="credit-repairs-page"
      dialogs={<DecideModal decision={decision} onClose={() => setDecision(null)} />}
    >
      {(rows) => (
        <Table<Row>
          rowKey="id"
          size="small"
          dataSource={rows}
          data-testid="credit-repairs"
          scroll={{ x: 1360 }}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: ot('common.empty') }}
          columns={[
            {
              title: ot('repairs.col.appliedAt'),
              key: 'at',
              width: 150,
              render: (_, r) => formatDateTime(r.appliedAt, language),
            },
            {
              title: ot('common.party'),
              key: 'party',
              width: 170,
              render: (_, r) => (
                <>
                  {r.partyName}
                  <div className="cn-case-muted">{maskIdentifier(r.identifier)}</div>
                </>
              ),
            },
            { title: ot('repairs.col.record'), dataIndex: 'record', key: 'record', width: 240 },
            {
              title: ot('repairs.col.rectification'),
              dataIndex: 'rectification',
              key: 'rectification',
              width: 260,
            },
            {
              title: ot('common.evidence'),
              key: 'evidence',
              width: 100,
              render: (_, r) => <Evidence files={r.evidence} />,
            },
            {
              title: ot('common.due'),
              key: 'due',
              width: 150,
              render: (_, r) => <DueOn date={r.dueOn} open={r.state === 'under-review'} />,
            },
            {
              title: ot('common.state'),
              key: 'state',
              width: 220,
              render: (_, r) => (
                <>
                  <Tag color={stateColors[r.state]}>{ot(`repairState.${r.state}`)}</Tag>
                  {r.decisionReason && <div className="cn-case-muted">{r.decisionReason}</div>}
                </>
              ),
            },
            {
              title: ot('common.actions'),
              key: 'actions',
              width: 150,
              fixed: 'right',
              render: (_, r) =>
                r.state === 'under-review' && (
                  <Space size={4}>
                    <Button size="small" type="primary" onClick={() => decide(r, true)}>
                      {ot('repairs.grant')}
                    </Button>
                    <Button size="small" danger onClick={() => decide(r, false)}>
                      {ot('repairs.refuse')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      )}
    </OfficePage>
  );
}
