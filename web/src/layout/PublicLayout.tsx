import { Button } from 'antd';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useAuth } from '../lib/auth.tsx';
import { useT } from '../lib/i18n.ts';
import { PreferenceBar } from './PreferenceBar.tsx';

export function PublicLayout() {
  const { t } = useT();
  const { me } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="cn-header">
        <Link to="/" className="cn-brand">
          <span className="cn-brand-seal" aria-hidden="true">
            诺
          </span>
          <span>{t('app.title')}</span>
        </Link>
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
          <Link to="/workbench">
            <Button>{t('nav.workbench')}</Button>
          </Link>
        ) : (
          <span style={{ display: 'flex', gap: 8 }}>
            <Link to="/login">
              <Button>{t('nav.login')}</Button>
            </Link>
            <Link to="/register">
              <Button ghost>{t('nav.register')}</Button>
            </Link>
          </span>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="cn-footer">{t('home.footer')}</footer>
    </>
  );
}
