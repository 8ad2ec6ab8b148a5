/** Sign-in, sign-out, the current user and password change. Thin: the rules live in service.ts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../../../domain/roles.js';
import type { AppDeps } from '../../app.js';
import { currentUser, SESSION_COOKIE } from '../../http/auth.js';
import { changePassword, MIN_PASSWORD_LENGTH, signIn, signOut } from './service.js';

const meSchema = z.object({
  accountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.enum(PERMISSIONS)),
});

export const authRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/login',
      {
        config: { public: true, rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' } },
        schema: {
          tags: ['Đăng nhập'],
          summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
          body: z.object({
            username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập.').max(100),
            password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(200),
          }),
        },
      },
      async (req, reply) => {
        const { token, expiresAt } = await signIn(deps.db, req.body, deps.config.sessionHours);
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: deps.config.cookieSecure,
          expires: expiresAt,
        });
        return { ok: true };
      },
    );

    app.post(
      '/auth/logout',
      { config: { permission: 'signedIn' }, schema: { tags: ['Đăng nhập'], summary: 'Đăng xuất' } },
      async (req, reply) => {
        const user = currentUser(req);
        await signOut(deps.db, req.sessionToken as string, user);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true };
      },
    );

    app.get(
      '/me',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags: ['Đăng nhập'],
          summary: 'Người dùng hiện tại, vai trò và quyền',
          response: { 200: meSchema },
        },
      },
      async (req) => {
        const { agencyId: _a, ...me } = currentUser(req);
        return me;
      },
    );

    app.post(
      '/me/password',
      {
        config: { permission: 'signedIn', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags: ['Đăng nhập'],
          summary: 'Đổi mật khẩu của mình',
          body: z.object({
            currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.').max(200),
            newPassword: z
              .string()
              .min(MIN_PASSWORD_LENGTH, `Mật khẩu mới phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
              .max(200),
          }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        await changePassword(deps.db, user, req.sessionToken as string, req.body);
        return { ok: true };
      },
    );
  };
