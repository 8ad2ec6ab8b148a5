/**
 * "Gửi nhắc hạn ngay" for the cycle secretary (cycles.manage): one reminder sweep of the running
 * cycle now, instead of waiting for the periodic one; says how many reminders went out.
 */
import { SendOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useAuth } from '../../app/auth.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { useSendReminders } from './api.js';
import { sweepMessage } from './format.js';

export function SendRemindersButton() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const send = useSendReminders();
  if (!can('cycles.manage')) return null;
  const onClick = () =>
    send.mutate(undefined, {
      onSuccess: (r) => {
        const { type, text } = sweepMessage(r);
        message.open({ type, content: text, duration: 6 });
      },
      onError: (e) => onError(e),
    });
  return (
    <Button icon={<SendOutlined />} loading={send.isPending} onClick={onClick} data-testid="send-reminders">
      Gửi nhắc hạn ngay
    </Button>
  );
}
