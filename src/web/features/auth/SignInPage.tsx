/** /dang-nhap: username + password; the server's message on failure; demo accounts in demo mode. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, type InputRef, Typography } from 'antd';
import { useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api.js';
import { applyFieldErrors } from '../../app/form-errors.js';
import { queryClient } from '../../app/queryClient.js';
import { DemoAccountsCard } from './DemoAccountsCard.js';
import { useHealth } from './useHealth.js';

interface Credentials {
  username: string;
  password: string;
}

export function SignInPage() {
  const [form] = Form.useForm<Credentials>();
  const passwordRef = useRef<InputRef>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const health = useHealth();
  const from = (location.state as { from?: string } | null)?.from;

  const signIn = useMutation({
    mutationFn: (body: Credentials) =>
      api<{ ok: true }>('/api/auth/login', { method: 'POST', body, skipAuthRedirect: true }),
    onSuccess: () => {
      queryClient.removeQueries();
      void navigate(from && from !== '/dang-nhap' ? from : '/', { replace: true });
    },
    onError: (error) => {
      if (isApiError(error)) applyFieldErrors(form, error.details);
    },
  });

  const demoAccounts = health.data?.demo ? (health.data.demoAccounts ?? []) : [];

  return (
    <Flex justify="center" align="flex-start" style={{ minHeight: '100vh', padding: '48px 12px' }}>
      <Flex vertical gap={16} style={{ width: '100%', maxWidth: 420 }}>
        <div style={{ textAlign: 'center' }}>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            BinhXet
          </Typography.Title>
          <Typography.Text type="secondary">
            Kiểm điểm, đánh giá, xếp loại và bình xét thi đua
          </Typography.Text>
        </div>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            Đăng nhập
          </Typography.Title>
          {signIn.error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={signIn.error.message}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Form<Credentials>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => signIn.mutate(values)}
            disabled={signIn.isPending}
          >
            <Form.Item
              name="username"
              label="Tên đăng nhập"
              rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập.' }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label="Mật khẩu"
              rules={[{ required: true, message: 'Vui lòng nhập mật khẩu.' }]}
            >
              <Input.Password ref={passwordRef} prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              Đăng nhập
            </Button>
          </Form>
        </Card>
        {demoAccounts.length > 0 ? (
          <DemoAccountsCard
            accounts={demoAccounts}
            onPick={(username) => {
              form.setFieldsValue({ username });
              form.setFields([{ name: 'username', errors: [] }]);
              passwordRef.current?.focus();
            }}
          />
        ) : null}
      </Flex>
    </Flex>
  );
}
