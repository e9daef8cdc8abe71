import { Breadcrumb, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../../lib/i18n.ts';
import { listPages } from './model.ts';
import { usePlaces } from './places.ts';
import { type ListTextKey, useListTexts } from './texts.ts';
import './lists.css';

export type ListSection = 'list' | 'derived' | 'versions' | 'diff';

const sections: { key: ListSection; label: ListTextKey; to: (code: string) => string }[] = [
  { key: 'list', label: 'lists.section.list', to: (code) => listPages.list(code) },
  { key: 'derived', label: 'lists.section.derived', to: (code) => listPages.derived(code) },
  { key: 'versions', label: 'lists.section.versions', to: listPages.versions },
  { key: 'diff', label: 'lists.section.diff', to: (code) => listPages.diff(code) },
];

/** The frame of every page about one place's list: where you are, which place, which section. */
export function ListsShell({
  code,
  section,
  children,
}: {
  code: string;
  section: ListSection;
  children: ReactNode;
}) {
  const { t } = useT();
  const { tx, language } = useListTexts();
  const navigate = useNavigate();
  const { districts, places } = usePlaces();
  const place = places.find((p) => p.code === code);
  const placeName = place?.name ?? (districts ? code : '');
  const to = sections.find((s) => s.key === section)!.to;
  const districtOptions = places.filter((p) => !p.district);
  const townOptions = places.filter((p) => p.district);
  return (
    <div className="cn-lists-page">
      <section className="cn-hero cn-lists-hero">
        <div className="cn-content cn-lists-wide cn-lists-hero-inner">
          <Breadcrumb
            aria-label={tx('lists.breadcrumb')}
            items={[
              { title: <Link to="/">{t('nav.home')}</Link> },
              { title: <Link to={listPages.index}>{t('nav.lists')}</Link> },
              { title: <span aria-current="page">{placeName}</span> },
            ]}
          />
          <div className="cn-lists-headline">
            <Typography.Title level={1} className="cn-lists-h1">
              {language === 'zh' ? (
                `${placeName}${tx('lists.title')}`
              ) : (
                <>
                  <span lang="zh-CN">{placeName}</span> · {tx('lists.title')}
                </>
              )}
            </Typography.Title>
            <div className="cn-lists-control cn-lists-place">
              <label htmlFor="lists-place">{tx('lists.place')}</label>
              <Select
                id="lists-place"
                value={place ? code : undefined}
                loading={!districts}
                onChange={(next: string) => navigate(to(next))}
                options={[
                  {
                    label: tx('lists.place.districts'),
                    title: tx('lists.place.districts'),
                    options: districtOptions.map((p) => ({ value: p.code, label: p.name })),
                  },
                  ...(townOptions.length > 0
                    ? [
                        {
                          label: tx('lists.place.towns'),
                          title: tx('lists.place.towns'),
                          options: townOptions.map((p) => ({
                            value: p.code,
                            label: tx('lists.place.town', { town: p.name, district: p.district!.name }),
                          })),
                        },
                      ]
                    : []),
                ]}
              />
            </div>
          </div>
          <nav className="cn-lists-nav" aria-label={tx('lists.sections')}>
            {sections.map((s) => (
              <Link key={s.key} to={s.to(code)} aria-current={s.key === section ? 'page' : undefined}>
                {tx(s.label)}
              </Link>
            ))}
          </nav>
        </div>
      </section>
      <div className="cn-content cn-lists-wide">{children}</div>
    </div>
  );
}
