/**
 * The code in the room's QR changes every minute: the code is an HMAC of the meeting's secret and the
 * current minute, so a photo of the QR stops working soon after it was taken. The code of the minute
 * before is still accepted (a member scanning just as it changes). The consoles and the projector poll
 * every few seconds and show the current one.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const CHECK_IN_WINDOW_MS = 60_000;

function codeFor(secret: string, window: number): string {
  return createHmac('sha256', secret).update(`check-in:${window}`).digest('base64url').slice(0, 16);
}

export function currentCheckInCode(secret: string, now = Date.now()): string {
  return codeFor(secret, Math.floor(now / CHECK_IN_WINDOW_MS));
}

export function checkInCodeValid(secret: string, code: string, now = Date.now()): boolean {
  const window = Math.floor(now / CHECK_IN_WINDOW_MS);
  const given = Buffer.from(code);
  return [window, window - 1].some((w) => {
    const expected = Buffer.from(codeFor(secret, w));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
