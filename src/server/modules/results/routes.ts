/** Results of earlier years: import (preview, commit), template, and a person's results. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RESULT_COLUMNS } from '../../../domain/results-import.js';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { importRefused, readUploadedTable } from '../../http/upload.js';
import { actorOf } from '../auth/service.js';
import { importResults, listResults } from './service.js';

const tags = ['Kết quả các năm trước'];

export const resultRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/results/import/template',
      {
        config: { permission: 'people.import' },
        schema: { tags, summary: 'Tải tệp mẫu kết quả các năm trước (.xlsx)' },
      },
      async (_req, reply) => {
        const { default: ExcelJS } = await import('exceljs');
        const wb = new ExcelJS.Workbook();
        const sheet = wb.addWorksheet('Kết quả các năm');
        sheet.addRow(RESULT_COLUMNS.map((c) => c.header)).font = { bold: true };
        sheet.addRow(['VP001', 'Nguyễn Văn A', 2023, 'Hoàn thành tốt nhiệm vụ', 'Lao động tiên tiến', '']);
        sheet.columns.forEach((c) => {
          c.width = 26;
        });
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="mau-ket-qua-cac-nam.xlsx"`);
        return Buffer.from(await wb.xlsx.writeBuffer());
      },
    );

    app.post(
      '/results/import',
      {
        config: { permission: 'people.import' },
        schema: {
          tags,
          summary:
            'Nhập kết quả xếp loại các năm trước từ Excel/CSV (multipart "file"); dryRun=true chỉ xem trước',
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
        const { table, fileName } = await readUploadedTable(req);
        const result = await importResults(deps.db, actorOf(currentUser(req)), table, {
          dryRun: req.query.dryRun,
          fileName,
          maxYear: Number(deps.today().slice(0, 4)),
        });
        if (!req.query.dryRun && !result.committed) throw importRefused(result.problems);
        return result;
      },
    );

    app.get(
      '/people/:id/results',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags,
          summary: 'Kết quả xếp loại các năm của một người',
          params: z.object({ id: z.uuid() }),
        },
      },
      async (req) => ({ items: await listResults(deps.db, currentUser(req), req.params.id) }),
    );
  };
