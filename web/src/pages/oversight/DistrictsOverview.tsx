import { Alert, Card, Col, Row, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Answer } from '../../api/answers.ts';
import { useDistrictsOverview } from '../../api/oversight.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { navigationFor } from '../../lib/navigation.ts';
import { Figure } from './Figure.tsx';
import { useOversightTexts } from './texts.ts';

type District = Answer<'/api/oversight/districts'>['districts'][number];

/** A count that opens the page where it is dealt with, when that page is on the user's menu. */
function Count({ n, to, alarm = false }: { n: number; to: string | null; alarm?: boolean }) {
  const shown = alarm && n > 0 ? <Tag color="red">{n}</Tag> : n;
  return to && n > 0 ? <Link to={to}>{shown}</Link> : shown;
}

/**
 * The home of a city's or the province's justice bureau and of an auditor (GOV-2, LIST-7, DOC-5):
 * the filings sent to their level by state, and each served district within reach as it stands.
 */
export function DistrictsOverview() {
  const { ot, language } = useOversightTexts();
  const { me } = useAuth();
  const overview = useDistrictsOverview();
  const menu = navigationFor(me!);
  // Links only to pages on the user's own menu (an auditor records no document filings).
  const onMenu = (key: string, search = '') => {
    const item = menu.find((i) => i.key === key);
    return item ? `${item.path}${search}` : null;
  };
  const o = overview.data;
  const lists = o?.filings.lists;
  const documents = o?.filings.documents;
  const listFilings = onMenu('filings');
  const documentFilings = onMenu('document-filings');
  return (
    <Card
      title={ot('overview.title')}
      loading={overview.loading}
      data-testid="districts-overview"
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary">{ot('overview.intro')}</Typography.Paragraph>
      {overview.error ? (
        <Alert type="error" showIcon title={applyServerError(null, overview.error, language)} />
      ) : null}
      {lists && documents && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} lg={14}>
            <Card
              size="small"
              title={ot('overview.listFilings')}
              extra={listFilings && <Link to={listFilings}>{ot('overview.open')}</Link>}
            >
              <Row gutter={[16, 8]}>
                <Col xs={12} sm={6}>
                  <Figure title={ot('overview.awaiting')} value={lists.awaiting} />
                </Col>
                <Col xs={12} sm={6}>
                  <Figure title={ot('overview.overdue')} value={lists.overdue} alarm />
                </Col>
                <Col xs={12} sm={6}>
                  <Figure title={ot('overview.notSent')} value={lists.notSent} />
                </Col>
                <Col xs={12} sm={6}>
                  <Figure title={ot('overview.received')} value={lists.received} />
                </Col>
              </Row>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card
              size="small"
              title={ot('overview.documentFilings')}
              extra={documentFilings && <Link to={documentFilings}>{ot('overview.open')}</Link>}
            >
              <Row gutter={[16, 8]}>
                <Col xs={12}>
                  <Figure title={ot('overview.documentsAwaiting')} value={documents.awaiting} />
                </Col>
                <Col xs={12}>
                  <Figure title={ot('overview.documentsReceived')} value={documents.received} />
                </Col>
              </Row>
            </Card>
          </Col>
        </Row>
      )}
      <Typography.Title level={2} style={{ fontSize: '1.1em' }}>
        {ot('overview.districts')}
      </Typography.Title>
      <Table<District>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={o?.districts ?? []}
        data-testid="districts-table"
        scroll={{ x: 890 }}
        locale={{ emptyText: ot('overview.none') }}
        columns={[
          {
            title: ot('overview.col.district'),
            key: 'district',
            fixed: 'left',
            width: 140,
            render: (_, d) => {
              const statistics = onMenu('statistics', `?district=${d.code}`);
              const name = `${d.cityName}${d.name}`;
              return statistics ? <Link to={statistics}>{name}</Link> : name;
            },
          },
          {
            title: ot('overview.col.list'),
            key: 'list',
            width: 180,
            render: (_, d) =>
              d.list ? (
                <Link to={`/public/lists/${d.code}`}>
                  {ot('overview.listVersion', {
                    n: d.list.versionNo,
                    date: formatDate(d.list.publishedOn, language),
                  })}
                </Link>
              ) : (
                <Tag color="orange">{ot('overview.noList')}</Tag>
              ),
          },
          {
            title: ot('overview.col.listFilings'),
            key: 'listFilings',
            width: 110,
            align: 'right',
            render: (_, d) => <Count n={d.openListFilings} to={listFilings} />,
          },
          {
            title: ot('overview.col.documentFilings'),
            key: 'documentFilings',
            width: 110,
            align: 'right',
            render: (_, d) => (
              <Count n={d.openDocumentFilings} to={onMenu('document-filings', `?district=${d.code}`)} />
            ),
          },
          {
            title: ot('overview.col.overdue'),
            key: 'overdue',
            width: 100,
            align: 'right',
            render: (_, d) => <Count n={d.overdueDeadlines} to={null} alarm />,
          },
          {
            title: ot('overview.col.cases'),
            dataIndex: 'casesThisYear',
            key: 'cases',
            width: 100,
            align: 'right',
          },
          {
            title: ot('overview.col.false'),
            key: 'false',
            width: 110,
            align: 'right',
            render: (_, d) => <Count n={d.falseFindingsThisYear} to={null} alarm />,
          },
        ]}
      />
    </Card>
  );
}
