/** Cycles (kỳ đánh giá) and their steps. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STEP_SCOPES } from '../../../domain/cycle.js';
import { isoDate } from '../../../domain/iso-date.js';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { actorOf } from '../auth/service.js';
import { calendarFeed, createCalendarToken } from './calendar.js';
import { generatePlanDocument } from './plan-document.js';
import { cycleProgress, markStepProgress, myTasks } from './progress.js';
import {
  addStep,
  changeCycleState,
  createCycle,
  getCycle,
  listCycles,
  removeStep,
  updateStep,
} from './service.js';

const tags = ['Kỳ đánh giá'];
const view = { permission: 'cycles.view' } as const;
const manage = { permission: 'cycles.manage' } as const;
const cycleParams = z.object({ id: z.uuid('Mã kỳ đánh giá không hợp lệ.') });
const stepParams = cycleParams.extend({ stepId: z.uuid('Mã bước không hợp lệ.') });
const version = z.number().int().positive();
const line = (label: string, max = 500) => z.string().trim().min(1, `Vui lòng nhập ${label}.`).max(max);

const stepFields = {
  title: line('tên bước'),
  description: z.string().trim().max(4000).default(''),
  responsible: line('người/đơn vị chủ trì', 300),
  participants: z.string().trim().max(1000).default(''),
  sectionRef: z.string().trim().max(40).default(''),
  scope: z.enum(STEP_SCOPES),
  deadline: isoDate.nullable().default(null),
  deadlineEnd: isoDate.nullable().default(null),
  outputs: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  dependsOn: z.array(z.string().trim().min(1).max(60)).max(40).default([]),
};

export const cycleRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/cycles',
      { config: view, schema: { tags, summary: 'Các kỳ đánh giá của cơ quan (mới nhất trước)' } },
      async (req) => {
        const user = currentUser(req);
        return {
          items: await listCycles(deps.db, user.agencyId),
          canManage: user.permissions.includes('cycles.manage'),
        };
      },
    );

    app.post(
      '/cycles',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Tạo kỳ đánh giá từ kế hoạch mẫu hoặc từ kỳ năm trước (ngày lùi một năm)',
          body: z.object({
            year: z.number().int().min(2020, 'Năm đánh giá từ 2020.').max(2100),
            fromCycleId: z.uuid().nullable().default(null),
            holidays: z.array(isoDate).max(60).default([]),
          }),
        },
      },
      async (req, reply) => {
        const { year, fromCycleId, holidays } = req.body;
        const row = await createCycle(deps.db, actorOf(currentUser(req)), {
          year,
          from: fromCycleId ? { cycleId: fromCycleId } : 'template',
          holidays,
        });
        reply.status(201);
        return { id: row.id, version: row.version };
      },
    );

    app.get(
      '/cycles/:id',
      { config: view, schema: { tags, summary: 'Một kỳ đánh giá và các bước', params: cycleParams } },
      async (req) => {
        const user = currentUser(req);
        return {
          ...(await getCycle(deps.db, user.agencyId, req.params.id)),
          canManage: user.permissions.includes('cycles.manage'),
        };
      },
    );

    app.post(
      '/cycles/:id/steps',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Thêm bước (khi kỳ còn nháp)',
          params: cycleParams,
          body: z.object({
            code: z
              .string()
              .trim()
              .regex(/^[a-z0-9-]{2,60}$/, 'Mã bước gồm chữ thường không dấu, số và dấu gạch ngang.'),
            ...stepFields,
          }),
        },
      },
      async (req, reply) => {
        const row = await addStep(deps.db, actorOf(currentUser(req)), req.params.id, req.body);
        reply.status(201);
        return row;
      },
    );

    app.patch(
      '/cycles/:id/steps/:stepId',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Sửa bước, thời hạn (khi kỳ còn nháp; cần version đã đọc)',
          params: stepParams,
          body: z
            .object({
              title: stepFields.title,
              description: z.string().trim().max(4000),
              responsible: stepFields.responsible,
              participants: z.string().trim().max(1000),
              sectionRef: z.string().trim().max(40),
              scope: stepFields.scope,
              deadline: isoDate.nullable(),
              deadlineEnd: isoDate.nullable(),
              outputs: z.array(z.string().trim().min(1).max(200)).max(20),
              dependsOn: z.array(z.string().trim().min(1).max(60)).max(40),
            })
            .partial()
            .extend({ version }),
        },
      },
      async (req) => {
        const { version: v, ...patch } = req.body;
        return updateStep(deps.db, actorOf(currentUser(req)), req.params.id, req.params.stepId, v, patch);
      },
    );

    app.delete(
      '/cycles/:id/steps/:stepId',
      { config: manage, schema: { tags, summary: 'Xóa bước (khi kỳ còn nháp)', params: stepParams } },
      async (req) => {
        await removeStep(deps.db, actorOf(currentUser(req)), req.params.id, req.params.stepId);
        return { ok: true };
      },
    );

    for (const move of ['start', 'close'] as const) {
      app.post(
        `/cycles/:id/${move}`,
        {
          config: manage,
          schema: {
            tags,
            summary: move === 'start' ? 'Bắt đầu kỳ đánh giá' : 'Kết thúc kỳ đánh giá (sau đó chỉ xem)',
            params: cycleParams,
            body: z.object({ version }),
          },
        },
        async (req) => {
          const row = await changeCycleState(
            deps.db,
            actorOf(currentUser(req)),
            req.params.id,
            req.body.version,
            move,
          );
          return { id: row.id, state: row.state, version: row.version };
        },
      );
    }

    app.get(
      '/cycles/:id/progress',
      {
        config: view,
        schema: { tags, summary: 'Tiến độ: ma trận đơn vị × bước, trạng thái theo hạn', params: cycleParams },
      },
      async (req) => cycleProgress(deps.db, currentUser(req).agencyId, req.params.id, deps.today()),
    );

    app.put(
      '/cycles/:id/steps/:stepId/progress',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags,
          summary: 'Ghi nhận một đơn vị (hoặc cơ quan) đã hoàn thành một bước',
          params: stepParams,
          body: z.object({
            unitId: z.uuid('Mã đơn vị không hợp lệ.').nullable(),
            done: z.boolean(),
            doneOn: isoDate.optional(),
            note: z.string().trim().max(1000).optional(),
          }),
        },
      },
      async (req) => {
        const { doneOn, ...rest } = req.body;
        const today = deps.today();
        return markStepProgress(
          deps.db,
          currentUser(req),
          req.params.id,
          req.params.stepId,
          { ...rest, doneOn: doneOn ?? today },
          today,
        );
      },
    );

    app.get(
      '/me/tasks',
      {
        config: { permission: 'signedIn' },
        schema: { tags, summary: 'Việc tôi cần làm tiếp theo và hạn chót (kỳ đang diễn ra)' },
      },
      async (req) => ({ today: deps.today(), ...(await myTasks(deps.db, currentUser(req), deps.today())) }),
    );

    app.post(
      '/me/calendar',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags,
          summary: 'Tạo đường dẫn lịch (ICS) các hạn chót liên quan đến tôi; đường dẫn cũ hết hiệu lực',
        },
      },
      async (req, reply) => {
        const token = await createCalendarToken(deps.db, currentUser(req));
        reply.status(201);
        return { path: `/api/calendar/${token}.ics` };
      },
    );

    app.get(
      '/calendar/:file',
      {
        // Calendar apps send no cookie: the secret in the path is the credential.
        config: { public: true },
        schema: {
          tags,
          summary: 'Lịch hạn chót (iCalendar) theo đường dẫn bí mật',
          params: z.object({
            file: z.string().regex(/^[A-Za-z0-9_-]{20,64}\.ics$/, 'Đường dẫn lịch không hợp lệ.'),
          }),
        },
      },
      async (req, reply) => {
        const ics = await calendarFeed(deps.db, req.params.file.replace(/\.ics$/, ''), new Date());
        reply.header('content-type', 'text/calendar; charset=utf-8');
        reply.header('cache-control', 'private, max-age=300');
        return ics;
      },
    );

    app.post(
      '/cycles/:id/plan-document',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Lập dự thảo Kế hoạch của kỳ từ các bước (văn bản KH)',
          params: cycleParams,
          body: z
            .object({ preamble: z.array(z.string().trim().min(1).max(4000)).max(10).optional() })
            .optional(),
        },
      },
      async (req, reply) => {
        const doc = await generatePlanDocument(
          deps.db,
          actorOf(currentUser(req)),
          req.params.id,
          req.body?.preamble,
        );
        reply.status(201);
        return { documentId: doc.id, seriesId: doc.seriesId };
      },
    );
  };
