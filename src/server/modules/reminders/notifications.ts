/** A user's in-app notifications: list, unread count, mark read. Each user sees only their own. */
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/connect.js';
import { notifications } from '../../db/schema/index.js';
import { writeAudit } from '../audit/service.js';
import { actorOf, type SessionUser } from '../auth/service.js';

export const NOTIFICATION_PAGE = 50;

export async function listNotifications(db: Queryable, user: SessionUser, opts: { unreadOnly?: boolean }) {
  const mine = eq(notifications.accountId, user.accountId);
  const [items, unread] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(opts.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTIFICATION_PAGE),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return { items, unread: unread[0]?.n ?? 0 };
}

/** Mark some (ids) or all of the user's unread notifications read; others' ids are ignored. */
export async function markNotificationsRead(
  db: Db,
  user: SessionUser,
  ids: string[] | 'all',
): Promise<{ marked: number }> {
  return db.transaction(async (tx) => {
    const where = and(
      eq(notifications.accountId, user.accountId),
      isNull(notifications.readAt),
      ids === 'all' ? undefined : inArray(notifications.id, ids),
    );
    const marked = await tx.update(notifications).set({ readAt: new Date() }).where(where).returning({
      id: notifications.id,
    });
    if (marked.length > 0) {
      await writeAudit(tx, actorOf(user), {
        action: 'notifications.read',
        entityType: 'account',
        entityId: user.accountId,
        summary: `${user.displayName} đánh dấu đã đọc ${marked.length} thông báo.`,
        changes: { notifications: marked.map((m) => m.id) },
      });
    }
    return { marked: marked.length };
  });
}
