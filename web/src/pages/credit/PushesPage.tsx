import { Button, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import {
  type CreditPush,
  type PushState,
  retryCreditPush,
  useCreditPushes,
} from '../../api/credit-pushes.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { useSupervisionChange } from '../supervision/useSupervisionChange.ts';
import { OfficePage } from './OfficePage.tsx';
import { useOfficeTexts } from './office-texts.ts';

const states: PushState[] = ['failed', 'pending', 'delivered'];
const stateColors = { pending: 'gold', delivered: 'green', failed: 'red' } as const;

/** CRED-6: what was pushed to the credit platforms, by state, with receipts, errors and a retry. */
export function PushesPage() {
  const { ot, language } = useOfficeTexts();
  const [state, setState] = useState<PushState>('failed');
  const pushes = useCreditPushes(state);
  const change = useSupervisionChange();
  return (
    <OfficePage
      title={ot('pushes.title')}
      intro={ot('pushes.intro')}
      read={pushes}
      testId="credit-pushes-page"
    >
      {(p) => (
        <>
          <Tabs
            activeKey={state}
            onChange={(key) => setState(key as PushState)}
            items={states.map((s) => ({ key: s, label: `${ot(`pushes.state.${s}`)}（${p.counts[s]}）` }))}
          />
          <Table<CreditPush>
            rowKey="id"
            size="small"
            dataSource={p.items}
            data-testid="credit-pushes"
            scroll={{ x: 1300 }}
            pagination={p.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            locale={{ emptyText: ot('common.empty') }}
            columns={[
              {
                title: ot('pushes.col.createdAt'),
                key: 'at',
                width: 150,
                render: (_, r) => formatDateTime(r.createdAt, language),
              },
              { title: ot('pushes.col.platform'), dataIndex: 'platform', key: 'platform', width: 140 },
              {
                title: ot('pushes.col.kind'),
                key: 'kind',
                width: 110,
                render: (_, r) => <Tag>{ot(`pushKind.${r.kind}`)}</Tag>,
              },
              { title: ot('pushes.col.summary'), dataIndex: 'summary', key: 'summary', width: 260 },
              {
                title: ot('common.state'),
                key: 'state',
                width: 100,
                render: (_, r) => <Tag color={stateColors[r.state]}>{ot(`pushes.state.${r.state}`)}</Tag>,
              },
              { title: ot('pushes.col.attempts'), dataIndex: 'attempts', key: 'attempts', width: 90 },
              {
                title: ot('pushes.col.next'),
                key: 'next',
                width: 150,
                render: (_, r) => formatDateTime(r.nextAttemptAt, language),
              },
              {
                title: ot('pushes.col.error'),
                key: 'error',
                width: 200,
                render: (_, r) => r.lastError ?? '—',
              },
              {
                title: ot('pushes.col.receipt'),
                key: 'receipt',
                width: 200,
                render: (_, r) =>
                  r.receipt
                    ? ot('pushes.receipt', {
                        id: r.receipt.receiptId,
                        at: formatDateTime(r.receipt.receivedAt, language),
                      })
                    : '—',
              },
              {
                title: ot('common.actions'),
                key: 'actions',
                width: 110,
                fixed: 'right',
                render: (_, r) =>
                  r.state === 'failed' && (
                    <Button
                      size="small"
                      loading={change.busy}
                      onClick={() =>
                        void change.send(() => retryCreditPush(r.id), null, ot('pushes.retried'))
                      }
                    >
                      {ot('pushes.retry')}
                    </Button>
                  ),
              },
            ]}
          />
        </>
      )}
    </OfficePage>
  );
}
