import { changeRequestStates } from '@common/change-request-states.ts';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { useChangeRequests } from '../../api/lists.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/dates.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { ChangeRequestDetail, stateColours } from './ChangeRequestDetail.tsx';
import { ChangeRequestForm } from './ChangeRequestForm.tsx';
import { useListTexts } from './texts.ts';

type ChangeRequest = Answer<'/api/list-changes'>[number];

/** LIST-6: change requests of the viewer's area; agencies submit, the reviewing level decides. */
export function ChangeRequestsPage() {
  const { lt, language } = useListTexts();
  const { me } = useAuth();
  const [state, setState] = useState<keyof typeof changeRequestStates | ''>('');
  const requests = useChangeRequests(state ? { state } : {});
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const canRequest = Boolean(me?.agency) && me?.permissions.includes('lists.request');
  return (
    <Card
      title={<PageTitle>{lt('change.title')}</PageTitle>}
      extra={
        <Space>
          <Select
            aria-label={lt('change.filter')}
            value={state}
            onChange={setState}
            style={{ width: 180 }}
            options={[
              { value: '', label: lt('change.all') },
              ...Object.entries(changeRequestStates).map(([value, label]) => ({
                value,
                label: label[language],
              })),
            ]}
          />
          {canRequest && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {lt('change.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<ChangeRequest>
        rowKey="id"
        size="small"
        loading={requests.loading}
        dataSource={requests.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        onRow={(r) => ({ onClick: () => setOpen(r.id) })}
        columns={[
          {
            title: lt('change.number'),
            render: (_v, r) => (
              <Button type="link" size="small" onClick={() => setOpen(r.id)}>
                {r.number}
              </Button>
            ),
          },
          { title: lt('change.action'), render: (_v, r) => lt(`change.action.${r.action}`), width: 70 },
          { title: lt('change.item'), render: (_v, r) => `${r.itemName}（${r.administrativeMatter}）` },
          { title: lt('change.agency'), dataIndex: 'agencyName' },
          { title: lt('change.list'), dataIndex: 'listTitle', ellipsis: true },
          {
            title: lt('change.state'),
            render: (_v, r) => (
              <Tag color={stateColours[r.state]}>{changeRequestStates[r.state][language]}</Tag>
            ),
          },
          {
            title: lt('change.updated'),
            render: (_v, r) => formatDate(r.updatedAt, language),
          },
        ]}
      />
      <ChangeRequestDetail
        id={open}
        onClose={(changed) => {
          setOpen(null);
          if (changed) void requests.reload();
        }}
      />
      <ChangeRequestForm
        open={creating}
        onClose={(submitted) => {
          setCreating(false);
          if (submitted) void requests.reload();
        }}
      />
    </Card>
  );
}
