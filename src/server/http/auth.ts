/**
 * Request authentication: the session cookie is resolved once per request into `req.user`.
 * Route guards: `requireUser(req)` and `requirePermission(req, p)` throw the API's 401/403.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, type Permission } from '../../domain/roles.js';
import type { Db } from '../db/connect.js';
import { resolveSession, type SessionUser } from '../modules/auth/service.js';
import { AppError, forbidden } from './errors.js';

export const SESSION_COOKIE = 'bx_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionToken: string | null;
  }
}

export function installAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    req.sessionToken = token;
    req.user = await resolveSession(db, token);
  });
}

export function requireUser(req: FastifyRequest): SessionUser {
  if (!req.user) {
    throw new AppError('unauthenticated', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
  }
  return req.user;
}

export function requirePermission(req: FastifyRequest, permission: Permission): SessionUser {
  const user = requireUser(req);
  if (!can(user.roles, permission)) throw forbidden();
  return user;
}
