import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { Access } from '../access';
import { useI18n } from '../i18n';
import { appRoutes, menuFor, selectedMenuKey } from '../routes';

type Item = NonNullable<MenuProps['items']>[number] & { 'data-testid': string };

/** The side menu: the pages of the route table the user may open. */
export function NavMenu({ access, onNavigate }: { access: Access; onNavigate?: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = menuFor(access);
  const items: Item[] = entries.map((route) => ({
    key: route.key,
    icon: route.icon,
    label: t(route.name),
    'data-testid': `menu-${route.key}`,
  }));
  const selected = selectedMenuKey(pathname);
  return (
    <nav aria-label={t('menu.navigation')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected] : []}
        onClick={({ key }) => {
          const route = appRoutes.find((r) => r.key === key);
          if (route) navigate(route.path);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
