/** Secret ballots (issue 6.3). The cast endpoint takes no session and logs nothing. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { b64 } from '../../../domain/ballot-token.js';
import type { AppDeps } from '../../app.js';
import { currentUser } from '../../http/auth.js';
import {
  ballotResult,
  castBallot,
  closeBallot,
  createBallot,
  getBallot,
  issueToken,
  openBallot,
  recordPaperTally,
  setPresence,
} from './service.js';

const tags = ['Bỏ phiếu kín'];
const signedIn = { permission: 'signedIn' } as const;
const params = z.object({ id: z.uuid('Mã cuộc bỏ phiếu không hợp lệ.') });
const version = z.number().int().positive();
const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Không đúng dạng base64.');
const count = z.number().int().min(0).max(100_000);
const choice = z.enum(['agree', 'disagree']);

export const ballotRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/ballots',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Chuẩn bị bỏ phiếu kín bình xét Lao động tiên tiến của một đơn vị (trưởng đơn vị hoặc thư ký)',
          body: z.object({
            cycleId: z.uuid(),
            unitId: z.uuid(),
            title: z.string().trim().min(3).max(300).optional(),
            mode: z.enum(['electronic', 'paper', 'mixed']),
            threshold: z
              .object({
                base: z.enum(['present', 'members']),
                pct: z.number().min(1).max(100),
                strict: z.boolean(),
              })
              .optional(),
          }),
        },
      },
      async (req, reply) => {
        const row = await createBallot(deps.db, currentUser(req), req.body);
        reply.status(201);
        return { id: row.id };
      },
    );

    app.get(
      '/ballots/:id',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Cuộc bỏ phiếu: ứng viên, số đã nhận phiếu, số đã bỏ (không bao giờ là ai bỏ thế nào)',
          params,
        },
      },
      async (req) => getBallot(deps.db, currentUser(req), req.params.id),
    );

    app.put(
      '/ballots/:id/presence',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Điểm danh thành viên có mặt (trước khi mở bỏ phiếu)',
          params,
          body: z.object({ personId: z.uuid(), present: z.boolean() }),
        },
      },
      async (req) => setPresence(deps.db, currentUser(req), req.params.id, req.body),
    );

    app.post(
      '/ballots/:id/open',
      { config: signedIn, schema: { tags, summary: 'Mở bỏ phiếu', params, body: z.object({ version }) } },
      async (req) => {
        const row = await openBallot(deps.db, currentUser(req), req.params.id, req.body.version);
        return { state: row?.state, version: row?.version };
      },
    );

    app.post(
      '/ballots/:id/token',
      {
        config: signedIn,
        schema: {
          tags,
          summary:
            'Nhận phiếu bầu điện tử: máy chủ ký mù (RFC 9474) thông điệp đã làm mù của thành viên có mặt, một lần',
          params,
          body: z.object({ blindedMessage: base64(2048) }),
        },
      },
      async (req) => {
        const { blindSignature } = await issueToken(
          deps.db,
          currentUser(req),
          req.params.id,
          b64.decode(req.body.blindedMessage),
        );
        return { blindSignature: blindSignature.toString('base64') };
      },
    );

    app.post(
      '/ballots/:id/cast',
      {
        // No session: the request carries only the token, its signature and the choices. No log line
        // is written for it (no address, no time that could be matched with a token request).
        config: { public: true },
        logLevel: 'silent',
        schema: {
          tags,
          summary: 'Bỏ phiếu: mã phiếu, chữ ký và lựa chọn — không kèm danh tính',
          params,
          body: z.object({
            token: base64(1024),
            signature: base64(2048),
            choices: z.record(z.uuid(), choice),
          }),
        },
      },
      async (req) =>
        castBallot(deps.db, req.params.id, {
          token: b64.decode(req.body.token),
          signature: b64.decode(req.body.signature),
          choices: req.body.choices,
        }),
    );

    app.post(
      '/ballots/:id/close',
      {
        config: signedIn,
        schema: { tags, summary: 'Kết thúc bỏ phiếu', params, body: z.object({ version }) },
      },
      async (req) => {
        const row = await closeBallot(deps.db, currentUser(req), req.params.id, req.body.version);
        return { state: row?.state, version: row?.version };
      },
    );

    app.put(
      '/ballots/:id/paper',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Ban kiểm phiếu nhập kết quả phiếu giấy',
          params,
          body: z.object({
            version,
            paper: z.object({
              issued: count,
              returned: count,
              valid: count,
              invalid: count,
              agree: z.record(z.uuid(), count),
              disagree: z.record(z.uuid(), count),
            }),
          }),
        },
      },
      async (req) => {
        const row = await recordPaperTally(
          deps.db,
          currentUser(req),
          req.params.id,
          req.body.version,
          req.body.paper,
        );
        return { version: row?.version };
      },
    );

    app.get(
      '/ballots/:id/result',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Danh sách phiếu công bố (mã biên nhận, lựa chọn), kết quả và đối chiếu',
          params,
        },
      },
      async (req) => ballotResult(deps.db, currentUser(req), req.params.id),
    );
  };
