/**
 * /quan-tri/tai-khoan: every sign-in of the agency; create one for a person, grant roles, reset a
 * password (shown once), lock and unlock. For the system administrator ('accounts.manage').
 */
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input } from 'antd';
import { useMemo, useState } from 'react';
import { apiPost, apiPut, isApiError } from '../../app/api.js';
import { useAuth } from '../../app/auth.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { AccountsTable } from './AccountsTable.js';
import { filterAccounts } from './accounts.js';
import { CreateAccountModal } from './CreateAccountModal.js';
import { GrantsModal } from './GrantsModal.js';
import { type TemporaryPassword, TemporaryPasswordModal } from './TemporaryPasswordModal.js';
import type { Account } from './types.js';
import { ACCOUNTS_QUERY_KEY, useAccounts } from './useAccounts.js';

export function AccountsPage() {
  const accounts = useAccounts();
  const { me } = useAuth();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<Account | null>(null);
  const [password, setPassword] = useState<TemporaryPassword | null>(null);

  const items = accounts.data?.items;
  const shown = useMemo(() => filterAccounts(items ?? [], search), [items, search]);
  const taken = useMemo(
    () => new Set((items ?? []).flatMap((a) => (a.personId ? [a.personId] : []))),
    [items],
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ACCOUNTS_QUERY_KEY });

  const reset = useMutation({
    mutationFn: (a: Account) =>
      apiPost<{ temporaryPassword: string }>(`/api/accounts/${a.id}/reset-password`),
    onSuccess: async (res, a) => {
      setPassword({
        title: 'Đã đặt lại mật khẩu',
        username: a.username,
        displayName: a.displayName,
        password: res.temporaryPassword,
      });
      await refresh();
    },
    onError: (e) => onError(e),
  });

  const setDisabled = useMutation({
    mutationFn: ({ a, disabled }: { a: Account; disabled: boolean }) =>
      apiPut<{ version: number }>(`/api/accounts/${a.id}/disabled`, { version: a.version, disabled }),
    onSuccess: async (_, { a, disabled }) => {
      message.success(disabled ? `Đã khóa tài khoản ${a.username}.` : `Đã mở khóa tài khoản ${a.username}.`);
      await refresh();
    },
    onError: async (e) => {
      if (isApiError(e) && e.code === 'stale_version') {
        // Someone changed the account meanwhile: say so and show the newest data.
        message.warning(`${e.message} Danh sách đã được tải lại; vui lòng kiểm tra rồi thao tác lại.`);
        await refresh();
      } else onError(e);
    },
  });

  if (accounts.error) return <QueryError error={accounts.error} onRetry={() => accounts.refetch()} />;
  if (!items) return <LoadingBlock />;

  return (
    <>
      <PageHeader
        title="Tài khoản người dùng"
        subtitle={`${items.length} tài khoản`}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Tạo tài khoản
          </Button>
        }
      />
      <Card>
        <Input
          data-testid="accounts-search"
          aria-label="Tìm theo họ tên hoặc tên đăng nhập"
          placeholder="Tìm theo họ tên hoặc tên đăng nhập"
          prefix={<SearchOutlined />}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ maxWidth: 420, marginBottom: 16 }}
        />
        <AccountsTable
          items={shown}
          loading={accounts.isFetching}
          selfId={me.accountId}
          emptyText={search.trim() ? 'Không có tài khoản nào phù hợp.' : 'Chưa có tài khoản nào.'}
          actions={{
            onGrants: setGranting,
            onResetPassword: (a) => reset.mutateAsync(a).catch(() => undefined),
            onSetDisabled: (a, disabled) => setDisabled.mutateAsync({ a, disabled }).catch(() => undefined),
          }}
        />
      </Card>
      <CreateAccountModal
        open={creating}
        taken={taken}
        onClose={() => setCreating(false)}
        onCreated={(created, displayName) => {
          setCreating(false);
          message.success(`Đã tạo tài khoản ${created.username}.`);
          setPassword({
            title: 'Đã tạo tài khoản',
            username: created.username,
            displayName,
            password: created.temporaryPassword,
          });
        }}
      />
      <GrantsModal
        account={granting}
        onClose={() => setGranting(null)}
        onReload={async () => {
          const fresh = await accounts.refetch();
          return fresh.data?.items.find((a) => a.id === granting?.id) ?? null;
        }}
      />
      <TemporaryPasswordModal value={password} onClose={() => setPassword(null)} />
    </>
  );
}
