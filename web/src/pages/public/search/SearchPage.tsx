import { Alert, Breadcrumb, Card, Empty, List, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Answer } from '../../../api/answers.ts';
import { ApiError } from '../../../api/errors.ts';
import { useDistrictSearch } from '../../../api/portal.ts';
import { usePortalTexts } from '../../../layout/portal-texts.ts';
import { useT } from '../../../lib/i18n.ts';
import { fullName, usePublicDistrict } from '../../../lib/public-district.ts';
import { listPages, verificationLabel } from '../lists/model.ts';
import { SearchBox } from './SearchBox.tsx';
import '../lists/lists.css';

type Found = Answer<'/api/public/districts/{code}/search'>;

/** One kind of result under its heading, with how many there were. */
function Group<T>({
  id,
  title,
  found,
  render,
}: {
  id: string;
  title: string;
  found: { total: number; hits: T[] };
  render: (hit: T) => ReactNode;
}) {
  const { pt } = usePortalTexts();
  if (found.total === 0) return null;
  return (
    <Card className="cn-lists-card cn-search-group" data-testid={`search-${id}`}>
      <Typography.Title level={2} className="cn-lists-h2" id={`search-${id}-title`}>
        {title} <Tag>{found.total}</Tag>
      </Typography.Title>
      <List
        aria-labelledby={`search-${id}-title`}
        dataSource={found.hits}
        renderItem={(hit) => <List.Item>{render(hit)}</List.Item>}
      />
      {found.total > found.hits.length && (
        <Typography.Paragraph type="secondary">
          {pt('search.more', { total: found.total, shown: found.hits.length })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** Issue 17: what the site holds for some words, grouped by kind, each hit linking to its page. */
export function SearchPage() {
  const { t } = useT();
  const { pt, language } = usePortalTexts();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const { district } = usePublicDistrict();
  const code = district?.code ?? '';
  const search = useDistrictSearch(code, q);
  const found: Found | null = search.data?.districtCode === code ? search.data : null;
  const total = found ? found.matters.total + found.items.total + found.guides.total : 0;
  const name = district ? fullName(district) : '';
  return (
    <div className="cn-lists-page">
      <section className="cn-hero cn-lists-hero">
        <div className="cn-content cn-lists-hero-inner">
          <Breadcrumb
            items={[
              { title: <Link to="/">{t('nav.home')}</Link> },
              { title: <span aria-current="page">{pt('search.title')}</span> },
            ]}
          />
          <Typography.Title level={1} className="cn-lists-h1">
            {pt('search.title')}
          </Typography.Title>
          {district && <SearchBox key={`${code}:${q}`} district={district} initial={q} />}
        </div>
      </section>
      <div className="cn-content">
        {!q.trim() && <Alert type="info" showIcon title={pt('search.enter')} />}
        {search.error ? (
          <Alert
            type="error"
            showIcon
            title={pt('search.failed')}
            description={search.error instanceof ApiError ? search.error.text(language) : undefined}
          />
        ) : null}
        {q.trim() && !found && !search.error && <Skeleton active aria-label={pt('search.loading')} />}
        {found && (
          <>
            <p className="cn-lists-count" aria-live="polite" data-testid="search-summary">
              {pt('search.summary', { district: name, q: found.q, total })}
              {' · '}
              {found.listVersion === null
                ? pt('search.noList')
                : pt('search.listVersion', { version: found.listVersion })}
            </p>
            {total === 0 && (
              <Card>
                <Empty
                  description={
                    <>
                      <Typography.Paragraph strong>{pt('search.none', { q: found.q })}</Typography.Paragraph>
                      <Typography.Paragraph>{pt('search.noneHint')}</Typography.Paragraph>
                      <Link to={listPages.list(code)}>{pt('search.browseList')}</Link>
                    </>
                  }
                />
              </Card>
            )}
            <Group
              id="matters"
              title={pt('search.matters')}
              found={found.matters}
              render={(m) => (
                <>
                  <Link
                    className="cn-search-hit-title"
                    to={`${listPages.list(code)}?q=${encodeURIComponent(m.name)}`}
                  >
                    {m.name}
                  </Link>
                  <div className="cn-search-hit-meta">
                    <span>{m.kind}</span>
                    <span>{m.handlingAgencies.join('、')}</span>
                    <span>{pt('search.matter.items', { count: m.itemCount })}</span>
                    {m.guideId && <Link to={`/public/guides/${m.guideId}`}>{pt('search.matter.guide')}</Link>}
                  </div>
                </>
              )}
            />
            <Group
              id="items"
              title={pt('search.items')}
              found={found.items}
              render={(item) => (
                <>
                  <Link
                    className="cn-search-hit-title"
                    to={`${listPages.list(code)}?item=${encodeURIComponent(item.key)}`}
                  >
                    {item.name}
                  </Link>
                  <div className="cn-search-hit-meta">
                    <span>
                      {pt('search.item.matter')}：{item.administrativeMatter}
                    </span>
                    <span>
                      {pt('search.item.agency')}：{item.handlingAgency}
                    </span>
                    <span>{verificationLabel(item.verification, language)}</span>
                  </div>
                </>
              )}
            />
            <Group
              id="guides"
              title={pt('search.guides')}
              found={found.guides}
              render={(g) => (
                <>
                  <Link className="cn-search-hit-title" to={`/public/guides/${g.id}`}>
                    {g.title}
                  </Link>
                  <div className="cn-search-hit-meta">
                    <span>{g.name}</span>
                    <span>{pt('search.guide.version', { version: g.version })}</span>
                  </div>
                </>
              )}
            />
          </>
        )}
      </div>
    </div>
  );
}
