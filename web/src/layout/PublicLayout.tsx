import { NavLink, Outlet } from 'react-router-dom';
import { ButtonLink } from '../components/ButtonLink.tsx';
import { useAuth } from '../lib/auth.tsx';
import { useT } from '../lib/i18n.ts';
import { PreferenceBar } from './PreferenceBar.tsx';
import { PublicFooter } from './SiteFooter.tsx';
import { PublicSiteTitle } from './SiteTitle.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';

export function PublicLayout() {
  const { t } = useT();
  const { me } = useAuth();
  return (
    <>
      <SkipLink />
      <header className="cn-header">
        <PublicSiteTitle />
        <nav className="cn-public-nav" aria-label={t('nav.home')}>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          <NavLink to="/public/lists">{t('nav.lists')}</NavLink>
          <NavLink to="/public/guides">{t('nav.guides')}</NavLink>
          <NavLink to="/public/templates">{t('nav.templates')}</NavLink>
          <NavLink to="/public/disclosures">{t('nav.disclosures')}</NavLink>
          <NavLink to="/public/inspections">{t('nav.inspections')}</NavLink>
        </nav>
        <PreferenceBar />
        {me ? (
          <ButtonLink to="/workbench">{t('nav.workbench')}</ButtonLink>
        ) : (
          <span style={{ display: 'flex', gap: 8 }}>
            <ButtonLink to="/login">{t('nav.login')}</ButtonLink>
            <ButtonLink to="/register" ghost>
              {t('nav.register')}
            </ButtonLink>
          </span>
        )}
      </header>
      <main id={MAIN_ID} tabIndex={-1}>
        <Outlet />
      </main>
      <PublicFooter />
    </>
  );
}
