import { Badge, Button, Layout, Menu, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { fetchInbox } from '../api/inbox.ts';
import { useAuth } from '../lib/auth.tsx';
import { useT } from '../lib/i18n.ts';
import { navigationFor } from '../lib/navigation.ts';
import { usePreferences } from '../lib/preferences.tsx';
import { PreferenceBar } from './PreferenceBar.tsx';

export function WorkbenchLayout() {
  const { t } = useT();
  const { me, logOut } = useAuth();
  const { careMode } = usePreferences();
  const location = useLocation();
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the unread count is refreshed on every page change
  useEffect(() => {
    fetchInbox(1)
      .then((inbox) => setUnread(inbox.unread))
      .catch(() => setUnread(0));
  }, [location.pathname]);
  if (!me) return null;
  // 关怀模式 shows only what works today, in large type.
  const items = navigationFor(me).filter((item) => !(careMode && item.soon));
  const selected = items.filter((i) => location.pathname === i.path).map((i) => i.key);
  return (
    <Layout style={{ minHeight: '100vh' }}>
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
        <span style={{ flex: 1 }} />
        <span data-testid="who">
          {me.displayName} · <Tag color="gold">{t(`role.${me.role}`)}</Tag>{' '}
          {me.agency?.name ?? me.jurisdiction.name}
        </span>
        <Link to="/workbench/inbox" aria-label={`${t('menu.inbox')} ${t('inbox.unread', { n: unread })}`}>
          <Badge count={unread} size="small">
            <span style={{ color: '#fff' }}>{t('menu.inbox')}</span>
          </Badge>
        </Link>
        <PreferenceBar />
        <Button
          onClick={async () => {
            await logOut();
            void navigate('/');
          }}
        >
          {t('wb.logout')}
        </Button>
      </header>
      <Layout>
        <Layout.Sider width={careMode ? 280 : 220} theme="light" breakpoint="md" collapsedWidth={0}>
          <nav aria-label={t('menu.home')}>
            <Menu
              mode="inline"
              selectedKeys={selected}
              items={items.map((item) => ({
                key: item.key,
                label: (
                  <Link to={item.path}>
                    {t(item.label)}
                    {item.soon && !careMode ? (
                      <span style={{ color: '#595959', fontSize: 12 }}> · {t('soon.tag')}</span>
                    ) : null}
                  </Link>
                ),
              }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: careMode ? 32 : 24 }}>
          <main id="main" tabIndex={-1}>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
