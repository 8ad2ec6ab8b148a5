/**
 * The signed-in frame: header (agency, notification bell, user menu), side menu (a drawer on narrow
 * screens), and the routed page, loaded lazily.
 */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, theme } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { useIsNarrow, useIsPhone } from '../../components/useIsMobile.js';
import { NotificationBell } from '../../features/notifications/NotificationBell.js';
import { AgencyTitle } from './AgencyTitle.js';
import { SideMenu } from './SideMenu.js';
import { UserMenu } from './UserMenu.js';

const HEADER_HEIGHT = 56;

export function AppLayout() {
  const narrow = useIsNarrow();
  const phone = useIsPhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const location = useLocation();
  const { token } = theme.useToken();

  // Scroll to the top on navigation, as a multi-page site would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path change is the trigger
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          paddingInline: phone ? 8 : 16,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {narrow ? (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label="Mở menu"
            onClick={() => setDrawerOpen(true)}
          />
        ) : null}
        <AgencyTitle compact={phone} />
        <NotificationBell compact={phone} />
        <UserMenu compact={phone} />
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            title="BinhXet"
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            width={230}
            theme="light"
            style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
          >
            <nav
              aria-label="Menu chính"
              style={{
                position: 'sticky',
                top: HEADER_HEIGHT,
                maxHeight: `calc(100vh - ${HEADER_HEIGHT + 48}px)`,
                overflowY: 'auto',
              }}
            >
              <SideMenu />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          {/* Layout.Content is itself the page's <main>. */}
          <Suspense fallback={<LoadingBlock />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
