/** Pure helpers of the notification bell and page: kind tags, times, labels, messages. */
import { formatVnDateTime } from '../../components/dates.js';
import type {
  AppNotification,
  MarkReadTarget,
  NotificationKind,
  NotificationsResponse,
  SweepResult,
} from './types.js';

export interface KindTag {
  label: string;
  /** antd Tag colour. */
  color: string;
}

const KIND_TAGS: Record<string, KindTag> = {
  deadline_due_soon: { label: 'Sắp đến hạn', color: 'orange' },
  deadline_overdue: { label: 'Quá hạn', color: 'red' },
};

/** The coloured tag of a kind; null for kinds this version does not know (shown without a tag). */
export const kindTag = (kind: NotificationKind): KindTag | null => KIND_TAGS[kind] ?? null;

/** The bell's accessible name: "Thông báo (3 chưa đọc)". */
export const bellLabel = (unread: number): string => `Thông báo (${unread} chưa đọc)`;

/** An ISO instant as dd/mm/yyyy HH:mm in Vietnam time ('' for none; bad text unchanged). */
export function notificationDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const full = formatVnDateTime(iso);
  return /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/.test(full) ? full.slice(0, 16) : full;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * When a notification came, as people say it: "Vừa xong", "5 phút trước", "3 giờ trước" within a
 * day; older ones (and any from the future beyond a minute) as dd/mm/yyyy HH:mm in Vietnam time.
 */
export function notificationTime(iso: string, now: Date = new Date()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const ago = now.getTime() - at;
  if (ago < -MINUTE_MS || ago >= DAY_MS) return notificationDateTime(iso);
  if (ago < MINUTE_MS) return 'Vừa xong';
  if (ago < HOUR_MS) return `${Math.floor(ago / MINUTE_MS)} phút trước`;
  return `${Math.floor(ago / HOUR_MS)} giờ trước`;
}

const isTarget = (target: MarkReadTarget, n: AppNotification) =>
  'all' in target ? true : target.ids.includes(n.id);

/** The list as it will be once `target` is marked read at `now`: the optimistic update. */
export function markReadLocally(
  data: NotificationsResponse,
  target: MarkReadTarget,
  now: string,
): NotificationsResponse {
  let newlyRead = 0;
  const items = data.items.map((n) => {
    if (n.readAt || !isTarget(target, n)) return n;
    newlyRead++;
    return { ...n, readAt: now };
  });
  const unread = 'all' in target ? 0 : Math.max(0, data.unread - newlyRead);
  return { items, unread };
}

/** A link the app may follow: a path inside it ("/…", not "//host"); null otherwise. */
export function appLink(link: string | null | undefined): string | null {
  if (!link) return null;
  return link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\') ? link : null;
}

export const NO_NEW_REMINDERS = 'Không có nhắc hạn mới: các việc sắp đến hạn và quá hạn đã được nhắc.';

/** What the secretary is told after "Gửi nhắc hạn ngay". */
export function sweepMessage(r: SweepResult): { type: 'success' | 'info' | 'warning'; text: string } {
  const failed = r.failed > 0 ? ` ${r.failed} thư điện tử chưa gửi được; hệ thống sẽ tự gửi lại sau.` : '';
  if (r.reminders === 0) {
    return failed
      ? { type: 'warning', text: `${NO_NEW_REMINDERS}${failed}` }
      : { type: 'info', text: NO_NEW_REMINDERS };
  }
  return {
    type: failed ? 'warning' : 'success',
    text: `Đã gửi ${r.reminders} nhắc hạn (${r.notifications} thông báo, ${r.emails} thư điện tử).${failed}`,
  };
}

/** After "Đánh dấu tất cả đã đọc". */
export const markedAllMessage = (marked: number): string =>
  marked > 0 ? `Đã đánh dấu ${marked} thông báo là đã đọc.` : 'Không còn thông báo nào chưa đọc.';
