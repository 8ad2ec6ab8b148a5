/**
 * "Phân quyền": the roles that are granted explicitly (administrator, review secretary), set with
 * PUT /api/accounts/:id/grants and the version read. Other roles follow from the person's position.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Flex, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { GRANTABLE_ROLES, type GrantableRole, ROLE_LABELS } from '../../../domain/roles.js';
import { apiPut, isApiError } from '../../app/api.js';
import { ME_QUERY_KEY, useAuth } from '../../app/auth.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import type { Account } from './types.js';
import { ACCOUNTS_QUERY_KEY } from './useAccounts.js';

const ROLE_HINTS: Record<GrantableRole, string> = {
  admin:
    'Quản lý tài khoản và phân quyền, sửa thông tin cơ quan, kiểm tra toàn vẹn nhật ký; có mọi quyền về nhân sự.',
  secretary: 'Quản lý danh sách nhân sự và cơ cấu tổ chức, nhập từ Excel, xem nhật ký.',
};

export function GrantsModal({
  account,
  onClose,
  onReload,
}: {
  account: Account | null;
  onClose: () => void;
  onReload: () => Promise<Account | null>;
}) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const onError = useApiErrorHandler();
  const [current, setCurrent] = useState<Account | null>(account);
  const [grants, setGrants] = useState<GrantableRole[]>([]);
  const [stale, setStale] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);

  useEffect(() => {
    setCurrent(account);
    setGrants(account?.grants ?? []);
    setStale(null);
  }, [account]);

  const isSelf = current?.id === me.accountId;
  // The server refuses an administrator removing their own admin grant: do not offer it.
  const lockAdmin = isSelf && (current?.grants.includes('admin') ?? false);

  const save = useMutation({
    mutationFn: (a: Account) =>
      apiPut<{ version: number; grants: GrantableRole[] }>(`/api/accounts/${a.id}/grants`, {
        version: a.version,
        grants: GRANTABLE_ROLES.filter((r) => grants.includes(r)),
      }),
    onSuccess: async () => {
      message.success('Đã lưu phân quyền.');
      await queryClient.invalidateQueries({ queryKey: ACCOUNTS_QUERY_KEY });
      if (isSelf) await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      onClose();
    },
    onError: (e) => {
      if (isApiError(e) && e.code === 'stale_version') setStale(e.message);
      else onError(e);
    },
  });

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      setCurrent(fresh);
      setGrants(fresh?.grants ?? []);
      setStale(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open={account !== null}
      title={current ? `Phân quyền: ${current.displayName}` : 'Phân quyền'}
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => current && save.mutate(current)}
      okButtonProps={{ disabled: !current || stale !== null }}
      confirmLoading={save.isPending}
    >
      {stale ? <StaleAlert message={stale} onReload={reload} reloading={reloading} /> : null}
      {current ? (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            Tài khoản <Typography.Text code>{current.username}</Typography.Text>
            {current.unitName ? ` · ${current.unitName}` : ''}
          </Typography.Text>
          <Checkbox.Group
            value={grants}
            onChange={(v) => setGrants(v as GrantableRole[])}
            style={{ display: 'flex', flexDirection: 'column', gap: 12 }}
          >
            {GRANTABLE_ROLES.map((r) => (
              <Checkbox key={r} value={r} disabled={r === 'admin' && lockAdmin}>
                <Flex vertical>
                  <Typography.Text strong>{ROLE_LABELS[r]}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {ROLE_HINTS[r]}
                  </Typography.Text>
                </Flex>
              </Checkbox>
            ))}
          </Checkbox.Group>
          {lockAdmin ? (
            <Alert type="info" showIcon title="Bạn không thể tự bỏ quyền quản trị của chính mình." />
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            Các vai trò khác (lãnh đạo Văn phòng, trưởng, phó đơn vị, cán bộ) được xác định tự động theo chức
            vụ trong danh sách nhân sự. Quyền mới có hiệu lực ngay.
          </Typography.Text>
        </Flex>
      ) : null}
    </Modal>
  );
}
