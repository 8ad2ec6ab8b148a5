/**
 * The accounts, in the server's (Vietnamese name) order, with per-row actions: a table on wider
 * screens, one card per account on a phone (where a wide table would hide the actions off-screen).
 */
import {
  Button,
  Card,
  Empty,
  Flex,
  Pagination,
  Popconfirm,
  Spin,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../domain/roles.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { type AccountStatus, accountStatus } from './accounts.js';
import type { Account } from './types.js';

export interface AccountActions {
  onGrants: (a: Account) => void;
  onResetPassword: (a: Account) => Promise<unknown>;
  onSetDisabled: (a: Account, disabled: boolean) => Promise<unknown>;
}

function GrantTags({ grants }: { grants: Account['grants'] }) {
  if (grants.length === 0) return <Typography.Text type="secondary">Không có</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {grants.map((r) => (
        <Tag key={r} color={r === 'admin' ? 'purple' : 'blue'} style={{ marginInlineEnd: 0 }}>
          {ROLE_LABELS[r]}
        </Tag>
      ))}
    </Flex>
  );
}

function StatusTag({ status }: { status: AccountStatus }) {
  return (
    <Tag
      color={status.color}
      style={{ marginInlineEnd: 0, whiteSpace: status.kind === 'locked' ? 'normal' : 'nowrap' }}
    >
      {status.text}
    </Tag>
  );
}

function RowActions({
  account: a,
  status,
  self,
  actions,
}: {
  account: Account;
  status: AccountStatus;
  self: boolean;
  actions: AccountActions;
}) {
  return (
    <Flex gap={4} wrap style={{ marginInline: -7 }}>
      <Button type="link" size="small" onClick={() => actions.onGrants(a)}>
        Phân quyền
      </Button>
      <Popconfirm
        title={`Đặt lại mật khẩu cho ${a.displayName}?`}
        description="Mật khẩu hiện tại sẽ hết hiệu lực và các phiên đăng nhập của tài khoản này bị đóng."
        okText="Đặt lại"
        cancelText="Hủy"
        onConfirm={() => actions.onResetPassword(a)}
      >
        <Button type="link" size="small">
          Đặt lại mật khẩu
        </Button>
      </Popconfirm>
      {status.kind === 'active' ? (
        self ? (
          <Tooltip title="Bạn không thể tự khóa tài khoản của chính mình.">
            <Button type="link" size="small" danger disabled>
              Khóa
            </Button>
          </Tooltip>
        ) : (
          <Popconfirm
            title={`Khóa tài khoản ${a.username}?`}
            description="Người dùng sẽ bị đăng xuất và không đăng nhập được cho đến khi được mở khóa."
            okText="Khóa"
            okButtonProps={{ danger: true }}
            cancelText="Hủy"
            onConfirm={() => actions.onSetDisabled(a, true)}
          >
            <Button type="link" size="small" danger>
              Khóa
            </Button>
          </Popconfirm>
        )
      ) : (
        <Popconfirm
          title={`Mở khóa tài khoản ${a.username}?`}
          description={
            status.kind === 'locked'
              ? 'Tài khoản đang tạm khóa do nhập sai mật khẩu nhiều lần; mở khóa để người dùng đăng nhập lại ngay.'
              : 'Người dùng sẽ đăng nhập lại được bằng mật khẩu hiện có.'
          }
          okText="Mở khóa"
          cancelText="Hủy"
          onConfirm={() => actions.onSetDisabled(a, false)}
        >
          <Button type="link" size="small">
            Mở khóa
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}

const Name = ({ account, self }: { account: Account; self: boolean }) => (
  <Flex gap={6} wrap align="center">
    <span>{account.displayName}</span>
    {self ? <Tag style={{ marginInlineEnd: 0 }}>Bạn</Tag> : null}
  </Flex>
);

const Username = ({ value }: { value: string }) => (
  <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
    {value}
  </Typography.Text>
);

const Unit = ({ value }: { value: string | null }) =>
  value ?? <Typography.Text type="secondary">Không gắn với người</Typography.Text>;

const PHONE_PAGE_SIZE = 20;

function PhoneCards({
  items,
  loading,
  selfId,
  actions,
  emptyText,
}: {
  items: readonly Account[];
  loading: boolean;
  selfId: string;
  actions: AccountActions;
  emptyText: string;
}) {
  const [page, setPage] = useState(1);
  const now = new Date();
  // Fewer results after a search or a change: stay within the pages there are.
  const current = Math.min(page, Math.max(1, Math.ceil(items.length / PHONE_PAGE_SIZE)));
  const shown = items.slice((current - 1) * PHONE_PAGE_SIZE, current * PHONE_PAGE_SIZE);
  if (items.length === 0) return loading ? <Spin /> : <Empty description={emptyText} />;
  return (
    <Flex vertical gap={8}>
      {shown.map((a) => {
        const status = accountStatus(a, now);
        const self = a.id === selfId;
        return (
          <Card key={a.id} size="small" data-testid="account-card">
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="start" gap={8}>
                <Typography.Text strong>
                  <Name account={a} self={self} />
                </Typography.Text>
                <StatusTag status={status} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                <Username value={a.username} /> · <Unit value={a.unitName} />
              </Typography.Text>
              {a.grants.length > 0 ? <GrantTags grants={a.grants} /> : null}
              <RowActions account={a} status={status} self={self} actions={actions} />
            </Flex>
          </Card>
        );
      })}
      {items.length > PHONE_PAGE_SIZE ? (
        <Pagination
          size="small"
          align="center"
          current={current}
          pageSize={PHONE_PAGE_SIZE}
          total={items.length}
          onChange={setPage}
          showSizeChanger={false}
        />
      ) : null}
    </Flex>
  );
}

export function AccountsTable({
  items,
  loading,
  selfId,
  actions,
  emptyText,
}: {
  items: readonly Account[];
  loading: boolean;
  selfId: string;
  actions: AccountActions;
  emptyText: string;
}) {
  const phone = useIsPhone();
  const now = new Date();

  if (phone) {
    return (
      <div data-testid="accounts-table">
        <PhoneCards items={items} loading={loading} selfId={selfId} actions={actions} emptyText={emptyText} />
      </div>
    );
  }

  const columns: TableColumnsType<Account> = [
    {
      title: 'Họ và tên',
      dataIndex: 'displayName',
      width: 175,
      render: (_, a) => <Name account={a} self={a.id === selfId} />,
    },
    {
      title: 'Tên đăng nhập',
      dataIndex: 'username',
      width: 135,
      render: (u: string) => <Username value={u} />,
    },
    { title: 'Đơn vị', dataIndex: 'unitName', render: (u: string | null) => <Unit value={u} /> },
    {
      title: 'Quyền được cấp',
      dataIndex: 'grants',
      width: 155,
      render: (grants: Account['grants']) => <GrantTags grants={grants} />,
    },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 145,
      render: (_, a) => <StatusTag status={accountStatus(a, now)} />,
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 290,
      render: (_, a) => (
        <RowActions account={a} status={accountStatus(a, now)} self={a.id === selfId} actions={actions} />
      ),
    },
  ];

  return (
    <div data-testid="accounts-table">
      <Table<Account>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items as Account[]}
        loading={loading}
        scroll={{ x: 1000 }}
        locale={{ emptyText }}
        pagination={{
          defaultPageSize: 50,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          hideOnSinglePage: true,
          showTotal: (total, [from, to]) => `${from}–${to} trong ${total} tài khoản`,
        }}
      />
    </div>
  );
}
