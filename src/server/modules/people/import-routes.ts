/** Staff-list import: template download, dry run (preview) and all-or-nothing commit. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { importRefused, readUploadedTable } from '../../http/upload.js';
import { actorOf } from '../auth/service.js';
import { importPeople } from './import-service.js';
import { templateCsv, templateXlsx } from './import-template.js';

export const importRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/people/import/template',
      {
        config: { permission: 'people.import' },
        schema: {
          tags: ['Nhân sự'],
          summary: 'Tải tệp mẫu danh sách (xlsx hoặc csv)',
          querystring: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
        },
      },
      async (req, reply) => {
        currentUser(req);
        if (req.query.format === 'csv') {
          reply.header('content-type', 'text/csv; charset=utf-8');
          reply.header('content-disposition', `attachment; filename="mau-danh-sach.csv"`);
          return templateCsv();
        }
        reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        reply.header('content-disposition', `attachment; filename="mau-danh-sach.xlsx"`);
        return reply.send(await templateXlsx());
      },
    );

    app.post(
      '/people/import',
      {
        config: { permission: 'people.import' },
        schema: {
          tags: ['Nhân sự'],
          summary: 'Nhập danh sách từ Excel/CSV (multipart, trường "file"); dryRun=true chỉ xem trước',
          consumes: ['multipart/form-data'],
          querystring: z.object({
            dryRun: z
              .enum(['true', 'false'])
              .default('false')
              .transform((v) => v === 'true'),
          }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        const { table, fileName } = await readUploadedTable(req);
        const result = await importPeople(deps.db, actorOf(user), table, {
          dryRun: req.query.dryRun,
          fileName,
        });
        if (!req.query.dryRun && !result.committed) throw importRefused(result.problems);
        return result;
      },
    );
  };
