/** Small pieces shared by the bell and the page: the unread dot and the kind tag. */
import { Tag, theme } from 'antd';
import { kindTag } from './format.js';
import type { MarkReadTarget, NotificationKind } from './types.js';

/** The blue dot before an unread notification (for sight; the text says "chưa đọc" to readers). */
export function UnreadDot() {
  const { token } = theme.useToken();
  return (
    <span
      role="img"
      aria-label="Chưa đọc"
      data-testid="unread-dot"
      style={{
        display: 'inline-block',
        width: 8,
        height: 8,
        borderRadius: '50%',
        background: token.colorPrimary,
        flex: 'none',
      }}
    />
  );
}

/** "Sắp đến hạn" in orange, "Quá hạn" in red; nothing for other kinds. */
export function KindTagView({ kind }: { kind: NotificationKind }) {
  const tag = kindTag(kind);
  return tag ? (
    <Tag color={tag.color} style={{ marginInlineEnd: 0 }} data-testid="notification-kind">
      {tag.label}
    </Tag>
  ) : null;
}

/** Whether a mark-read mutation in flight is the "all" one (for the button's spinner). */
export const markingAll = (m: { isPending: boolean; variables?: MarkReadTarget }): boolean =>
  m.isPending && m.variables !== undefined && 'all' in m.variables;
