import { Alert, App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { claimItems } from '../../api/lists.ts';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useListTexts } from './texts.ts';
import type { Workspace } from './types.ts';
import { VerificationTag } from './VerificationTag.tsx';

/** LIST-3: the list above, item by item, with what this level has taken over. */
export function ClaimPanel({ workspace, reload }: { workspace: Workspace; reload: () => Promise<void> }) {
  const { lt, language } = useListTexts();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<Answer<'/api/lists/{code}/claims', 'post'> | null>(null);
  const upstream = workspace.upstream;
  if (!upstream) return <Alert type="info" showIcon title={lt('lists.noUpstream')} />;
  const claim = async (itemKeys?: string[]) => {
    try {
      const result = await claimItems(workspace.code, itemKeys ? { itemKeys } : {});
      setOutcome(result);
      setSelected([]);
      void message.success(
        lt('lists.claimResult', {
          claimed: result.claimed,
          refreshed: result.refreshed,
          unchanged: result.unchanged,
        }),
      );
      await reload();
    } catch (error) {
      void message.error(applyServerError(null, error, language));
    }
  };
  const claimed = upstream.items.filter((i) => i.status === 'claimed').length;
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text>
          {lt('lists.upstreamOf', {
            title: upstream.title,
            n: upstream.versionNo,
            date: formatDate(upstream.publishedOn, language),
          })}{' '}
          ·{' '}
          <Typography.Text strong>
            {claimed}/{upstream.items.length} {lt('lists.claim.claimed')}
          </Typography.Text>
        </Typography.Text>
        {workspace.keeps && (
          <Space>
            <Button disabled={selected.length === 0} onClick={() => claim(selected)}>
              {lt('lists.claimSelected', { n: selected.length })}
            </Button>
            <Button type="primary" onClick={() => claim()}>
              {lt('lists.claimAll')}
            </Button>
          </Space>
        )}
      </Space>
      {outcome && outcome.refused.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={lt('lists.claimRefused')}
          description={
            <ul>
              {outcome.refused.map((r) => (
                <li key={r.key}>
                  {r.name}（{r.administrativeMatter}）：{language === 'zh' ? r.reason : r.reason_en}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Table
        rowKey="key"
        size="small"
        dataSource={upstream.items}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        rowSelection={
          workspace.keeps
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }
            : undefined
        }
        columns={[
          { title: lt('lists.col.no'), render: (_v, _i, n) => n + 1, width: 60 },
          { title: lt('lists.col.name'), dataIndex: 'name' },
          { title: lt('lists.col.matter'), dataIndex: 'administrativeMatter' },
          { title: lt('lists.col.agency'), dataIndex: 'handlingAgency' },
          {
            title: lt('lists.col.verification'),
            render: (_v, i) => <VerificationTag value={i.verification} />,
          },
          {
            title: lt('lists.col.status'),
            render: (_v, i) =>
              i.status === 'claimed' ? (
                <Tag
                  color="green"
                  title={`${i.claimedBy ?? ''} ${i.claimedAt ? formatDate(i.claimedAt, language) : ''}`}
                >
                  {lt('lists.claim.claimed')}
                </Tag>
              ) : (
                <Tag color="orange">{lt('lists.claim.pending')}</Tag>
              ),
          },
        ]}
      />
    </>
  );
}
