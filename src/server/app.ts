/**
 * Builds the Fastify app around an open, migrated database. Tests import this and use
 * `app.inject`; main.ts adds the listener, the data-directory lock and the demo seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vi as zodVi } from 'zod/locales';
import { nowOnDay, todayInVietnam } from '../domain/dates.js';
import { MAX_IMPORT_BYTES } from '../domain/people-import.js';
import type { Config } from './config.js';
import type { Database } from './db/connect.js';
import { pdfConverter } from './documents/pdf.js';
import { installAuth } from './http/auth.js';
import { installErrorHandler, setSpaFallback } from './http/errors.js';
import type { Mailer } from './mail/mailer.js';
import { accountRoutes } from './modules/accounts/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { ballotMinutesRoutes } from './modules/ballots/minutes-routes.js';
import { ballotRoutes } from './modules/ballots/routes.js';
import { questionRoutes } from './modules/cycles/question-routes.js';
import { cycleRoutes } from './modules/cycles/routes.js';
import { documentRoutes } from './modules/documents/routes.js';
import type { PdfService } from './modules/documents/service.js';
import { dossierRoutes } from './modules/dossiers/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { meetingMinutesRoutes } from './modules/meetings/minutes-routes.js';
import { meetingRoutes } from './modules/meetings/routes.js';
import { orgRoutes } from './modules/org/routes.js';
import { importRoutes } from './modules/people/import-routes.js';
import { peopleRoutes } from './modules/people/routes.js';
import { reminderRoutes } from './modules/reminders/routes.js';
import { scheduleReminders } from './modules/reminders/scheduler.js';
import { resultRoutes } from './modules/results/routes.js';
import { reviewDocumentRoutes } from './modules/reviews/document-routes.js';
import { reviewRoutes } from './modules/reviews/routes.js';
import { rulesRoutes } from './modules/rules/routes.js';

// Validation messages in Vietnamese for every schema, server and web alike.
z.config(zodVi());

export type App = FastifyInstance;

export interface AppOptions {
  database: Database;
  config: Pick<
    Config,
    'sessionHours' | 'cookieSecure' | 'logLevel' | 'demo' | 'loginRatePerMinute' | 'clockToday' | 'publicUrl'
  >;
  /** Serve the built web app from dist/web when present (off in most tests). */
  serveWeb?: boolean;
  /** Pino options; tests pass false. */
  logger?: boolean | object;
  /** DOCX → PDF conversion; defaults to the shared LibreOffice queue. */
  pdf?: PdfService;
  /** Outgoing e-mail (SMTP_URL); null or absent: reminders stay in-app. */
  mailer?: Mailer | null;
  /** Minutes between reminder sweeps once the app is ready; 0 or absent: only on demand. */
  reminderSweepMinutes?: number;
}

/** The built web app; WEB_DIST points elsewhere (e.g. a build of one's own while others rebuild dist/web). */
const WEB_DIST = process.env.WEB_DIST
  ? path.resolve(process.env.WEB_DIST)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? { level: opts.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'BinhXet API',
        description:
          'API của hệ thống BinhXet: kiểm điểm, đánh giá, xếp loại và bình xét thi đua. ' +
          'Mọi lỗi có dạng { error: { code, message, details } } với thông điệp tiếng Việt.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'bx_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installAuth(app, opts.database.db);

  const deps: AppDeps = {
    db: opts.database.db,
    config: opts.config,
    databaseKind: opts.database.kind,
    pdf: opts.pdf ?? pdfConverter(),
    today: () => opts.config.clockToday ?? todayInVietnam(),
    now: () => (opts.config.clockToday ? nowOnDay(opts.config.clockToday) : new Date()),
    mailer: opts.mailer ?? null,
  };
  await app.register(healthRoutes(deps), { prefix: '/api' });
  await app.register(authRoutes(deps), { prefix: '/api' });
  await app.register(orgRoutes(deps), { prefix: '/api' });
  await app.register(peopleRoutes(deps), { prefix: '/api' });
  await app.register(importRoutes(deps), { prefix: '/api' });
  await app.register(auditRoutes(deps), { prefix: '/api' });
  await app.register(accountRoutes(deps), { prefix: '/api' });
  await app.register(documentRoutes(deps), { prefix: '/api' });
  await app.register(cycleRoutes(deps), { prefix: '/api' });
  await app.register(questionRoutes(deps), { prefix: '/api' });
  await app.register(rulesRoutes(deps), { prefix: '/api' });
  await app.register(reminderRoutes(deps), { prefix: '/api' });
  await app.register(reviewRoutes(deps), { prefix: '/api' });
  await app.register(reviewDocumentRoutes(deps), { prefix: '/api' });
  await app.register(resultRoutes(deps), { prefix: '/api' });
  await app.register(ballotRoutes(deps), { prefix: '/api' });
  await app.register(meetingRoutes(deps), { prefix: '/api' });
  await app.register(meetingMinutesRoutes(deps), { prefix: '/api' });
  await app.register(dossierRoutes(deps), { prefix: '/api' });
  await app.register(ballotMinutesRoutes(deps), { prefix: '/api' });
  if (opts.reminderSweepMinutes) {
    const minutes = opts.reminderSweepMinutes;
    let stop = () => {};
    app.addHook('onReady', async () => {
      stop = scheduleReminders(deps, minutes, app.log);
    });
    app.addHook('onClose', async () => stop());
  }

  if (opts.serveWeb && fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: true });
    // Client-side routes: any other non-API GET gets the single page.
    setSpaFallback(app, (reply) => reply.sendFile('index.html'));
  }
  return app;
}

export type AppDeps = {
  db: Database['db'];
  config: AppOptions['config'];
  databaseKind: Database['kind'];
  pdf: PdfService;
  /** The agency's calendar day (Asia/Ho_Chi_Minh), ISO; pinned by CLOCK_TODAY in tests. */
  today: () => string;
  /** The moment, on the day `today` says (meetings record when they start and end). */
  now: () => Date;
  mailer: Mailer | null;
};
