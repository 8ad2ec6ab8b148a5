/** Shapes of the notifications API (/api/notifications, /api/reminders/sweep). */

/** The kinds the deadline sweep writes; other kinds may come later and are shown without a tag. */
export type NotificationKind = 'deadline_due_soon' | 'deadline_overdue' | (string & {});

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path inside the app, e.g. the cycle's progress dashboard. */
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationsResponse {
  /** Newest first, at most 50. */
  items: AppNotification[];
  /** All of the user's unread notifications, not only those in `items`. */
  unread: number;
}

/** What to mark read: some notifications, or all of the user's. */
export type MarkReadTarget = { ids: string[] } | { all: true };

export interface MarkReadResult {
  marked: number;
}

export interface SweepResult {
  reminders: number;
  notifications: number;
  emails: number;
  /** E-mails delivered / failed in this run (0 without SMTP). */
  sent: number;
  failed: number;
}

/** The filter of the notifications page. */
export type NotificationFilter = 'all' | 'unread';
