/** Questions to the Chief of Office through HCQT (plan III.3). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import { askQuestion, canAnswer, canAsk, handleQuestion, listQuestions } from './questions.js';

const tags = ['Hỏi đáp, vướng mắc'];
const signedIn = { permission: 'signedIn' } as const;
const asker = { permission: 'questions.ask' } as const;
const answerer = { permission: 'questions.answer' } as const;
const params = z.object({ id: z.uuid('Mã câu hỏi không hợp lệ.') });
const version = z.number().int().positive();

export const questionRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/questions',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Câu hỏi, vướng mắc: của đơn vị mình và các câu trả lời đã công khai (thư ký xem tất cả)',
          querystring: z.object({ state: z.enum(['open', 'forwarded', 'answered']).optional() }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        return {
          items: await listQuestions(deps.db, user, req.query),
          canAnswer: canAnswer(user),
          canAsk: canAsk(user),
        };
      },
    );

    app.post(
      '/questions',
      {
        config: asker,
        schema: {
          tags,
          summary: 'Gửi vướng mắc tới Chánh Văn phòng (qua Phòng Hành chính - Quản trị)',
          body: z.object({
            subject: z.string().trim().min(3, 'Vui lòng nhập tiêu đề.').max(200),
            body: z.string().trim().min(3, 'Vui lòng nhập nội dung.').max(5000),
          }),
        },
      },
      async (req, reply) => {
        const row = await askQuestion(deps.db, currentUser(req), req.body);
        reply.status(201);
        return { id: row.id };
      },
    );

    app.post(
      '/questions/:id/forward',
      {
        config: answerer,
        schema: {
          tags,
          summary: 'Chuyển câu hỏi tới Chánh Văn phòng',
          params,
          body: z.object({ version, note: z.string().trim().max(1000).optional() }),
        },
      },
      async (req) =>
        handleQuestion(deps.db, currentUser(req), req.params.id, req.body.version, {
          kind: 'forward',
          note: req.body.note,
        }),
    );

    app.post(
      '/questions/:id/answer',
      {
        config: answerer,
        schema: {
          tags,
          summary: 'Trả lời câu hỏi (có thể công khai cho tất cả đơn vị)',
          params,
          body: z.object({
            version,
            answer: z.string().trim().min(3, 'Vui lòng nhập câu trả lời.').max(5000),
            publish: z.boolean().default(false),
          }),
        },
      },
      async (req) =>
        handleQuestion(deps.db, currentUser(req), req.params.id, req.body.version, {
          kind: 'answer',
          answer: req.body.answer,
          publish: req.body.publish,
        }),
    );

    app.post(
      '/questions/:id/publish',
      {
        config: answerer,
        schema: {
          tags,
          summary: 'Công khai hoặc thôi công khai câu trả lời',
          params,
          body: z.object({ version, published: z.boolean() }),
        },
      },
      async (req) =>
        handleQuestion(deps.db, currentUser(req), req.params.id, req.body.version, {
          kind: 'publish',
          published: req.body.published,
        }),
    );
  };
