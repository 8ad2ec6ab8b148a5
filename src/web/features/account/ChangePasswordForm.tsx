/** Change one's own password: current, new (≥ 8 characters), and the new one again. */
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { apiPost } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';

const MIN_LENGTH = 8;

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm() {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const change = useMutation({
    mutationFn: (v: Values) =>
      apiPost<{ ok: true }>('/api/me/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      }),
    onSuccess: () => {
      message.success('Đã đổi mật khẩu.');
      form.resetFields();
    },
    onError: (e) => onError(e, form),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 420 }}
      onFinish={(v) => change.mutate(v)}
      disabled={change.isPending}
    >
      <Form.Item
        name="currentPassword"
        label="Mật khẩu hiện tại"
        rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại.' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="Mật khẩu mới"
        extra={`Ít nhất ${MIN_LENGTH} ký tự.`}
        rules={[
          { required: true, message: 'Vui lòng nhập mật khẩu mới.' },
          { min: MIN_LENGTH, message: `Mật khẩu mới phải có ít nhất ${MIN_LENGTH} ký tự.` },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="Nhập lại mật khẩu mới"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Vui lòng nhập lại mật khẩu mới.' },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('Mật khẩu nhập lại không khớp.')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        Đổi mật khẩu
      </Button>
    </Form>
  );
}
