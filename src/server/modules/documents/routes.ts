/** Documents: list, create a draft, issue, regenerate, download (DOCX/PDF/XLSX), bundle as ZIP. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../../domain/iso-date.js';
import type { AppDeps } from '../../app.js';
import { DOCUMENT_KINDS } from '../../documents/kinds/index.js';
import { currentUser } from '../../http/auth.js';
import { notFound } from '../../http/errors.js';
import { actorOf, type SessionUser } from '../auth/service.js';
import { bundleDocuments } from './bundle.js';
import { createPeopleListDocument } from './people-list.js';
import {
  createDocument,
  fileNameOf,
  getDocument,
  issueDocument,
  listDocuments,
  readDocumentFile,
  regenerateDocument,
} from './service.js';

const idParams = z.object({ id: z.uuid('Mã văn bản không hợp lệ.') });
const tags = ['Văn bản'];
const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** RFC 6266 attachment header with an ASCII fallback and the UTF-8 Vietnamese name. */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/"/g, "'");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Unit heads and deputies see their own unit's documents and the agency-level ones. */
function assertVisible(user: SessionUser, unitId: string | null) {
  if (user.permissions.includes('documents.viewAll') || unitId === null || unitId === user.unitId) return;
  throw notFound('văn bản');
}

export const documentRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/documents/kinds',
      {
        config: { permission: 'documents.view' },
        schema: { tags, summary: 'Các loại văn bản hệ thống lập được' },
      },
      async () => ({
        items: Object.values(DOCUMENT_KINDS).map((k) => ({
          kind: k.kind,
          label: k.label,
          typeCode: k.typeCode,
          xlsx: Boolean(k.xlsx),
        })),
      }),
    );

    app.get(
      '/documents',
      {
        config: { permission: 'documents.view' },
        schema: {
          tags,
          summary: 'Danh sách văn bản (phiên bản mới nhất của mỗi văn bản)',
          querystring: z.object({
            kind: z.string().max(40).optional(),
            unitId: z.uuid().optional(),
            cycleId: z.uuid().optional(),
            state: z.enum(['draft', 'issued']).optional(),
            sourceType: z.string().max(40).optional(),
            sourceId: z.string().max(80).optional(),
          }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        const seesAll = user.permissions.includes('documents.viewAll');
        const items = await listDocuments(deps.db, user.agencyId, {
          ...req.query,
          visibleUnitIds: seesAll ? null : user.unitId ? [user.unitId] : [],
        });
        return { items, canCreate: user.permissions.includes('documents.create') };
      },
    );

    app.post(
      '/documents',
      {
        config: { permission: 'documents.create' },
        schema: {
          tags,
          summary: 'Lập dự thảo văn bản từ một loại và nội dung (chưa có số)',
          body: z.object({
            kind: z.string().min(1).max(40),
            input: z.unknown(),
            unitId: z.uuid().nullable().optional(),
            cycleId: z.uuid().nullable().optional(),
            sourceType: z.string().max(40).nullable().optional(),
            sourceId: z.string().max(80).nullable().optional(),
          }),
        },
      },
      async (req, reply) => {
        const row = await createDocument(deps.db, actorOf(currentUser(req)), req.body);
        reply.status(201);
        return { id: row.id, seriesId: row.seriesId, version: row.version, numberText: row.numberText };
      },
    );

    app.post(
      '/documents/people-list',
      {
        config: { permission: 'documents.create' },
        schema: {
          tags,
          summary:
            'Lập danh sách cán bộ, công chức, viên chức, người lao động của một đơn vị hoặc cả cơ quan',
          body: z.object({ unitId: z.uuid('Mã đơn vị không hợp lệ.').nullable().default(null) }),
        },
      },
      async (req, reply) => {
        const row = await createPeopleListDocument(deps.db, actorOf(currentUser(req)), req.body.unitId);
        reply.status(201);
        return { id: row.id, seriesId: row.seriesId, version: row.version };
      },
    );

    app.get(
      '/documents/:id',
      {
        config: { permission: 'documents.view' },
        schema: {
          tags,
          summary: 'Thông tin văn bản; với ?format=docx|pdf|xlsx thì tải tệp',
          params: idParams,
          querystring: z.object({ format: z.enum(['docx', 'pdf', 'xlsx']).optional() }),
        },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const format = req.query.format;
        if (!format) {
          const doc = await getDocument(deps.db, user.agencyId, req.params.id);
          assertVisible(user, doc.unitId);
          return doc;
        }
        const { doc, content } = await readDocumentFile(
          deps.db,
          user.agencyId,
          req.params.id,
          format,
          deps.pdf,
        );
        assertVisible(user, doc.unitId);
        reply.header('content-type', MIME[format]);
        reply.header('content-disposition', attachment(fileNameOf(doc, format)));
        return reply.send(content);
      },
    );

    app.post(
      '/documents/:id/issue',
      {
        config: { permission: 'documents.create' },
        schema: {
          tags,
          summary: 'Ban hành: lấy số tiếp theo trong năm và tạo phiên bản có số, ngày',
          params: idParams,
          body: z.object({ date: isoDate.optional() }).optional(),
        },
      },
      async (req) => {
        const row = await issueDocument(deps.db, actorOf(currentUser(req)), req.params.id, {
          date: req.body?.date,
        });
        return { id: row.id, version: row.version, numberText: row.numberText, issuedOn: row.issuedOn };
      },
    );

    app.post(
      '/documents/:id/regenerate',
      {
        config: { permission: 'documents.create' },
        schema: {
          tags,
          summary: 'Tạo lại văn bản thành phiên bản mới (giữ phiên bản cũ; giữ số nếu đã ban hành)',
          params: idParams,
          body: z.object({ input: z.unknown().optional() }).optional(),
        },
      },
      async (req) => {
        const row = await regenerateDocument(
          deps.db,
          actorOf(currentUser(req)),
          req.params.id,
          req.body?.input,
        );
        return { id: row.id, version: row.version, numberText: row.numberText };
      },
    );

    app.post(
      '/documents/bundle',
      {
        config: { permission: 'documents.view' },
        schema: {
          tags,
          summary: 'Tải nhiều văn bản thành một tệp ZIP kèm mục lục',
          body: z.object({
            ids: z.array(z.uuid()).min(1, 'Vui lòng chọn ít nhất một văn bản.').max(500),
            name: z.string().trim().min(1).max(120).default('Ho so'),
            includePdf: z.boolean().default(true),
          }),
        },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const zip = await bundleDocuments(deps.db, user.agencyId, req.body.ids, {
          pdf: req.body.includePdf ? deps.pdf : null,
          name: req.body.name,
          visible: (unitId) => {
            assertVisible(user, unitId);
          },
        });
        reply.header('content-type', 'application/zip');
        reply.header('content-disposition', attachment(`${req.body.name}.zip`));
        return reply.send(zip);
      },
    );
  };
