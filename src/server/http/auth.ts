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
  interface FastifyContextConfig {
    /**
     * Who may call the route: a permission, or 'signedIn' for any signed-in user. Checked before
     * the body is validated, so a caller without the right learns nothing from validation errors.
     */
    permission?: Permission | 'signedIn';
    /** Open to anyone (health, sign-in). Every other API route must name a permission. */
    public?: true;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    sessionToken: string | null;
  }
}

export function installAuth(app: FastifyInstance, db: Db): void {
  // Fail at start-up, not in production, when an API route forgets to say who may call it.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const config = route.config as { permission?: string; public?: true } | undefined;
    if (!config?.permission && !config?.public) {
      throw new Error(
        `route ${route.method} ${route.url} declares neither config.permission nor config.public`,
      );
    }
  });
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    req.sessionToken = token;
    req.user = await resolveSession(db, token);
  });
  app.addHook('preValidation', async (req) => {
    const permission = req.routeOptions.config.permission;
    if (permission === 'signedIn') requireUser(req);
    else if (permission) requirePermission(req, permission);
  });
}

/** The user of a route guarded by `config.permission` (the hook has already checked it). */
export function currentUser(req: FastifyRequest): SessionUser {
  return requireUser(req);
}

export function requireUser(req: FastifyRequest): SessionUser {
  if (!req.user) {
    throw new AppError(
      'unauthenticated',
      'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    );
  }
  return req.user;
}

export function requirePermission(req: FastifyRequest, permission: Permission): SessionUser {
  const user = requireUser(req);
  if (!can(user.roles, permission)) throw forbidden();
  return user;
}
