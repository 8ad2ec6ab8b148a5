/**
 * /thong-bao: the user's latest notifications (deadline reminders of the running cycle), all or only
 * the unread ones; each opens its page or is marked read on its own; or all at once.
 */
import { CheckOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Segmented, Typography, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { useMarkNotificationsRead, useNotifications } from './api.js';
import { appLink, markedAllMessage, notificationDateTime, notificationTime } from './format.js';
import { KindTagView, markingAll, UnreadDot } from './parts.js';
import type { AppNotification, NotificationFilter } from './types.js';

const EMPTY_TEXT: Record<NotificationFilter, string> = {
  all: 'Chưa có thông báo nào.',
  unread: 'Không có thông báo chưa đọc.',
};

export function NotificationsPage() {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [filter, setFilter] = useState<NotificationFilter>('all');
  // The unread count comes from the "all" list (shared with the bell), whatever the filter.
  const all = useNotifications('all');
  const list = useNotifications(filter);
  const markRead = useMarkNotificationsRead();
  const unread = all.data?.unread ?? 0;
  const items = list.data?.items;

  const markOne = (n: AppNotification) => markRead.mutate({ ids: [n.id] }, { onError: (e) => onError(e) });
  const markAll = () =>
    markRead.mutate(
      { all: true },
      { onSuccess: (r) => message.success(markedAllMessage(r.marked)), onError: (e) => onError(e) },
    );
  const busyId =
    markRead.isPending && markRead.variables && 'ids' in markRead.variables
      ? markRead.variables.ids[0]
      : undefined;

  let body: ReactNode;
  if (list.error && !items) body = <QueryError error={list.error} onRetry={() => list.refetch()} />;
  else if (!items) body = <LoadingBlock />;
  else if (items.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={EMPTY_TEXT[filter]} />;
  } else {
    body = (
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((n) => (
          <li key={n.id}>
            <NotificationRow
              notification={n}
              busy={busyId === n.id}
              onMarkRead={() => markOne(n)}
              onOpen={() => (n.readAt ? undefined : markOne(n))}
            />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <>
      <PageHeader
        title="Thông báo"
        subtitle="Nhắc hạn các việc sắp đến hạn, quá hạn trong kỳ đánh giá (50 thông báo mới nhất)."
        extra={
          <Button
            icon={<CheckOutlined />}
            disabled={unread === 0}
            loading={markingAll(markRead)}
            onClick={markAll}
            data-testid="mark-all-read"
          >
            Đánh dấu tất cả đã đọc
          </Button>
        }
      />
      <Card>
        <Segmented<NotificationFilter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: 'Tất cả' },
            { value: 'unread', label: all.data ? `Chưa đọc (${unread})` : 'Chưa đọc' },
          ]}
          style={{ marginBottom: 12 }}
          data-testid="notification-filter"
        />
        <div data-testid="notifications-list">{body}</div>
      </Card>
    </>
  );
}

function NotificationRow({
  notification: n,
  busy,
  onMarkRead,
  onOpen,
}: {
  notification: AppNotification;
  busy: boolean;
  onMarkRead: () => void;
  onOpen: () => void;
}) {
  const { token } = theme.useToken();
  const phone = useIsPhone();
  const isUnread = !n.readAt;
  const to = appLink(n.link);
  return (
    <Flex
      data-testid="notification-row"
      data-unread={isUnread ? 'true' : 'false'}
      justify="space-between"
      align="center"
      wrap
      gap="8px 16px"
      style={{
        padding: phone ? '12px 8px' : '12px 16px',
        borderBottom: `1px solid ${token.colorSplit}`,
        borderInlineStart: `3px solid ${isUnread ? token.colorPrimary : 'transparent'}`,
        background: isUnread ? token.colorPrimaryBg : undefined,
      }}
    >
      <Flex vertical gap={4} style={{ flex: '1 1 360px', minWidth: 0 }}>
        <Flex align="center" gap={8}>
          {isUnread ? <UnreadDot /> : null}
          <Typography.Text
            strong={isUnread}
            style={{ overflowWrap: 'anywhere' }}
            data-testid="notification-title"
          >
            {n.title}
          </Typography.Text>
        </Flex>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>{n.body}</Typography.Text>
        <Flex align="center" gap="4px 8px" wrap>
          <KindTagView kind={n.kind} />
          <Typography.Text
            type="secondary"
            style={{ fontSize: 13 }}
            title={notificationDateTime(n.createdAt)}
          >
            {notificationTime(n.createdAt)}
          </Typography.Text>
          {isUnread ? null : (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              · Đã đọc
            </Typography.Text>
          )}
        </Flex>
      </Flex>
      <Flex gap={8} align="center" style={{ flex: 'none' }}>
        {to ? (
          <Link to={to} onClick={onOpen} data-testid="notification-open">
            <ExportOutlined /> Mở
          </Link>
        ) : null}
        {isUnread ? (
          <Button size="small" loading={busy} onClick={onMarkRead} data-testid="notification-mark-read">
            Đánh dấu đã đọc
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
