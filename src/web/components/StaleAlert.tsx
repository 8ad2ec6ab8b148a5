/** Shown when the server answers 409 stale_version: its message and a "Tải lại" button. */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';

export function StaleAlert({
  message,
  onReload,
  reloading,
}: {
  message: string;
  onReload: () => void;
  reloading?: boolean;
}) {
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={message}
      style={{ marginBottom: 16 }}
      action={
        <Button size="small" icon={<ReloadOutlined />} onClick={onReload} loading={reloading}>
          Tải lại
        </Button>
      }
    />
  );
}
