/**
 * The API client: JSON over fetch with the session cookie. Every failure becomes an ApiError that
 * carries the server's Vietnamese message and field details. A 401 anywhere calls the handler the
 * app registers (it sends the user to the sign-in page), except where the caller opts out.
 */

export interface ApiErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  401: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu yêu cầu.',
  413: 'Tệp hoặc dữ liệu gửi lên quá lớn.',
};
const GENERIC_MESSAGE = 'Hệ thống gặp sự cố. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị hệ thống.';

/** Builds an ApiError from a status and a parsed (or unparsable) response body. */
export function toApiError(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const message =
    typeof err?.message === 'string' ? err.message : (FALLBACK_MESSAGES[status] ?? GENERIC_MESSAGE);
  const code = typeof err?.code === 'string' ? err.code : status === 0 ? 'network' : 'unknown';
  const details = Array.isArray(err?.details)
    ? err.details.filter(
        (d): d is ApiErrorDetail =>
          typeof (d as ApiErrorDetail)?.path === 'string' &&
          typeof (d as ApiErrorDetail)?.message === 'string',
      )
    : [];
  return new ApiError(status, code, message, details);
}

export const networkError = () => toApiError(0, null);

let unauthorizedHandler: (() => void) | null = null;

/** The app registers what a 401 does (clear the cache, go to /dang-nhap). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function notifyUnauthorized(): void {
  unauthorizedHandler?.();
}

export type QueryValue = string | number | boolean | null | undefined;

/** `?a=1&b=x` from an object; empty, null and undefined values are left out. */
export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** For the sign-in call: a 401 there means a wrong password, not an expired session. */
  skipAuthRedirect?: boolean;
  signal?: AbortSignal;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const url = path + (opts.query ? queryString(opts.query) : '');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, {
      method: opts.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw networkError();
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const error = toApiError(res.status, data);
    if (res.status === 401 && !opts.skipAuthRedirect) notifyUnauthorized();
    throw error;
  }
  return data as T;
}

export const apiGet = <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
  api<T>(path, { query, signal });
export const apiPost = <T>(path: string, body?: unknown) =>
  api<T>(path, { method: 'POST', body: body ?? {} });
export const apiPut = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body });
export const apiPatch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const apiDelete = <T>(path: string, query?: Record<string, QueryValue>) =>
  api<T>(path, { method: 'DELETE', query });

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
