/** In demo mode: the demo accounts; a click puts the username into the sign-in form. */
import { UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';

export function DemoAccountsCard({
  accounts,
  onPick,
}: {
  accounts: { username: string; who: string }[];
  onPick: (username: string) => void;
}) {
  return (
    <Card size="small" title="Tài khoản dùng thử (mật khẩu: demo)">
      <Flex vertical gap={4}>
        {accounts.map((a) => (
          <Button
            key={a.username}
            type="text"
            block
            icon={<UserOutlined />}
            onClick={() => onPick(a.username)}
            style={{ height: 'auto', justifyContent: 'flex-start', textAlign: 'left', whiteSpace: 'normal' }}
          >
            <span>
              <Typography.Text strong>{a.username}</Typography.Text>
              <Typography.Text type="secondary"> — {a.who}</Typography.Text>
            </span>
          </Button>
        ))}
      </Flex>
    </Card>
  );
}
