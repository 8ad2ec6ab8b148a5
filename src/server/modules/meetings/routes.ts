/** Meetings (issue 6 §1–2, §7): thin handlers over the use cases in service.ts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEVELS } from '../../../domain/rules/types.js';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import {
  addEntry,
  createUnitMeeting,
  endMeeting,
  goToItem,
  markAttendance,
  prepareMeetingBallot,
  proposeLevel,
  recordOpenVote,
  respondToConclusion,
  selfCheckIn,
  setSpeaker,
  startMeeting,
  updateMeeting,
} from './service.js';
import { getMeeting, listMeetings } from './view.js';

const tags = ['Cuộc họp'];
const signedIn = { permission: 'signedIn' } as const;
const params = z.object({ id: z.uuid('Mã cuộc họp không hợp lệ.') });
const version = z.number().int().positive();
const text = (max: number) => z.string().max(max, `Tối đa ${max} ký tự.`);
const isoDateTime = z.iso.datetime({ offset: true, message: 'Thời gian không hợp lệ.' });
const count = z.number().int().min(0).max(100_000);
const threshold = z
  .object({ base: z.enum(['present', 'members']), pct: z.number().min(1).max(100), strict: z.boolean() })
  .optional();
const prep = {
  startsAt: isoDateTime,
  place: z.string().trim().min(2, 'Vui lòng nhập địa điểm.').max(300),
  secretaryPersonId: z.uuid('Vui lòng chọn thư ký.'),
  deputyChairPersonId: z.uuid().nullable().optional(),
};

export const meetingRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const view = (req: { params: { id: string } }, user: ReturnType<typeof currentUser>) =>
      getMeeting(deps.db, user, req.params.id);

    app.post(
      '/meetings',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Chuẩn bị hội nghị kiểm điểm của đơn vị: chương trình, thành phần, khách mời, giấy mời',
          body: z.object({
            cycleId: z.uuid(),
            unitId: z.uuid(),
            ...prep,
            chairPersonId: z.uuid().optional(),
            guestPersonIds: z.array(z.uuid()).max(20).default([]),
          }),
        },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const row = await createUnitMeeting(deps.db, user, req.body);
        reply.status(201);
        return getMeeting(deps.db, user, row.id);
      },
    );

    app.get(
      '/meetings',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Các cuộc họp của một kỳ đánh giá',
          querystring: z.object({ cycleId: z.uuid() }),
        },
      },
      async (req) => ({ items: await listMeetings(deps.db, currentUser(req), req.query.cycleId) }),
    );

    app.get(
      '/meetings/:id',
      {
        config: signedIn,
        schema: { tags, summary: 'Cuộc họp: thành phần, chương trình, biên bản, biểu quyết', params },
      },
      async (req) => view(req, currentUser(req)),
    );

    app.put(
      '/meetings/:id',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Sửa thời gian, địa điểm, thư ký (trước khi họp)',
          params,
          body: z.object({ version, ...prep }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        await updateMeeting(deps.db, user, req.params.id, req.body);
        return view(req, user);
      },
    );

    app.post(
      '/meetings/:id/attendance',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Điểm danh một người (thư ký)',
          params,
          body: z.object({ personId: z.uuid(), present: z.boolean(), absenceReason: text(300).optional() }),
        },
      },
      async (req) => markAttendance(deps.db, currentUser(req), req.params.id, req.body),
    );

    app.post(
      '/meetings/:id/check-in',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Tự điểm danh bằng mã QR trong phòng họp',
          params,
          body: z.object({ code: z.string().min(1, 'Thiếu mã điểm danh.').max(100) }),
        },
      },
      async (req) => selfCheckIn(deps.db, currentUser(req), req.params.id, req.body.code),
    );

    app.post(
      '/meetings/:id/start',
      {
        config: signedIn,
        schema: { tags, summary: 'Bắt đầu cuộc họp', params, body: z.object({ version }) },
      },
      async (req) => {
        const user = currentUser(req);
        await startMeeting(deps.db, user, req.params.id, req.body.version, deps.now());
        return view(req, user);
      },
    );

    app.post(
      '/meetings/:id/item',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Chuyển sang nội dung khác của chương trình (theo đúng thứ tự)',
          params,
          body: z.object({ version, position: z.number().int().positive() }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        await goToItem(deps.db, user, req.params.id, req.body);
        return view(req, user);
      },
    );

    app.post(
      '/meetings/:id/speaker',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Người đang phát biểu',
          params,
          body: z.object({ personId: z.uuid().nullable() }),
        },
      },
      async (req) => setSpeaker(deps.db, currentUser(req), req.params.id, req.body.personId),
    );

    app.post(
      '/meetings/:id/entries',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Ghi ý kiến, kết luận hoặc ghi chú vào biên bản (hoặc đính chính một nội dung đã ghi)',
          params,
          body: z.discriminatedUnion('kind', [
            z.object({
              kind: z.enum(['comment', 'note']),
              text: text(5000),
              speakerPersonId: z.uuid().nullable().optional(),
              itemPosition: z.number().int().positive().optional(),
              corrects: z.uuid().optional(),
            }),
            z.object({
              kind: z.literal('conclusion'),
              strengths: text(5000).default(''),
              weaknesses: text(5000).default(''),
              text: text(5000).default(''),
              itemPosition: z.number().int().positive().optional(),
              corrects: z.uuid().optional(),
            }),
          ]),
        },
      },
      async (req, reply) => {
        const row = await addEntry(deps.db, currentUser(req), req.params.id, req.body);
        reply.status(201);
        return { id: row.id, seq: row.seq };
      },
    );

    app.post(
      '/meetings/:id/proposals',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Mức xếp loại đề xuất (kiểm tra theo quy định và tỷ lệ; vượt tỷ lệ phải ghi lý do)',
          params,
          body: z.object({
            level: z.enum(LEVELS),
            reason: text(2000).optional(),
            itemPosition: z.number().int().positive().optional(),
            corrects: z.uuid().optional(),
          }),
        },
      },
      async (req, reply) => {
        const row = await proposeLevel(deps.db, currentUser(req), req.params.id, req.body);
        reply.status(201);
        return { id: row.id, seq: row.seq, body: row.body };
      },
    );

    app.post(
      '/meetings/:id/responses',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Người được kiểm điểm tiếp thu kết luận hoặc nêu ý kiến khác',
          params,
          body: z.object({
            itemPosition: z.number().int().positive(),
            accepts: z.boolean(),
            text: text(3000).optional(),
          }),
        },
      },
      async (req, reply) => {
        const row = await respondToConclusion(deps.db, currentUser(req), req.params.id, req.body);
        reply.status(201);
        return { id: row.id, seq: row.seq };
      },
    );

    app.post(
      '/meetings/:id/votes',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Kết quả biểu quyết công khai (đồng ý / không đồng ý / không biểu quyết)',
          params,
          body: z.object({
            purpose: z.enum(['report_approval', 'minutes_approval', 'motion']),
            question: text(500).optional(),
            agree: count,
            disagree: count,
            abstain: count,
            itemPosition: z.number().int().positive().optional(),
            threshold,
          }),
        },
      },
      async (req, reply) => {
        const row = await recordOpenVote(deps.db, currentUser(req), req.params.id, req.body);
        reply.status(201);
        return { id: row.id, seq: row.seq, body: row.body };
      },
    );

    app.post(
      '/meetings/:id/ballot',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Chuẩn bị bỏ phiếu kín Lao động tiên tiến tại cuộc họp (thành viên có mặt là danh sách bỏ phiếu)',
          params,
          body: z.object({ mode: z.enum(['electronic', 'paper', 'mixed']), threshold }),
        },
      },
      async (req, reply) => {
        const row = await prepareMeetingBallot(deps.db, currentUser(req), req.params.id, req.body);
        reply.status(201);
        return { id: row.id };
      },
    );

    app.post(
      '/meetings/:id/end',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Kết thúc cuộc họp và khóa biên bản (sau khi biên bản được thông qua)',
          params,
          body: z.object({ version }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        await endMeeting(deps.db, user, req.params.id, req.body.version, deps.now());
        return view(req, user);
      },
    );
  };
