import { LogoutOutlined, MenuOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Flex, Grid, Layout, Tooltip, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageLoading } from '../components/PageLoading';
import { useI18n } from '../i18n';
import { useLogout, useSession } from '../session';
import { NavMenu } from './NavMenu';

const { Header, Sider, Content } = Layout;

/** The signed-in frame: header (product, user, language, logout), side menu (a drawer on narrow screens), page. */
export function AppLayout() {
  const { t } = useI18n();
  const { me, access } = useSession();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main-content">
        {t('common.actions.skipToContent')}
      </a>
      <Header className="app-header">
        <Flex align="center" gap={narrow ? 4 : 12} style={{ minWidth: 0, flex: 1 }}>
          {narrow ? (
            <Button
              type="text"
              className="header-button"
              icon={<MenuOutlined />}
              aria-label={t('common.actions.openMenu')}
              aria-expanded={drawerOpen}
              data-testid="menu-toggle"
              onClick={() => setDrawerOpen(true)}
            />
          ) : null}
          <Link to="/" className="brand" aria-label={t('common.appName')}>
            <StarFilled className="brand-star" aria-hidden />
            <span className="brand-name">{t('common.appName')}</span>
          </Link>
        </Flex>
        <Flex align="center" gap={narrow ? 0 : 8} className="header-actions">
          <Link to="/me" className="header-user" data-testid="current-user">
            <Avatar size="small" icon={<UserOutlined />} className="header-avatar" />
            {narrow ? null : <span className="header-user-name">{me.account.displayName}</span>}
          </Link>
          <LanguageSwitch compact={narrow} className="header-button" />
          <Tooltip title={t('common.actions.logout')}>
            <Button
              type="text"
              className="header-button"
              icon={<LogoutOutlined />}
              data-testid="logout"
              aria-label={t('common.actions.logout')}
              loading={logout.isPending}
              onClick={() => logout.mutate()}
            >
              {narrow ? null : t('common.actions.logout')}
            </Button>
          </Tooltip>
        </Flex>
      </Header>
      <Layout>
        {narrow ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={272}
            title={t('common.appName')}
            styles={{ body: { padding: 0 } }}
          >
            <NavMenu access={access} onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Sider
            theme="light"
            width={236}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            className="app-sider"
          >
            <NavMenu access={access} />
          </Sider>
        )}
        <Content id="main-content" className="app-content" tabIndex={-1}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
          <Typography.Text type="secondary" className="app-footer">
            {t('common.appName')} · {t('common.appTagline')}
          </Typography.Text>
        </Content>
      </Layout>
    </Layout>
  );
}
