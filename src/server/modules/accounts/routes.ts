/** Account administration for the system administrator. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { USERNAME_PATTERN } from '../../../domain/people-import.js';
import { GRANTABLE_ROLES } from '../../../domain/roles.js';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { actorOf } from '../auth/service.js';
import { createAccount, listAccounts, resetPassword, setDisabled, setGrants } from './service.js';

const idParams = z.object({ id: z.uuid('Mã tài khoản không hợp lệ.') });
const version = z.number().int().positive();
const config = { permission: 'accounts.manage' } as const;
const tags = ['Tài khoản'];

export const accountRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/accounts',
      { config, schema: { tags, summary: 'Danh sách tài khoản và quyền được cấp' } },
      async (req) => ({
        items: await listAccounts(deps.db, currentUser(req).agencyId),
      }),
    );

    app.post(
      '/accounts',
      {
        config,
        schema: {
          tags,
          summary: 'Tạo tài khoản cho một người (trả mật khẩu tạm một lần)',
          body: z.object({
            personId: z.uuid('Vui lòng chọn người.'),
            username: z
              .string()
              .trim()
              .toLowerCase()
              .regex(
                USERNAME_PATTERN,
                'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.',
              ),
          }),
        },
      },
      async (req, reply) => {
        reply.status(201);
        return createAccount(deps.db, actorOf(currentUser(req)), req.body);
      },
    );

    app.put(
      '/accounts/:id/grants',
      {
        config,
        schema: {
          tags,
          summary: 'Đặt các quyền được cấp (quản trị, thư ký kỳ đánh giá)',
          params: idParams,
          body: z.object({ version, grants: z.array(z.enum(GRANTABLE_ROLES)) }),
        },
      },
      async (req) =>
        setGrants(deps.db, actorOf(currentUser(req)), req.params.id, req.body.version, req.body.grants),
    );

    app.post(
      '/accounts/:id/reset-password',
      { config, schema: { tags, summary: 'Đặt lại mật khẩu (trả mật khẩu tạm một lần)', params: idParams } },
      async (req) => resetPassword(deps.db, actorOf(currentUser(req)), req.params.id),
    );

    app.put(
      '/accounts/:id/disabled',
      {
        config,
        schema: {
          tags,
          summary: 'Khóa hoặc mở khóa tài khoản',
          params: idParams,
          body: z.object({ version, disabled: z.boolean() }),
        },
      },
      async (req) =>
        setDisabled(deps.db, actorOf(currentUser(req)), req.params.id, req.body.version, req.body.disabled),
    );
  };
