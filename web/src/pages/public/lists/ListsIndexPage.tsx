import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { usePublicList } from '../../../api/lists.ts';
import { formatDate } from '../../../lib/dates.ts';
import { ListState } from './ListState.tsx';
import { listPages } from './model.ts';
import { type Place, usePlaces } from './places.ts';
import { useListTexts } from './texts.ts';
import './lists.css';

/** One place's list in force, in brief, with the way into each section. */
function PlaceSummary({ place }: { place: Place }) {
  const { tx, language } = useListTexts();
  const list = usePublicList(place.code);
  return (
    <>
      {list.data ? (
        <Typography.Paragraph>
          {tx('lists.placeCard.version', {
            version: list.data.version,
            date: formatDate(list.data.publishedOn, language),
          })}
          {' · '}
          {tx('lists.placeCard.items', { count: list.data.items.length })}
        </Typography.Paragraph>
      ) : (
        <ListState error={list.error} loading={list.loading || !list.data} />
      )}
      <Space wrap size={[16, 8]}>
        <Link to={listPages.list(place.code)}>{tx('lists.section.list')}</Link>
        <Link to={listPages.derived(place.code)}>{tx('lists.section.derived')}</Link>
        <Link to={listPages.versions(place.code)}>{tx('lists.section.versions')}</Link>
        <Link to={listPages.diff(place.code)}>{tx('lists.section.diff')}</Link>
      </Space>
    </>
  );
}

/** The places that publish lists (districts and their towns); ?district=X goes straight to X's list. */
export function ListsIndexPage() {
  const { tx } = useListTexts();
  const [params] = useSearchParams();
  const { districts, places, error } = usePlaces();
  const district = params.get('district');
  if (district && /^\d{6,12}$/.test(district)) return <Navigate to={listPages.list(district)} replace />;
  return (
    <div className="cn-lists-page">
      <section className="cn-hero">
        <div className="cn-content" style={{ paddingTop: 0 }}>
          <Typography.Title level={1} style={{ marginTop: 0 }}>
            {tx('lists.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
            {tx('lists.intro')}
          </Typography.Paragraph>
        </div>
      </section>
      <div className="cn-content">
        <Typography.Title level={2}>{tx('lists.places')}</Typography.Title>
        <ListState error={error} loading={!districts && !error} />
        <Row gutter={[16, 16]}>
          {places
            .filter((p) => !p.district)
            .map((d) => {
              const info = districts?.find((x) => x.code === d.code);
              const towns = places.filter((p) => p.district?.code === d.code);
              return (
                <Col xs={24} md={12} key={d.code}>
                  <Card
                    data-testid={`lists-place-${d.code}`}
                    title={
                      <Typography.Title level={3} className="cn-lists-card-title">
                        {d.name}
                        {info && <Typography.Text type="secondary">（{info.cityName}）</Typography.Text>}
                      </Typography.Title>
                    }
                    extra={<Tag>{d.code}</Tag>}
                  >
                    <PlaceSummary place={d} />
                    {towns.length > 0 && (
                      <div className="cn-lists-towns">
                        <Typography.Title level={4} className="cn-lists-h4">
                          {tx('lists.placeCard.townOf', { district: d.name })}
                        </Typography.Title>
                        {towns.map((town) => (
                          <div
                            key={town.code}
                            data-testid={`lists-place-${town.code}`}
                            className="cn-lists-town"
                          >
                            <Typography.Text strong>{town.name}</Typography.Text> <Tag>{town.code}</Tag>
                            <PlaceSummary place={town} />
                          </div>
                        ))}
                      </div>
                    )}
                  </Card>
                </Col>
              );
            })}
        </Row>
      </div>
    </div>
  );
}
