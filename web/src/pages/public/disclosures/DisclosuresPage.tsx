import { Alert, Breadcrumb, Card, Collapse, Empty, Input, Select, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useDisclosures } from '../../../api/cases.ts';
import { ApiError } from '../../../api/errors.ts';
import { formatDate } from '../../../lib/dates.ts';
import { useT } from '../../../lib/i18n.ts';
import { useDistrictParam } from '../documents/DocumentsShell.tsx';
import { useDisclosureTexts } from './texts.ts';
import '../lists/lists.css';
import './disclosures.css';

export const disclosuresPage = (code?: string) => `/public/disclosures${code ? `?district=${code}` : ''}`;

/**
 * CASE-4, Q-2: the commitments a district discloses, for anyone: searchable by matter, proof or
 * committer, each opening to its full text; persons' names, identifiers and phones masked by the server.
 */
export function DisclosuresPage() {
  const { t } = useT();
  const { dt, language } = useDisclosureTexts();
  const navigate = useNavigate();
  const { code, district, districts, error } = useDistrictParam();
  const [params, setParams] = useSearchParams();
  const list = useDisclosures(code);
  const query = params.get('q') ?? '';
  const q = query.trim().toLowerCase();
  const all = list.data ?? [];
  const shown = all.filter(
    (d) => !q || `${d.matter}\n${d.item}\n${d.committer}\n${d.caseNo}`.toLowerCase().includes(q),
  );
  const name = district?.name ?? '';
  const failure = list.error ?? error;
  return (
    <div className="cn-lists-page cn-disc-page">
      <section className="cn-hero cn-lists-hero">
        <div className="cn-content cn-lists-hero-inner cn-disc-hero">
          <Breadcrumb
            aria-label={dt('disc.breadcrumb')}
            items={[
              { title: <Link to="/">{t('nav.home')}</Link> },
              { title: <span aria-current="page">{dt('disc.title')}</span> },
            ]}
          />
          <div className="cn-lists-headline">
            <Typography.Title level={1} className="cn-lists-h1">
              {language === 'zh' ? (
                `${name}${dt('disc.title')}`
              ) : (
                <>
                  {name && (
                    <>
                      <span lang="zh-CN">{name}</span> ·{' '}
                    </>
                  )}
                  {dt('disc.title')}
                </>
              )}
            </Typography.Title>
            <div className="cn-lists-control cn-lists-place">
              <label htmlFor="disc-place">{dt('disc.place')}</label>
              <Select
                id="disc-place"
                value={name ? code : undefined}
                loading={!districts}
                onChange={(next: string) => navigate(disclosuresPage(next))}
                options={(districts ?? []).map((d) => ({
                  value: d.code,
                  label: `${d.name}（${d.cityName}）`,
                }))}
              />
            </div>
          </div>
          <Typography.Paragraph className="cn-disc-intro">{dt('disc.intro')}</Typography.Paragraph>
        </div>
      </section>
      <div className="cn-content">
        {failure ? (
          <Alert
            type="error"
            showIcon
            title={
              failure instanceof ApiError && failure.status === 404
                ? dt('disc.unknownDistrict')
                : dt('disc.loadFailed')
            }
          />
        ) : null}
        {!list.data && !failure && <Skeleton active aria-label={dt('disc.loading')} />}
        {list.data && (
          <>
            <Card className="cn-lists-card">
              <div className="cn-lists-control">
                <label htmlFor="disc-search">{dt('disc.search')}</label>
                <Input
                  id="disc-search"
                  type="search"
                  allowClear
                  value={query}
                  placeholder={dt('disc.searchPlaceholder')}
                  onChange={(e) =>
                    setParams(
                      (current) => {
                        const next = new URLSearchParams(current);
                        if (e.target.value) next.set('q', e.target.value);
                        else next.delete('q');
                        return next;
                      },
                      { replace: true },
                    )
                  }
                />
              </div>
              <p className="cn-lists-count" aria-live="polite" data-testid="disclosures-count">
                {dt('disc.count', { total: all.length, shown: shown.length })}
              </p>
            </Card>
            {shown.length === 0 ? (
              <Empty description={all.length === 0 ? dt('disc.empty') : dt('disc.noMatch')} />
            ) : (
              <Collapse
                className="cn-disc-list"
                data-testid="disclosures"
                items={shown.map((d) => ({
                  key: `${d.caseNo}-${d.item}`,
                  label: (
                    <div className="cn-disc-head">
                      <span className="cn-disc-matter" lang="zh-CN">
                        {d.matter} · {d.item}
                      </span>
                      <span className="cn-disc-meta">
                        <span>
                          {dt('disc.committer')}：
                          <strong data-testid="disclosure-committer">{d.committer}</strong>
                        </span>
                        <span>
                          {dt('disc.committedAt')}：{formatDate(d.committedAt, language)}
                        </span>
                        <span>
                          {dt('disc.caseNo')}：{d.caseNo}
                        </span>
                      </span>
                    </div>
                  ),
                  children: (
                    <div>
                      <Typography.Title level={2} className="cn-disc-text-title">
                        {dt('disc.text')}
                      </Typography.Title>
                      <div className="cn-disc-text" lang="zh-CN" data-testid="disclosure-text">
                        {d.text}
                      </div>
                    </div>
                  ),
                }))}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
