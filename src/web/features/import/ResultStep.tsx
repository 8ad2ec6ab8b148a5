/** Step 3: what was written, the new accounts' temporary passwords (shown once) and where to go next. */
import { Alert, Button, Card, Flex, Result, Table, Typography } from 'antd';
import { useAuth } from '../../app/auth.js';
import { NavButton } from '../../components/NavButton.js';
import type { ImportResult } from './types.js';

type NewAccount = ImportResult['newAccounts'][number];

export function ResultStep({ result, onRestart }: { result: ImportResult; onRestart: () => void }) {
  const { can } = useAuth();
  const summary = [
    `Thêm ${result.toAdd.length} người`,
    `cập nhật ${result.toUpdate.length} người`,
    `tạo ${result.unitsToCreate.length} đơn vị`,
    `tạo ${result.newAccounts.length} tài khoản`,
  ].join(', ');
  return (
    <Flex vertical gap={16}>
      <Result
        status="success"
        title="Đã nhập danh sách"
        subTitle={`${summary}. ${result.unchanged} người không thay đổi.`}
        extra={[
          <NavButton key="people" type="primary" to="/nhan-su">
            Xem danh sách nhân sự
          </NavButton>,
          can('audit.view') ? (
            <NavButton key="audit" to="/nhat-ky">
              Xem nhật ký
            </NavButton>
          ) : null,
          <Button key="again" onClick={onRestart}>
            Nhập tệp khác
          </Button>,
        ]}
      />
      {result.newAccounts.length > 0 ? (
        <Card title="Tài khoản mới và mật khẩu tạm thời">
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="Mật khẩu tạm thời chỉ hiển thị một lần này."
            description="Vui lòng ghi lại hoặc in trang này để giao cho từng người; mỗi người nên đổi mật khẩu ngay khi đăng nhập lần đầu."
          />
          <Table<NewAccount>
            rowKey="username"
            size="small"
            pagination={false}
            scroll={{ x: 480 }}
            dataSource={result.newAccounts}
            columns={[
              { title: 'Họ và tên', dataIndex: 'fullName' },
              { title: 'Tên đăng nhập', dataIndex: 'username' },
              {
                title: 'Mật khẩu tạm thời',
                dataIndex: 'temporaryPassword',
                render: (pw: string) => (
                  <Typography.Text code copyable={{ tooltips: ['Sao chép', 'Đã sao chép'] }}>
                    {pw}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Card>
      ) : null}
    </Flex>
  );
}
