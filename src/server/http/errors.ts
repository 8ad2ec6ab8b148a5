/**
 * One error shape for the whole API: `{ error: { code, message, details } }`, message in Vietnamese.
 * Nothing from an exception's own text reaches a client: Drizzle's messages carry SQL and parameters.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { PdfConversionError, PdfTimeoutError, PdfUnavailableError } from '../documents/pdf.js';

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stale_version'
  | 'locked'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media'
  | 'unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  locked: 423,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media: 415,
  unavailable: 503,
  internal: 500,
};

export interface ErrorDetail {
  /** Field path, e.g. "body.username" or "rows.7.Ngày sinh". */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `Không tìm thấy ${what}.`);
export const forbidden = () =>
  new AppError('forbidden', 'Bạn không có quyền thực hiện thao tác này. Vui lòng liên hệ quản trị hệ thống.');
export const staleVersion = () =>
  new AppError(
    'stale_version',
    'Dữ liệu đã được người khác thay đổi sau khi bạn mở. Vui lòng tải lại để xem bản mới nhất rồi sửa lại.',
  );

function errorBody(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
  return { error: { code, message, details } };
}

/** PostgreSQL error codes arrive on `cause` (Drizzle wraps the driver's error). */
function pgCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

type SpaFallback = (reply: FastifyReply) => unknown;
const spaFallbacks = new WeakMap<FastifyInstance, SpaFallback>();

/** Serve the web app's index.html for unknown non-API GET paths (client-side routes). */
export function setSpaFallback(app: FastifyInstance, fallback: SpaFallback): void {
  spaFallbacks.set(app, fallback);
}

/** Unique constraints → the field they protect, so the web highlights the right input. */
const UNIQUE_FIELDS: Record<string, { path: string; message: string }> = {
  people_agency_staff_code_ci_uq: {
    path: 'body.staffCode',
    message: 'Mã cán bộ này đã được dùng cho người khác.',
  },
  units_agency_code_uq: { path: 'body.code', message: 'Mã đơn vị này đã có.' },
  units_agency_name_uq: { path: 'body.name', message: 'Tên đơn vị này đã có.' },
  accounts_username_uq: { path: 'body.username', message: 'Tên đăng nhập này đã được dùng.' },
  accounts_person_uq: { path: 'body.personId', message: 'Người này đã có tài khoản.' },
};

function constraintOf(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const c = (e as { constraint?: unknown }).constraint;
    if (typeof c === 'string') return c;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => {
    const fallback = spaFallbacks.get(app);
    if (fallback && req.method === 'GET' && !req.url.startsWith('/api/')) return fallback(reply);
    reply
      .status(404)
      .send(errorBody('not_found', `Không có địa chỉ ${req.method} ${req.url.split('?')[0]}.`));
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      reply.status(err.status).send(errorBody(err.code, err.message, err.details));
      return;
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const details = err.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'Giá trị không hợp lệ.',
      }));
      reply
        .status(400)
        .send(
          errorBody('validation', 'Dữ liệu gửi lên chưa hợp lệ. Vui lòng xem chi tiết từng trường.', details),
        );
      return;
    }
    if (err instanceof PdfUnavailableError || err instanceof PdfTimeoutError) {
      reply.status(503).send(errorBody('unavailable', err.message));
      return;
    }
    if (err instanceof PdfConversionError) {
      req.log.error({ detail: err.detail }, 'pdf conversion failed');
      reply.status(500).send(errorBody('internal', err.message));
      return;
    }
    const pg = pgCode(err);
    if (pg === '23505') {
      req.log.warn({ err }, 'unique violation');
      const field = UNIQUE_FIELDS[constraintOf(err) ?? ''];
      reply
        .status(409)
        .send(
          errorBody(
            'conflict',
            field?.message ?? 'Dữ liệu bị trùng với một bản ghi đã có.',
            field ? [field] : [],
          ),
        );
      return;
    }
    if (err.statusCode === 429) {
      reply
        .status(429)
        .send(
          errorBody(
            'rate_limited',
            'Bạn thao tác quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.',
          ),
        );
      return;
    }
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413) {
      reply.status(413).send(errorBody('payload_too_large', 'Tệp hoặc dữ liệu gửi lên quá lớn.'));
      return;
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.statusCode === 415) {
      reply.status(415).send(errorBody('unsupported_media', 'Kiểu dữ liệu gửi lên không được hỗ trợ.'));
      return;
    }
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      reply.status(400).send(errorBody('validation', 'Nội dung gửi lên không phải JSON hợp lệ.'));
      return;
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      reply.status(err.statusCode).send(errorBody('validation', 'Yêu cầu không hợp lệ.'));
      return;
    }
    req.log.error({ err }, 'unhandled error');
    reply
      .status(500)
      .send(
        errorBody('internal', 'Hệ thống gặp sự cố. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị hệ thống.'),
      );
  });
}
