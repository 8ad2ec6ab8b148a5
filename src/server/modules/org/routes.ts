/** The agency and its units. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UNIT_KINDS } from '../../../domain/org.js';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { actorOf } from '../auth/service.js';
import { createUnit, getAgency, listUnits, updateAgency, updateUnit } from './service.js';

const unitBody = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập mã đơn vị.')
    .max(20)
    .regex(/^[\p{L}0-9._-]+$/u, 'Mã đơn vị chỉ gồm chữ, số và . _ -'),
  name: z.string().trim().min(2, 'Vui lòng nhập tên đơn vị.').max(200),
  kind: z.enum(UNIT_KINDS),
  parentId: z.uuid().nullable().optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});

export const orgRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/agency',
      { config: { permission: 'org.view' }, schema: { tags: ['Tổ chức'], summary: 'Thông tin cơ quan' } },
      async (req) => {
        const user = currentUser(req);
        const a = await getAgency(deps.db, user.agencyId);
        return {
          id: a.id,
          name: a.name,
          shortName: a.shortName,
          issuingBodyName: a.issuingBodyName,
          parentBodyName: a.parentBodyName,
          documentCode: a.documentCode,
          placeName: a.placeName,
          version: a.version,
          canEdit: user.permissions.includes('agency.edit'),
        };
      },
    );

    const line = (label: string, max = 200) => z.string().trim().min(1, `Vui lòng nhập ${label}.`).max(max);
    app.put(
      '/agency',
      {
        config: { permission: 'agency.edit' },
        schema: {
          tags: ['Tổ chức'],
          summary: 'Sửa thông tin cơ quan (tên, cơ quan chủ quản, ký hiệu văn bản, địa danh)',
          body: z.object({
            version: z.number().int().positive(),
            name: line('tên cơ quan'),
            shortName: line('tên viết tắt'),
            issuingBodyName: line('tên cơ quan ban hành văn bản'),
            parentBodyName: z.string().trim().max(200),
            documentCode: line('chữ viết tắt tên cơ quan trong số, ký hiệu văn bản', 20),
            placeName: line('địa danh'),
          }),
        },
      },
      async (req) => {
        const { version, ...input } = req.body;
        const row = await updateAgency(deps.db, actorOf(currentUser(req)), version, input);
        return { id: row.id, version: row.version };
      },
    );

    app.get(
      '/units',
      {
        config: { permission: 'org.view' },
        schema: { tags: ['Tổ chức'], summary: 'Danh sách đơn vị (cây: parentId)' },
      },
      async (req) => {
        const user = currentUser(req);
        return {
          items: await listUnits(deps.db, user.agencyId),
          canEdit: user.permissions.includes('units.edit'),
        };
      },
    );

    app.post(
      '/units',
      {
        config: { permission: 'units.edit' },
        schema: { tags: ['Tổ chức'], summary: 'Thêm đơn vị', body: unitBody },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const row = await createUnit(deps.db, actorOf(user), req.body);
        reply.status(201);
        return row;
      },
    );

    app.patch(
      '/units/:id',
      {
        config: { permission: 'units.edit' },
        schema: {
          tags: ['Tổ chức'],
          summary: 'Sửa đơn vị (cần version đã đọc)',
          params: z.object({ id: z.uuid('Mã đơn vị không hợp lệ.') }),
          body: unitBody.partial().extend({ version: z.number().int().positive() }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        const { version, ...patch } = req.body;
        return updateUnit(deps.db, actorOf(user), req.params.id, version, patch);
      },
    );
  };
