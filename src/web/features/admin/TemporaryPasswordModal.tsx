/**
 * The temporary password of a new or reset account. The server returns it once and keeps only its
 * hash, so this modal is the only place it can be read: copy button, warning, no closing by a stray click.
 */
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { copyText } from './copyText.js';

export interface TemporaryPassword {
  title: string;
  username: string;
  displayName: string;
  password: string;
}

export function TemporaryPasswordModal({
  value,
  onClose,
}: {
  value: TemporaryPassword | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [copied, setCopied] = useState(false);
  const hostRef = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new password starts uncopied
  useEffect(() => {
    setCopied(false);
  }, [value?.password]);

  const copy = async () => {
    if (!value) return;
    if (await copyText(value.password, hostRef.current ?? undefined)) {
      setCopied(true);
      message.success('Đã sao chép mật khẩu tạm.');
    } else {
      message.warning('Trình duyệt không cho sao chép tự động; vui lòng chọn và sao chép mật khẩu bằng tay.');
    }
  };

  return (
    <Modal
      open={value !== null}
      title={value?.title}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          Đã ghi lại, đóng
        </Button>
      }
    >
      {value ? (
        <div ref={hostRef}>
          <Alert
            type="warning"
            showIcon
            title="Mật khẩu tạm chỉ hiển thị một lần"
            description="Hãy sao chép và trao trực tiếp cho người dùng. Sau khi đóng cửa sổ này sẽ không xem lại được; nếu quên, phải đặt lại mật khẩu. Người dùng nên đổi mật khẩu ngay sau lần đăng nhập đầu tiên (mục “Tài khoản của tôi”)."
            style={{ marginBottom: 16 }}
          />
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { whiteSpace: 'nowrap' } }}
            items={[
              { key: 'name', label: 'Người dùng', children: value.displayName },
              { key: 'username', label: 'Tên đăng nhập', children: value.username },
              {
                key: 'password',
                label: 'Mật khẩu tạm',
                children: (
                  <Flex gap={8} wrap align="center">
                    <Typography.Text
                      data-testid="temporary-password"
                      style={{
                        fontFamily: '"Liberation Mono", "DejaVu Sans Mono", Consolas, monospace',
                        fontSize: 20,
                        letterSpacing: 1,
                        userSelect: 'all',
                      }}
                    >
                      {value.password}
                    </Typography.Text>
                    <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={copy}>
                      {copied ? 'Đã sao chép' : 'Sao chép'}
                    </Button>
                  </Flex>
                ),
              },
            ]}
          />
        </div>
      ) : null}
    </Modal>
  );
}
