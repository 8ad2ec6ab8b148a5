/**
 * The header's bell: the unread count as a badge (polled every minute and on returning to the
 * window); a click opens "Thông báo" with the latest few, each opening its page and marking it read.
 */
import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Flex, Popover, Spin, Typography, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { useMarkNotificationsRead, useNotifications } from './api.js';
import { appLink, bellLabel, markedAllMessage, notificationDateTime, notificationTime } from './format.js';
import { KindTagView, markingAll, UnreadDot } from './parts.js';
import type { AppNotification } from './types.js';

/** How many notifications the panel lists; the rest are on /thong-bao. */
export const BELL_ITEMS = 8;

export const NOTIFICATIONS_PATH = '/thong-bao';

export function NotificationBell({ compact }: { compact: boolean }) {
  const [open, setOpen] = useState(false);
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      // On a phone 'bottom' lets the panel shift sideways to stay on the screen.
      placement={compact ? 'bottom' : 'bottomRight'}
      arrow={false}
      destroyOnHidden
      // On a phone the popover spans the screen and the panel keeps 8 px from either edge.
      styles={
        compact
          ? { root: { width: '100vw', paddingInline: 8, boxSizing: 'border-box' }, container: { padding: 0 } }
          : { container: { padding: 0, width: 400, maxWidth: 'calc(100vw - 16px)' } }
      }
      content={<NotificationPanel onClose={() => setOpen(false)} />}
    >
      <Button
        type="text"
        aria-label={bellLabel(unread)}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="notification-bell"
        data-unread={unread}
        style={{ flex: 'none', paddingInline: 8 }}
        icon={
          <Badge count={unread} size="small" overflowCount={99} offset={[4, -2]}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}

function NotificationPanel({ onClose }: { onClose: () => void }) {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const navigate = useNavigate();
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const data = notifications.data;
  const unread = data?.unread ?? 0;

  const openItem = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] }, { onError: (e) => onError(e) });
    const to = appLink(n.link);
    if (to) {
      onClose();
      void navigate(to);
    }
  };

  const markAll = () =>
    markRead.mutate(
      { all: true },
      { onSuccess: (r) => message.success(markedAllMessage(r.marked)), onError: (e) => onError(e) },
    );

  let body: ReactNode;
  if (notifications.error && !data) {
    body = (
      <Flex vertical align="center" gap={8} style={{ padding: 24 }}>
        <Typography.Text type="danger">Không tải được thông báo.</Typography.Text>
        <Button size="small" onClick={() => notifications.refetch()}>
          Thử lại
        </Button>
      </Flex>
    );
  } else if (!data) {
    body = (
      <Flex justify="center" style={{ padding: 24 }}>
        <Spin />
      </Flex>
    );
  } else if (data.items.length === 0) {
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="Chưa có thông báo nào."
        style={{ marginBlock: 24 }}
      />
    );
  } else {
    body = (
      <ul
        aria-label="Thông báo mới nhất"
        style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 'min(60vh, 460px)', overflowY: 'auto' }}
      >
        {data.items.slice(0, BELL_ITEMS).map((n) => (
          <li key={n.id} style={{ borderBottom: `1px solid ${token.colorSplit}` }}>
            <BellItem notification={n} onOpen={() => openItem(n)} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div data-testid="notification-panel" role="dialog" aria-label="Thông báo">
      <Flex
        justify="space-between"
        align="baseline"
        gap={8}
        style={{ padding: '12px 16px', borderBottom: `1px solid ${token.colorSplit}` }}
      >
        <Typography.Text strong style={{ fontSize: 16 }}>
          Thông báo
        </Typography.Text>
        {unread > 0 ? <Typography.Text type="secondary">{unread} chưa đọc</Typography.Text> : null}
      </Flex>
      {body}
      <Flex justify="space-between" align="center" gap={8} wrap style={{ padding: '6px 8px' }}>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markingAll(markRead)}
          onClick={markAll}
          data-testid="bell-mark-all"
        >
          Đánh dấu tất cả đã đọc
        </Button>
        <Button
          type="link"
          size="small"
          onClick={() => {
            onClose();
            void navigate(NOTIFICATIONS_PATH);
          }}
          data-testid="bell-see-all"
        >
          Xem tất cả
        </Button>
      </Flex>
    </div>
  );
}

function BellItem({ notification: n, onOpen }: { notification: AppNotification; onOpen: () => void }) {
  const { token } = theme.useToken();
  const isUnread = !n.readAt;
  return (
    <Button
      type="text"
      block
      onClick={onOpen}
      data-testid="notification-item"
      data-unread={isUnread ? 'true' : 'false'}
      style={{
        height: 'auto',
        display: 'flex',
        alignItems: 'flex-start',
        justifyContent: 'flex-start',
        gap: 10,
        padding: '10px 16px',
        borderRadius: 0,
        whiteSpace: 'normal',
        textAlign: 'start',
        background: isUnread ? token.colorPrimaryBg : undefined,
      }}
    >
      <span style={{ flex: 'none', width: 8, paddingTop: 7 }}>{isUnread ? <UnreadDot /> : null}</span>
      <span style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography.Text strong={isUnread} style={{ overflowWrap: 'anywhere' }}>
          {n.title}
        </Typography.Text>
        <Typography.Text
          type="secondary"
          style={{
            fontSize: 13,
            overflowWrap: 'anywhere',
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
          }}
        >
          {n.body}
        </Typography.Text>
        <span style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 2 }}>
          <KindTagView kind={n.kind} />
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12 }}
            title={notificationDateTime(n.createdAt)}
          >
            {notificationTime(n.createdAt)}
          </Typography.Text>
        </span>
      </span>
    </Button>
  );
}
