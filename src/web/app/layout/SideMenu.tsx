/** The section menu, filtered by the user's permissions. */
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth.js';
import { NAV_ITEMS, navItemVisible, selectedNavPath } from './navItems.js';

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { me } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((i) => navItemVisible(i, me)).map((i) => ({
    key: i.path,
    icon: i.icon,
    label: i.label,
  }));
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedNavPath(location.pathname)]}
      items={items}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
