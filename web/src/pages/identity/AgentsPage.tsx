import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { decideAgentRequest, removeAgent, useCompanyAgents } from '../../api/accounts.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { useIdentityTexts } from './texts.ts';

/** SPEC §10: a company's administrator links its agents (经办人) and removes them. */
export function AgentsPage() {
  const { it, language } = useIdentityTexts();
  const { message } = App.useApp();
  const agents = useCompanyAgents();
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await agents.reload();
    } catch (error) {
      void message.error(applyServerError(null, error, language));
    }
  };
  const data = agents.data;
  return (
    <Card
      title={
        <PageTitle>
          {it('agents.title')}
          {data ? ` · ${data.organisation.name}` : ''}
        </PageTitle>
      }
    >
      <Typography.Paragraph type="secondary">{it('agents.intro')}</Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: '1.1em' }}>
        {it('agents.requests')}
      </Typography.Title>
      <Table
        rowKey="claimId"
        size="small"
        pagination={false}
        loading={agents.loading}
        dataSource={data?.requests ?? []}
        locale={{ emptyText: it('agents.none') }}
        columns={[
          {
            title: it('agents.col.name'),
            key: 'name',
            render: (_, r) => (
              <Space wrap>
                {r.agentName}
                {!r.nameMatches && <Tag color="warning">{it('agents.nameMismatch')}</Tag>}
              </Space>
            ),
          },
          { title: it('agents.col.idNumber'), dataIndex: 'agentIdNumber' },
          { title: it('agents.col.username'), dataIndex: 'username' },
          {
            title: it('agents.col.requestedAt'),
            key: 'at',
            render: (_, r) => formatDateTime(r.requestedAt, language),
          },
          {
            title: it('agents.col.actions'),
            key: 'actions',
            render: (_, r) => (
              <Space>
                <Button
                  type="primary"
                  size="small"
                  onClick={() => act(() => decideAgentRequest(r.claimId, { decision: 'approve' }))}
                >
                  {it('agents.approve')}
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => act(() => decideAgentRequest(r.claimId, { decision: 'refuse' }))}
                >
                  {it('agents.refuse')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: '1.1em', marginTop: 24 }}>
        {it('agents.accounts')}
      </Typography.Title>
      <Table
        rowKey="userId"
        size="small"
        pagination={false}
        dataSource={data?.accounts ?? []}
        columns={[
          {
            title: it('agents.col.name'),
            key: 'name',
            render: (_, a) => `${a.agentName}${a.self ? it('agents.you') : ''}`,
          },
          { title: it('agents.col.idNumber'), dataIndex: 'agentIdNumber' },
          { title: it('agents.col.username'), dataIndex: 'username' },
          {
            title: it('agents.col.capacity'),
            key: 'capacity',
            // A company's accounts act as its administrator or agent, never in their own name ('self').
            render: (_, a) =>
              a.capacity && a.capacity !== 'self' ? it(`agents.capacity.${a.capacity}`) : '—',
          },
          {
            title: it('agents.col.actions'),
            key: 'actions',
            render: (_, a) =>
              a.capacity === 'agent' && (
                <Popconfirm
                  title={it('agents.remove.confirm')}
                  onConfirm={() => act(() => removeAgent(a.userId))}
                >
                  <Button size="small" danger>
                    {it('agents.remove')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
