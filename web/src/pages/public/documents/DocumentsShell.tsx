import { Alert, Breadcrumb, Select, Skeleton, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { Answer } from '../../../api/answers.ts';
import { ApiError } from '../../../api/errors.ts';
import { useServedDistricts } from '../../../api/organisation.ts';
import { useT } from '../../../lib/i18n.ts';
import { usePublicDistrict } from '../../../lib/public-district.ts';
import { documentPages } from './model.ts';
import { type DocumentTextKey, usePublicDocumentTexts } from './texts.ts';
import '../lists/lists.css';
import './documents.css';

export type DocumentSection = 'texts' | 'guides' | 'workRule';

type District = Answer<'/api/public/districts'>[number];

const sections: { key: DocumentSection; label: DocumentTextKey; to: (code: string) => string }[] = [
  { key: 'texts', label: 'docs.section.texts', to: documentPages.texts },
  { key: 'guides', label: 'docs.section.guides', to: documentPages.guides },
  { key: 'workRule', label: 'docs.section.workRule', to: documentPages.workRule },
];

/**
 * The district a public document page shows (`?district=`): when none is named, the district the
 * site is showing (the header's: the visitor's choice, else their own, else the first served).
 */
export function useDistrictParam() {
  const [params, setParams] = useSearchParams();
  const districts = useServedDistricts();
  const requested = params.get('district') ?? '';
  const fallback = usePublicDistrict().district?.code;
  useEffect(() => {
    if (!requested && fallback)
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('district', fallback);
          return next;
        },
        { replace: true },
      );
  }, [requested, fallback, setParams]);
  const code = /^\d{6}$/.test(requested) ? requested : '';
  return {
    code,
    district: districts.data?.find((d) => d.code === code),
    districts: districts.data,
    error: districts.error,
  };
}

/** The frame of the public document pages of one district: where you are, which district, which section. */
export function DocumentsShell({
  section,
  code,
  districts,
  children,
}: {
  section: DocumentSection;
  code: string;
  districts: District[] | null;
  children: ReactNode;
}) {
  const { t } = useT();
  const { pt, language } = usePublicDocumentTexts();
  const navigate = useNavigate();
  const current = sections.find((s) => s.key === section)!;
  const name = districts?.find((d) => d.code === code)?.name ?? '';
  const title = pt(current.label);
  return (
    <div className="cn-lists-page cn-docs-page">
      <section className="cn-hero cn-lists-hero">
        <div className="cn-content cn-lists-hero-inner">
          <Breadcrumb
            aria-label={pt('docs.breadcrumb')}
            items={[
              { title: <Link to="/">{t('nav.home')}</Link> },
              { title: <span aria-current="page">{title}</span> },
            ]}
          />
          <div className="cn-lists-headline">
            <Typography.Title level={1} className="cn-lists-h1">
              {language === 'zh' ? (
                `${name}${title}`
              ) : (
                <>
                  {name && (
                    <>
                      <span lang="zh-CN">{name}</span> ·{' '}
                    </>
                  )}
                  {title}
                </>
              )}
            </Typography.Title>
            <div className="cn-lists-control cn-lists-place">
              <label htmlFor="docs-place">{pt('docs.place')}</label>
              <Select
                id="docs-place"
                value={name ? code : undefined}
                loading={!districts}
                onChange={(next: string) => navigate(current.to(next))}
                options={(districts ?? []).map((d) => ({
                  value: d.code,
                  label: `${d.name}（${d.cityName}）`,
                }))}
              />
            </div>
          </div>
          <nav className="cn-lists-nav" aria-label={pt('docs.sections')}>
            {sections.map((s) => (
              <Link key={s.key} to={s.to(code)} aria-current={s.key === section ? 'page' : undefined}>
                {pt(s.label)}
              </Link>
            ))}
          </nav>
        </div>
      </section>
      <div className="cn-content">{children}</div>
    </div>
  );
}

/** Loading or failure of a document request (404: nothing published yet). */
export function DocumentState({
  error,
  loading,
  none,
}: {
  error: unknown;
  loading: boolean;
  none: DocumentTextKey;
}) {
  const { pt, language } = usePublicDocumentTexts();
  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <Alert
        type={notFound ? 'info' : 'error'}
        showIcon
        title={notFound ? pt(none) : pt('docs.loadFailed')}
        description={error instanceof ApiError && !notFound ? error.text(language) : undefined}
      />
    );
  }
  if (loading) return <Skeleton active aria-label={pt('docs.loading')} />;
  return null;
}
