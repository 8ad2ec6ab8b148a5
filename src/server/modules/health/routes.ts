import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';

export const healthRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          tags: ['Hệ thống'],
          summary: 'Tình trạng hoạt động',
          response: {
            200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), demo: z.boolean() }),
          },
        },
      },
      async () => {
        await deps.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: deps.databaseKind, demo: deps.config.demo };
      },
    );
  };
