/** Staff-list import: template download, dry run (preview) and all-or-nothing commit. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { actorOf } from '../auth/service.js';
import { readImportFile } from './import-file.js';
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
        if (!req.isMultipart()) {
          throw new AppError('validation', 'Vui lòng chọn tệp danh sách (.xlsx hoặc .csv) để tải lên.');
        }
        const file = await req.file();
        if (!file)
          throw new AppError('validation', 'Vui lòng chọn tệp danh sách (.xlsx hoặc .csv) để tải lên.');
        const tooLarge = () => new AppError('payload_too_large', 'Tệp quá lớn (tối đa 5 MB).');
        // toBuffer() rejects with FST_REQ_FILE_TOO_LARGE past the limit: answer with the limit in words.
        const buf = await file.toBuffer().catch((err: { code?: string }) => {
          throw err?.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : err;
        });
        if (file.file.truncated) throw tooLarge();
        const table = await readImportFile(file.filename, buf);
        const result = await importPeople(deps.db, actorOf(user), table, {
          dryRun: req.query.dryRun,
          fileName: file.filename,
        });
        if (!req.query.dryRun && !result.committed) {
          throw new AppError(
            'validation',
            `Tệp có ${result.problems.length} lỗi; chưa có thay đổi nào được ghi. Vui lòng sửa rồi tải lại.`,
            result.problems.map((p) => ({
              path: `rows.${p.row}${p.column ? `.${p.column}` : ''}`,
              message: p.message,
            })),
          );
        }
        return result;
      },
    );
  };
