/** People: list with search and filters, detail, create, edit, histories. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CATEGORIES, LEADERSHIP_RANKS } from '../../../domain/org.js';
import {
  disciplineInputSchema,
  leaveInputSchema,
  personInputSchema,
  transferInputSchema,
} from '../../../domain/person.js';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { actorOf } from '../auth/service.js';
import {
  addPersonHistory,
  createPerson,
  getPerson,
  type HistoryInput,
  listPeople,
  removePersonHistory,
  updatePerson,
} from './service.js';

const idParams = z.object({ id: z.uuid('Mã người không hợp lệ.') });
const version = z.number().int().positive();
const HISTORY_PATHS = { leaves: 'leave', disciplines: 'discipline', transfers: 'transfer' } as const;

export const peopleRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/people',
      {
        config: { permission: 'people.viewAll' },
        schema: {
          tags: ['Nhân sự'],
          summary: 'Danh sách người (tìm không dấu, lọc, phân trang; sắp theo tên)',
          querystring: z.object({
            q: z.string().trim().max(100).optional(),
            unitId: z.uuid('Mã đơn vị không hợp lệ.').optional(),
            category: z.enum(CATEGORIES).optional(),
            partyMember: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
            leadershipRank: z.enum(LEADERSHIP_RANKS).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(500).default(50),
          }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        const canFilterParty = user.permissions.includes('people.viewSensitive');
        const filter = { ...req.query, partyMember: canFilterParty ? req.query.partyMember : undefined };
        const result = await listPeople(deps.db, user.agencyId, filter);
        // Party membership is personal data: only those allowed to see it get it in the list.
        const items = canFilterParty ? result.items : result.items.map((p) => ({ ...p, partyMember: null }));
        return {
          ...result,
          items,
          canEdit: user.permissions.includes('people.edit'),
          canImport: user.permissions.includes('people.import'),
          canSeeParty: canFilterParty,
        };
      },
    );

    app.get(
      '/people/:id',
      {
        config: { permission: 'people.viewAll' },
        schema: { tags: ['Nhân sự'], summary: 'Chi tiết một người', params: idParams },
      },
      async (req) => {
        const user = currentUser(req);
        const person = await getPerson(deps.db, user.agencyId, req.params.id, user);
        return { ...person, canEdit: user.permissions.includes('people.edit') };
      },
    );

    app.post(
      '/people',
      {
        config: { permission: 'people.edit' },
        schema: { tags: ['Nhân sự'], summary: 'Thêm người', body: personInputSchema },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const row = await createPerson(deps.db, actorOf(user), req.body);
        reply.status(201);
        return { id: row.id, version: row.version };
      },
    );

    app.put(
      '/people/:id',
      {
        config: { permission: 'people.edit' },
        schema: {
          tags: ['Nhân sự'],
          summary: 'Sửa thông tin một người (cần version đã đọc; 409 nếu người khác đã sửa)',
          params: idParams,
          body: z.object({ version, person: personInputSchema }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        const row = await updatePerson(
          deps.db,
          actorOf(user),
          req.params.id,
          req.body.version,
          req.body.person,
        );
        return { id: row.id, version: row.version };
      },
    );

    const historySchemas = {
      leaves: leaveInputSchema,
      disciplines: disciplineInputSchema,
      transfers: transferInputSchema,
    } as const;
    for (const [pathName, kind] of Object.entries(HISTORY_PATHS) as [
      keyof typeof HISTORY_PATHS,
      (typeof HISTORY_PATHS)[keyof typeof HISTORY_PATHS],
    ][]) {
      app.post(
        `/people/:id/${pathName}`,
        {
          config: { permission: 'people.edit' },
          schema: {
            tags: ['Nhân sự'],
            summary: `Thêm ${pathName === 'leaves' ? 'thời gian nghỉ' : pathName === 'disciplines' ? 'kỷ luật' : 'chuyển đến'}`,
            params: idParams,
            body: z.object({ version, value: historySchemas[pathName] }),
          },
        },
        async (req, reply) => {
          const user = currentUser(req);
          // The body was validated by this kind's schema, so the pair matches by construction.
          const input = { kind, value: req.body.value } as HistoryInput;
          const result = await addPersonHistory(
            deps.db,
            actorOf(user),
            req.params.id,
            req.body.version,
            input,
          );
          reply.status(201);
          return result;
        },
      );
      app.delete(
        `/people/:id/${pathName}/:historyId`,
        {
          config: { permission: 'people.edit' },
          schema: {
            tags: ['Nhân sự'],
            summary: 'Xóa một dòng lịch sử (cần version của người)',
            params: idParams.extend({ historyId: z.uuid() }),
            querystring: z.object({ version: z.coerce.number().int().positive() }),
          },
        },
        async (req) => {
          const user = currentUser(req);
          return removePersonHistory(
            deps.db,
            actorOf(user),
            req.params.id,
            req.query.version,
            kind,
            req.params.historyId,
          );
        },
      );
    }
  };
