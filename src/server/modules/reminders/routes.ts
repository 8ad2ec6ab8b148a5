/** Notifications of the signed-in user, and the "send reminders now" action for the cycle secretary. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { listNotifications, markNotificationsRead } from './notifications.js';
import { runReminders } from './scheduler.js';

const tags = ['Thông báo, nhắc hạn'];

export const reminderRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/notifications',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags,
          summary: 'Thông báo của tôi (mới nhất trước) và số thông báo chưa đọc',
          querystring: z.object({ unread: z.enum(['0', '1']).optional() }),
        },
      },
      async (req) => listNotifications(deps.db, currentUser(req), { unreadOnly: req.query.unread === '1' }),
    );

    app.post(
      '/notifications/read',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags,
          summary: 'Đánh dấu đã đọc: các thông báo được chọn, hoặc tất cả',
          body: z.union([
            z.object({ ids: z.array(z.uuid('Mã thông báo không hợp lệ.')).min(1).max(200) }),
            z.object({ all: z.literal(true) }),
          ]),
        },
      },
      async (req) =>
        markNotificationsRead(deps.db, currentUser(req), 'all' in req.body ? 'all' : req.body.ids),
    );

    app.post(
      '/reminders/sweep',
      {
        config: { permission: 'cycles.manage' },
        schema: {
          tags,
          summary: 'Gửi nhắc hạn ngay (việc sắp đến hạn và quá hạn của kỳ đang chạy)',
        },
      },
      async (req) => {
        const user = currentUser(req);
        return runReminders(deps, { agencyId: user.agencyId, requestedBy: user.displayName });
      },
    );
  };
