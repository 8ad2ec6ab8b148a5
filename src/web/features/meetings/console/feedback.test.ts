import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../app/api.js';
import { feedbackOf, quotaReasonAsked } from './feedback.js';

describe('feedbackOf', () => {
  it('shows a refused move (409) as the server words it', () => {
    const e = new ApiError(409, 'conflict', 'Chưa xong nội dung "Kiểm điểm tập thể" (còn thiếu: …).');
    expect(feedbackOf(e)).toEqual({ type: 'error', text: e.message });
  });

  it('turns a stale version into a warning that the meeting was reloaded', () => {
    const e = new ApiError(409, 'stale_version', 'Dữ liệu đã được người khác thay đổi.');
    expect(feedbackOf(e)).toEqual({
      type: 'warning',
      text: 'Dữ liệu đã được người khác thay đổi. Đã tải lại cuộc họp; vui lòng thử lại.',
    });
  });

  it('leaves field errors to the form once they are all placed', () => {
    const e = new ApiError(400, 'validation', 'Vui lòng ghi nội dung.', [
      { path: 'body.text', message: 'Vui lòng ghi nội dung.' },
    ]);
    expect(feedbackOf(e, 1)).toBeNull();
    expect(feedbackOf(e, 0)).toEqual({ type: 'error', text: 'Vui lòng ghi nội dung.' });
  });

  it('is silent on 401 and generic on anything that is not an API error', () => {
    expect(feedbackOf(new ApiError(401, 'unauthenticated', 'x'))).toBeNull();
    expect(feedbackOf(new Error('boom'))?.type).toBe('error');
  });
});

describe('quotaReasonAsked', () => {
  it('reads the quota message of a proposal over the quota', () => {
    const msg =
      'Đề nghị 2 người hoàn thành xuất sắc nhiệm vụ, vượt 1 người… Vui lòng ghi lý do đề xuất vượt tỷ lệ.';
    expect(
      quotaReasonAsked(new ApiError(400, 'validation', msg, [{ path: 'body.reason', message: msg }])),
    ).toBe(msg);
  });

  it('ignores a refused level and other errors', () => {
    const level = new ApiError(400, 'validation', 'Không đủ điều kiện', [
      { path: 'body.level', message: 'Không đủ điều kiện' },
    ]);
    expect(quotaReasonAsked(level)).toBeNull();
    expect(quotaReasonAsked(new ApiError(409, 'conflict', 'x'))).toBeNull();
    expect(quotaReasonAsked(new Error('x'))).toBeNull();
  });
});
