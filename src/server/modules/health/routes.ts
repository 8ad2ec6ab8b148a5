import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { DEMO_ACCOUNTS_FOR_README } from '../../demo/demo-agency.js';

export const healthRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        config: { public: true },
        schema: {
          tags: ['Hệ thống'],
          summary: 'Tình trạng hoạt động',
          response: {
            200: z.object({
              status: z.literal('ok'),
              database: z.enum(['pglite', 'postgres']),
              demo: z.boolean(),
              /** In demo mode the sign-in page lists the demo accounts (password "demo"). */
              demoAccounts: z.array(z.object({ username: z.string(), who: z.string() })),
            }),
          },
        },
      },
      async () => {
        await deps.db.execute(sql`select 1`);
        return {
          status: 'ok' as const,
          database: deps.databaseKind,
          demo: deps.config.demo,
          demoAccounts: deps.config.demo ? DEMO_ACCOUNTS_FOR_README : [],
        };
      },
    );
  };
