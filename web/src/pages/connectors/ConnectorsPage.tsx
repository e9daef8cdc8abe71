import { Alert, Button, Card, Descriptions, Skeleton, Table, Tag, Typography } from 'antd';
import type { Answer } from '../../api/answers.ts';
import { useConnectors } from '../../api/connectors.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { useConnectorTexts } from './texts.ts';
import './connectors.css';

type Connector = Answer<'/api/connectors'>['connectors'][number];
type Platform = Connector['platforms'][number];

const answerColours = { true: 'green', false: 'red', null: 'default' } as const;
const circuitColours = { closed: 'green', open: 'red', 'half-open': 'orange' } as const;

/** One outside system: does it answer, its circuit, its last success and failure, its queues. */
function ConnectorCard({ connector: c }: { connector: Connector }) {
  const { ct, language } = useConnectorTexts();
  const at = (value: string | null) => (value ? formatDateTime(value, language) : ct('never'));
  const answers = String(c.answers) as 'true' | 'false' | 'null';
  return (
    <Card
      size="small"
      data-testid={`connector-${c.key}`}
      title={ct(`name.${c.key}`)}
      extra={<Tag color={answerColours[answers]}>{ct(`answers.${answers}`)}</Tag>}
      style={{ marginBottom: 16 }}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={ct('circuit')}>
          {c.circuit ? (
            <Tag color={circuitColours[c.circuit]}>{ct(`circuit.${c.circuit}`)}</Tag>
          ) : (
            ct('never')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={ct('lastSuccess')}>{at(c.lastSuccessAt)}</Descriptions.Item>
        <Descriptions.Item label={ct('lastFailure')}>
          {at(c.lastFailureAt)}
          {c.lastFailure &&
            `（${ct(`failure.${c.lastFailure.kind}`)}${c.lastFailure.status ? ` ${c.lastFailure.status}` : ''}）`}
        </Descriptions.Item>
        <Descriptions.Item label={ct('recent')}>
          {ct('recentCalls', { n: c.recentCalls, failed: c.recentFailures })}
        </Descriptions.Item>
        <Descriptions.Item label={ct('queued')}>{c.queued}</Descriptions.Item>
        <Descriptions.Item label={ct('givenUp')}>
          {c.givenUp > 0 ? (
            <Tag color="red">
              {c.givenUp} · {ct('givenUpHint')}
            </Tag>
          ) : (
            0
          )}
        </Descriptions.Item>
      </Descriptions>
      {c.platformWide && (
        <Typography.Text type="secondary" className="cn-connector-note">
          {ct('platformWide')}
        </Typography.Text>
      )}
      {c.platforms.length > 0 && (
        <Table<Platform>
          rowKey="name"
          size="small"
          pagination={false}
          title={() => ct('platforms')}
          dataSource={c.platforms}
          scroll={{ x: 720 }}
          columns={[
            { title: ct('platform.name'), dataIndex: 'name', key: 'name' },
            { title: ct('queued'), dataIndex: 'queued', key: 'queued', width: 90, align: 'right' },
            {
              title: ct('givenUp'),
              key: 'givenUp',
              width: 90,
              align: 'right',
              render: (_, p) => (p.givenUp > 0 ? <Tag color="red">{p.givenUp}</Tag> : 0),
            },
            {
              title: ct('platform.lastDelivered'),
              key: 'delivered',
              width: 150,
              render: (_, p) => at(p.lastDeliveredAt),
            },
            {
              title: ct('platform.lastPulled'),
              key: 'pulled',
              width: 150,
              render: (_, p) => at(p.lastPulledAt),
            },
          ]}
        />
      )}
    </Card>
  );
}

/**
 * 接口状态 for the district's big-data centre: each outside system its work goes through (the data-
 * sharing platform online verification queries, the SMS gateway, the credit platforms pushed to), as
 * this instance sees it now.
 */
export function ConnectorsPage() {
  const { ct, language } = useConnectorTexts();
  const status = useConnectors();
  const s = status.data;
  return (
    <Card
      title={<PageTitle>{ct('title')}</PageTitle>}
      data-testid="connectors-page"
      extra={
        <Button onClick={() => void status.reload()} loading={status.loading}>
          {ct('refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {ct('intro')}
        {s && (
          <>
            <br />
            {ct('checkedAt', { district: s.district.name, at: formatDateTime(s.checkedAt, language) })}
          </>
        )}
      </Typography.Paragraph>
      {status.error ? (
        <Alert type="error" showIcon title={applyServerError(null, status.error, language)} />
      ) : null}
      {s
        ? s.connectors.map((c) => <ConnectorCard key={c.key} connector={c} />)
        : !status.error && <Skeleton active />}
    </Card>
  );
}
