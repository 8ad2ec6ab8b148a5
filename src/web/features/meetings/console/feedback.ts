/** What the console says after a failed action: the server's message, as an error or a warning. */
import { isApiError } from '../../../app/api.js';

export interface Feedback {
  type: 'error' | 'warning';
  text: string;
}

/**
 * `placed`: how many of the error's details were shown on the form's fields. When every detail is
 * on a field the form says it all; otherwise the message shows above the form. A stale version is a
 * warning (the meeting is reloaded); a 401 is handled by the API client (sign-in page).
 */
export function feedbackOf(error: unknown, placed = 0): Feedback | null {
  if (!isApiError(error)) return { type: 'error', text: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.' };
  if (error.status === 401) return null;
  if (error.code === 'stale_version')
    return { type: 'warning', text: `${error.message} Đã tải lại cuộc họp; vui lòng thử lại.` };
  if (error.details.length > 0 && placed >= error.details.length) return null;
  return { type: 'error', text: error.message };
}

/** The quota message the server sent with a 400 on body.reason (a proposal over the quota), or null. */
export function quotaReasonAsked(error: unknown): string | null {
  if (!isApiError(error) || error.status !== 400) return null;
  return error.details.find((d) => d.path === 'body.reason')?.message ?? null;
}
