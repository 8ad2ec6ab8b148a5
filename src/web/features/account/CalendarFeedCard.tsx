/**
 * "Lịch hạn chót": a private ICS link of the deadlines that concern me, to subscribe to in
 * Outlook, Google Calendar or a phone. Making a new link revokes the old one.
 */
import { CalendarOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { copyText } from '../admin/copyText.js';

export function CalendarFeedCard() {
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const create = async () => {
    setBusy(true);
    try {
      const { path } = await apiPost<{ path: string }>('/api/me/calendar');
      setUrl(`${window.location.origin}${path}`);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={12} data-testid="calendar-feed">
      <Typography.Paragraph style={{ margin: 0 }}>
        Thêm các hạn chót của kỳ đánh giá liên quan đến bạn vào lịch trên máy tính hoặc điện thoại (Outlook,
        Google Lịch, Lịch iPhone) bằng cách đăng ký đường dẫn bên dưới.
      </Typography.Paragraph>
      {url ? (
        <>
          <Flex gap={8}>
            <Input readOnly value={url} aria-label="Đường dẫn lịch" />
            <Button
              icon={<CopyOutlined />}
              onClick={async () => {
                if (await copyText(url)) message.success('Đã chép đường dẫn lịch.');
              }}
            >
              Chép
            </Button>
          </Flex>
          <Alert
            type="warning"
            showIcon
            message="Đường dẫn này là bí mật của riêng bạn: ai có nó đều xem được các hạn chót. Tạo đường dẫn mới sẽ làm đường dẫn cũ hết hiệu lực."
          />
        </>
      ) : null}
      <Popconfirm
        title="Tạo đường dẫn lịch mới?"
        description="Đường dẫn cũ (nếu có) sẽ hết hiệu lực."
        okText="Tạo"
        cancelText="Thôi"
        onConfirm={create}
      >
        <Button icon={<CalendarOutlined />} loading={busy} style={{ alignSelf: 'flex-start' }}>
          Tạo đường dẫn lịch
        </Button>
      </Popconfirm>
    </Flex>
  );
}
