/** The unit's dossier (issue 6 §6): thin handlers over service.ts and documents.ts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { attachment } from '../documents/routes.js';
import { renderUnstoredFiles } from '../documents/service.js';
import { asciiSlug } from '../reviews/document-routes.js';
import { emulationTable, levelsTable } from './documents.js';
import { decideDossier, dossierStates, dossierSubject, getDossier, submitDossier } from './service.js';

const tags = ['Hồ sơ đơn vị'];
const signedIn = { permission: 'signedIn' } as const;
const which = z.object({
  cycleId: z.uuid('Mã kỳ đánh giá không hợp lệ.'),
  unitId: z.uuid('Mã đơn vị không hợp lệ.'),
});
const version = z.number().int().min(0);
const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export const dossierRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/dossiers',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Hồ sơ của đơn vị: 5 thành phần, mức độ đầy đủ, trạng thái',
          querystring: which,
        },
      },
      async (req) => getDossier(deps.db, currentUser(req), req.query.cycleId, req.query.unitId),
    );

    app.get(
      '/dossiers/states',
      {
        config: { permission: 'cycles.view' },
        schema: {
          tags,
          summary: 'Trạng thái hồ sơ của các đơn vị trong kỳ',
          querystring: z.object({ cycleId: z.uuid() }),
        },
      },
      async (req) => ({ items: await dossierStates(deps.db, currentUser(req).agencyId, req.query.cycleId) }),
    );

    app.post(
      '/dossiers/submit',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Đơn vị gửi (hoặc gửi lại) hồ sơ về Phòng Hành chính - Quản trị',
          body: which.extend({ version }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        await submitDossier(deps.db, user, req.body, deps.now());
        return getDossier(deps.db, user, req.body.cycleId, req.body.unitId);
      },
    );

    app.post(
      '/dossiers/decide',
      {
        config: { permission: 'cycles.manage' },
        schema: {
          tags,
          summary: 'Tiếp nhận hồ sơ, hoặc trả lại kèm lý do',
          body: which.extend({
            version,
            decision: z.enum(['accept', 'return']),
            reason: z.string().max(2000).optional(),
          }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        await decideDossier(deps.db, user, req.body, deps.now());
        return getDossier(deps.db, user, req.body.cycleId, req.body.unitId);
      },
    );

    app.get(
      '/dossiers/document',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Danh sách đề xuất mức xếp loại (4) hoặc bảng tổng hợp bình xét thi đua (5): Word, Excel, PDF',
          querystring: which.extend({
            part: z.enum(['levels', 'emulation']),
            format: z.enum(['docx', 'xlsx', 'pdf']).default('docx'),
          }),
        },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const { cycleId, unitId, part, format } = req.query;
        // Only the part asked for is read, not the whole dossier.
        const dossier = await dossierSubject(deps.db, user, cycleId, unitId);
        const input =
          part === 'levels'
            ? await levelsTable(deps.db, dossier.cycle, dossier.unit)
            : await emulationTable(deps.db, user, dossier.cycle, dossier.unit);
        const files = await renderUnstoredFiles(deps.db, user.agencyId, 'table', input);
        const content =
          format === 'xlsx' ? files.xlsx : format === 'pdf' ? await deps.pdf.convert(files.docx) : files.docx;
        const base = part === 'levels' ? 'De-xuat-muc-xep-loai' : 'Tong-hop-binh-xet-thi-dua';
        reply.header('content-type', MIME[format]);
        reply.header(
          'content-disposition',
          attachment(`${base}-${asciiSlug(dossier.unit.name)}-${dossier.cycle.year}.${format}`),
        );
        return reply.send(content);
      },
    );
  };
