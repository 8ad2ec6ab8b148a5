/** Create a sign-in for a person (POST /api/accounts); the temporary password is handed to the page. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal } from 'antd';
import { useEffect, useRef } from 'react';
import { apiPost } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { suggestUsername } from './accounts.js';
import { PersonPicker } from './PersonPicker.js';
import type { CreatedAccount } from './types.js';
import { ACCOUNTS_QUERY_KEY } from './useAccounts.js';

interface Values {
  personId?: string;
  username: string;
}

const USERNAME_RULE = /^[a-z0-9._-]{3,40}$/;

export function CreateAccountModal({
  open,
  taken,
  onClose,
  onCreated,
}: {
  open: boolean;
  /** People who already have an account. */
  taken: ReadonlySet<string>;
  onClose: () => void;
  onCreated: (created: CreatedAccount, displayName: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const onError = useApiErrorHandler();
  const person = useRef<{ fullName: string } | null>(null);
  // The last username we filled in: replaced when another person is picked, unless the user typed one.
  const suggested = useRef('');

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    person.current = null;
    suggested.current = '';
  }, [open, form]);

  const create = useMutation({
    mutationFn: (v: Values) =>
      apiPost<CreatedAccount>('/api/accounts', { personId: v.personId, username: v.username.trim() }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ACCOUNTS_QUERY_KEY });
      onCreated(created, person.current?.fullName ?? created.username);
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Modal
      open={open}
      title="Tạo tài khoản"
      okText="Tạo tài khoản"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ personId: undefined, username: '' }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item
          name="personId"
          label="Người dùng"
          extra="Tài khoản gắn với một người trong danh sách nhân sự; mỗi người có một tài khoản."
          rules={[{ required: true, message: 'Vui lòng chọn người.' }]}
        >
          <PersonPicker
            taken={taken}
            onPick={(p) => {
              person.current = p;
              const current = (form.getFieldValue('username') as string | undefined) ?? '';
              if (p && (current === '' || current === suggested.current)) {
                suggested.current = suggestUsername(p.fullName);
                form.setFieldsValue({ username: suggested.current });
                if (suggested.current) void form.validateFields(['username']).catch(() => undefined);
              }
            }}
          />
        </Form.Item>
        <Form.Item
          name="username"
          label="Tên đăng nhập"
          extra="3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang; ví dụ hungnv."
          normalize={(v: string) => v.toLowerCase()}
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập.' },
            {
              pattern: USERNAME_RULE,
              message:
                'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.',
            },
          ]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
