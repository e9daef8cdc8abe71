import { Badge, Button, Layout, Menu, Skeleton, Tag } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useInbox } from '../api/inbox.ts';
import { useAuth } from '../lib/auth.tsx';
import { type MessageKey, useT } from '../lib/i18n.ts';
import { type NavItem, navigationFor } from '../lib/navigation.ts';
import { usePreferences } from '../lib/preferences.tsx';
import { PreferenceBar } from './PreferenceBar.tsx';
import { WorkbenchFooter } from './SiteFooter.tsx';
import { WorkbenchSiteTitle } from './SiteTitle.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';

type MenuEntry = { key: string; label: ReactNode };

const MENU_ID = 'workbench-menu';

/** The menu's entries in order, the items sharing a group gathered under its heading. */
function menuItems(
  items: NavItem[],
  label: (item: NavItem) => ReactNode,
): (MenuEntry | { group: MessageKey; children: MenuEntry[] })[] {
  const entries: (MenuEntry | { group: MessageKey; children: MenuEntry[] })[] = [];
  for (const item of items) {
    const entry = { key: item.key, label: label(item) };
    const last = entries.at(-1);
    if (!item.group) entries.push(entry);
    else if (last && 'group' in last && last.group === item.group) last.children.push(entry);
    else entries.push({ group: item.group, children: [entry] });
  }
  return entries;
}

/** The workbench: header, menu and the page; while the session is being asked, the same frame with skeletons. */
export function WorkbenchLayout() {
  const { t } = useT();
  const { me, logOut } = useAuth();
  const { careMode } = usePreferences();
  const location = useLocation();
  const navigate = useNavigate();
  // The one menu link in the tab order (roving tabindex): the last one focused, else the current page's.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  // The unread count shares the query cache, so 全部已读 (a write to the inbox) refreshes it at once.
  const inbox = useInbox(1, undefined, me !== null);
  const unread = inbox.data?.unread ?? 0;
  const reloadInbox = useRef(inbox.reload);
  reloadInbox.current = inbox.reload;
  const [narrow, setNarrow] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const firstPage = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: on every page change the phone's menu folds and the unread count is asked again (a message may have come)
  useEffect(() => {
    setMenuOpen(false);
    if (firstPage.current) firstPage.current = false;
    else void reloadInbox.current();
  }, [location.pathname]);
  const items = me ? navigationFor(me) : [];
  const selected = items.filter((i) => location.pathname === i.path).map((i) => i.key);
  const tabStop = items.some((i) => i.key === focusedKey) ? focusedKey : (selected[0] ?? items[0]?.key);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <header className="cn-header cn-workbench-header">
        <WorkbenchSiteTitle />
        <span style={{ flex: 1 }} />
        {me && (
          <>
            <span data-testid="who">
              {me.displayName} · <Tag color="gold">{t(`role.${me.role}`)}</Tag>{' '}
              {me.agency?.name ?? me.jurisdiction.name}
            </span>
            {/* The count sits beside the word, never over it; a screen reader hears it in the link's name. */}
            <span className="cn-inbox-link">
              <Link to="/workbench/inbox">
                {t('menu.inbox')}
                <span className="cn-visually-hidden"> {t('inbox.unread', { n: unread })}</span>
              </Link>
              <Badge count={unread} size="small" aria-hidden="true" />
            </span>
          </>
        )}
        <PreferenceBar />
        {me && (
          <Button
            onClick={async () => {
              await logOut();
              void navigate('/');
            }}
          >
            {t('wb.logout')}
          </Button>
        )}
      </header>
      {narrow && (
        <div className="cn-menu-bar">
          {/* On a phone the menu folds away behind a real button (AntD's own trigger takes no focus). */}
          <Button
            aria-expanded={menuOpen}
            aria-controls={MENU_ID}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰ </span>
            {t(menuOpen ? 'menu.close' : 'menu.open')}
          </Button>
        </div>
      )}
      <Layout className="cn-workbench-body">
        <Layout.Sider
          // On a phone the open menu lies over the page instead of squeezing it to a few characters a line.
          className={narrow ? 'cn-menu-over' : undefined}
          width={careMode ? 280 : 220}
          theme="light"
          breakpoint="md"
          collapsedWidth={0}
          collapsed={narrow && !menuOpen}
          trigger={null}
          onBreakpoint={(broken) => {
            setNarrow(broken);
            setMenuOpen(false);
          }}
        >
          {/* Folded, its links are out of reach too: no tab stop on something unseen. */}
          <nav id={MENU_ID} aria-label={t('menu.home')} hidden={narrow && !menuOpen}>
            {me ? (
              <Menu
                mode="inline"
                // Not a tab stop itself: Tab reaches one of its links, the arrow keys move between them.
                tabIndex={-1}
                selectedKeys={selected}
                items={menuItems(items, (item) => (
                  <Link
                    to={item.path}
                    tabIndex={item.key === tabStop ? 0 : -1}
                    onFocus={() => setFocusedKey(item.key)}
                  >
                    {t(item.label)}
                  </Link>
                )).map((entry) =>
                  'group' in entry
                    ? {
                        type: 'group' as const,
                        key: entry.group,
                        label: t(entry.group),
                        children: entry.children,
                      }
                    : entry,
                )}
              />
            ) : (
              <Skeleton active title={false} paragraph={{ rows: 8 }} style={{ padding: 16 }} />
            )}
          </nav>
        </Layout.Sider>
        {/* AntD's Content is the page's one <main> landmark. */}
        <Layout.Content className="cn-workbench-content" id={MAIN_ID} tabIndex={-1} aria-busy={!me}>
          {me ? <Outlet /> : <Skeleton active paragraph={{ rows: 6 }} />}
        </Layout.Content>
      </Layout>
      <WorkbenchFooter />
    </Layout>
  );
}
