/** Self-reviews, their forms, assignment and suggestions (issue 5). Handlers are thin. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FORM_CODES } from '../../../domain/forms/types.js';
import { isoDate } from '../../../domain/iso-date.js';
import { REVIEW_STATES } from '../../../domain/review.js';
import { LEVELS } from '../../../domain/rules/types.js';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { actorOf } from '../auth/service.js';
import { addReviewForm, recomputeAssignment, waiveReview } from './assignment.js';
import { listCycleForms, updateCycleForm } from './cycle-forms.js';
import { formDefinitionSchema } from './form-schema.js';
import { getReview, listReviews, moveReview, myReviews, saveReview, scoreReview } from './service.js';
import { answerSuggestion, createSuggestion } from './suggestions.js';

const tags = ['Tự kiểm điểm'];
const signedIn = { permission: 'signedIn' } as const;
const manage = { permission: 'cycles.manage' } as const;
const version = z.number().int().positive();
const cycleParams = z.object({ id: z.uuid('Mã kỳ đánh giá không hợp lệ.') });
const reviewParams = z.object({ id: z.uuid('Mã bản kiểm điểm không hợp lệ.') });
const scoreMap = z.record(z.string().max(60), z.number().min(0).max(1000));
const comment = z.string().trim().max(5000).optional();

export const reviewRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/cycles/:id/forms',
      {
        config: { permission: 'cycles.view' },
        schema: { tags, summary: 'Biểu mẫu của kỳ đánh giá', params: cycleParams },
      },
      async (req) => listCycleForms(deps.db, currentUser(req).agencyId, req.params.id),
    );

    app.put(
      '/cycles/:id/forms/:code',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Sửa bản sao biểu mẫu của kỳ (câu chữ, tiêu chí, điểm) trước khi kỳ bắt đầu',
          params: z.object({ id: z.uuid(), code: z.enum(FORM_CODES) }),
          body: z.object({ version, definition: formDefinitionSchema }),
        },
      },
      async (req) =>
        updateCycleForm(
          deps.db,
          actorOf(currentUser(req)),
          req.params.id,
          req.params.code,
          req.body.version,
          req.body.definition,
        ),
    );

    app.post(
      '/cycles/:id/reviews/assign',
      {
        config: manage,
        schema: { tags, summary: 'Tính lại phân công biểu mẫu theo thông tin cá nhân', params: cycleParams },
      },
      async (req) => recomputeAssignment(deps.db, actorOf(currentUser(req)), req.params.id),
    );

    app.get(
      '/cycles/:id/reviews',
      {
        config: { permission: 'cycles.view' },
        schema: {
          tags,
          summary: 'Các bản kiểm điểm của kỳ (thư ký: tất cả; trưởng đơn vị: đơn vị mình; cá nhân: của mình)',
          params: cycleParams,
          querystring: z.object({ unitId: z.uuid().optional(), state: z.enum(REVIEW_STATES).optional() }),
        },
      },
      async (req) => ({ items: await listReviews(deps.db, currentUser(req), req.params.id, req.query) }),
    );

    app.post(
      '/cycles/:id/reviews',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Giao thêm một biểu mẫu cho một người (có lý do)',
          params: cycleParams,
          body: z.object({
            personId: z.uuid(),
            formCode: z.enum(FORM_CODES),
            reason: z.string().trim().min(3, 'Vui lòng ghi lý do.').max(1000),
          }),
        },
      },
      async (req, reply) => {
        const row = await addReviewForm(deps.db, actorOf(currentUser(req)), req.params.id, req.body);
        reply.status(201);
        return { id: row.id };
      },
    );

    app.get(
      '/me/reviews',
      { config: signedIn, schema: { tags, summary: 'Bản kiểm điểm tôi phải viết trong kỳ đang diễn ra' } },
      async (req) => myReviews(deps.db, currentUser(req)),
    );

    app.get(
      '/reviews/:id',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Một bản kiểm điểm với biểu mẫu, gợi ý, mục còn thiếu',
          params: reviewParams,
        },
      },
      async (req) => getReview(deps.db, currentUser(req), req.params.id, deps.today()),
    );

    app.put(
      '/reviews/:id',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Lưu bản nháp (tự động lưu cũng gọi đây)',
          params: reviewParams,
          body: z.object({
            version,
            answers: z.record(z.string().max(60), z.unknown()),
            selfScores: scoreMap.optional(),
            proposedLevel: z.enum(LEVELS).nullable(),
          }),
        },
      },
      async (req) => saveReview(deps.db, currentUser(req), req.params.id, req.body),
    );

    for (const event of ['submit', 'return', 'reopen', 'finalise'] as const) {
      app.post(
        `/reviews/:id/${event}`,
        {
          config: signedIn,
          schema: {
            tags,
            summary: {
              submit: 'Nộp bản kiểm điểm',
              return: 'Trả lại bản kiểm điểm kèm ý kiến',
              reopen: 'Mở lại để tiếp thu kết luận cuộc họp',
              finalise: 'Hoàn tất và khóa bản kiểm điểm',
            }[event],
            params: reviewParams,
            body: z.object({ version, comment }),
          },
        },
        async (req) =>
          moveReview(deps.db, currentUser(req), req.params.id, { ...req.body, event }, deps.today()),
      );
    }

    app.put(
      '/reviews/:id/scores',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Chấm điểm của người quản lý trực tiếp hoặc cấp có thẩm quyền',
          params: reviewParams,
          body: z.object({ version, column: z.enum(['manager', 'authority']), scores: scoreMap }),
        },
      },
      async (req) => scoreReview(deps.db, currentUser(req), req.params.id, req.body),
    );

    app.post(
      '/reviews/:id/waive',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Miễn (hoặc bỏ miễn, reason = null) một biểu mẫu đã giao, có lý do',
          params: reviewParams,
          body: z.object({
            version,
            reason: z.string().trim().min(3, 'Vui lòng ghi lý do.').max(1000).nullable(),
          }),
        },
      },
      async (req) =>
        waiveReview(deps.db, actorOf(currentUser(req)), req.params.id, req.body.version, req.body.reason),
    );

    app.post(
      '/cycles/:id/suggestions',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Gửi gợi ý kiểm điểm tới một người hoặc một tập thể',
          params: cycleParams,
          body: z
            .object({
              personId: z.uuid().optional(),
              unitId: z.uuid().optional(),
              text: z.string().trim().min(3, 'Vui lòng nhập nội dung gợi ý.').max(5000),
              deadline: isoDate.nullable().optional(),
            })
            .refine((b) => Boolean(b.personId) !== Boolean(b.unitId), {
              message: 'Chọn một người hoặc một tập thể.',
              path: ['personId'],
            }),
        },
      },
      async (req, reply) => {
        const row = await createSuggestion(deps.db, currentUser(req), req.params.id, req.body);
        reply.status(201);
        return row;
      },
    );

    app.post(
      '/suggestions/:id/answer',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Giải trình một gợi ý kiểm điểm',
          params: z.object({ id: z.uuid() }),
          body: z.object({
            version,
            answer: z.string().trim().min(3, 'Vui lòng nhập nội dung giải trình.').max(10000),
          }),
        },
      },
      async (req) => answerSuggestion(deps.db, currentUser(req), req.params.id, req.body),
    );
  };
