import { describe, expect, it } from 'vitest';
import { CHECK_IN_WINDOW_MS, checkInCodeValid, currentCheckInCode } from './check-in-code.js';

describe('the rotating check-in code', () => {
  const secret = 'bí-mật-của-cuộc-họp';
  const t0 = 1_730_682_000_000;
  it('is accepted in its minute and the next, not later, and only for its meeting', () => {
    const code = currentCheckInCode(secret, t0);
    expect(checkInCodeValid(secret, code, t0)).toBe(true);
    expect(checkInCodeValid(secret, code, t0 + CHECK_IN_WINDOW_MS)).toBe(true);
    expect(checkInCodeValid(secret, code, t0 + 2 * CHECK_IN_WINDOW_MS)).toBe(false);
    expect(checkInCodeValid('another-meeting', code, t0)).toBe(false);
    expect(checkInCodeValid(secret, 'sai-ma', t0)).toBe(false);
  });
  it('changes from one minute to the next', () => {
    const a = currentCheckInCode(secret, Math.floor(t0 / CHECK_IN_WINDOW_MS) * CHECK_IN_WINDOW_MS);
    const b = currentCheckInCode(secret, Math.floor(t0 / CHECK_IN_WINDOW_MS + 1) * CHECK_IN_WINDOW_MS);
    expect(a).not.toBe(b);
  });
});
