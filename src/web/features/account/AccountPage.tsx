/** /tai-khoan: who I am (username, name, roles), the password change form, my deadline calendar link. */
import { Card, Descriptions, Flex, Tag } from 'antd';
import { ROLE_LABELS } from '../../../domain/roles.js';
import { useAuth } from '../../app/auth.js';
import { PageHeader } from '../../components/PageHeader.js';
import { CalendarFeedCard } from './CalendarFeedCard.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';

export function AccountPage() {
  const { me } = useAuth();
  return (
    <>
      <PageHeader title="Tài khoản của tôi" />
      <Flex vertical gap={16}>
        <Card title="Thông tin tài khoản">
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'username', label: 'Tên đăng nhập', children: me.username },
              { key: 'name', label: 'Họ và tên', children: me.displayName },
              {
                key: 'roles',
                label: 'Vai trò',
                children: (
                  <Flex gap={4} wrap>
                    {me.roles.length > 0
                      ? me.roles.map((r) => (
                          <Tag key={r} color="blue">
                            {ROLE_LABELS[r]}
                          </Tag>
                        ))
                      : 'Chưa được giao vai trò nào.'}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
        <Card title="Đổi mật khẩu">
          <ChangePasswordForm />
        </Card>
        <Card title="Lịch hạn chót">
          <CalendarFeedCard />
        </Card>
      </Flex>
    </>
  );
}
