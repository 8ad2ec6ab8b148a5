/** The header's user button: "Tài khoản của tôi" and "Đăng xuất". */
import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth.js';
import { useSignOut } from '../useSignOut.js';

export function UserMenu({ compact }: { compact: boolean }) {
  const { me } = useAuth();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const items: MenuProps['items'] = [
    {
      key: 'account',
      icon: <UserOutlined />,
      label: <span data-testid="my-account">Tài khoản của tôi</span>,
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">Đăng xuất</span>,
    },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'account') void navigate('/tai-khoan');
    if (key === 'logout') signOut.mutate();
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        data-testid="user-menu"
        aria-label={`Tài khoản: ${me.displayName}`}
        icon={<UserOutlined />}
        loading={signOut.isPending}
        style={{ maxWidth: compact ? 170 : 300 }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {me.displayName}
        </span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
