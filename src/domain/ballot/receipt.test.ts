import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReceipt, normalizeReceipt, receiptOf, shortReceipt } from './receipt.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('receiptOf: SHA-256 of the token, lower-case hex (issue 6 §3)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('the FIPS 180-2 vector for "%s"', async (text, hex) => {
    expect(await receiptOf(utf8(text))).toBe(hex);
  });

  it("equals Node's SHA-256 for any token, and does not change the token", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 128 }), async (token) => {
        const before = Uint8Array.from(token);
        const r = await receiptOf(token);
        expect(r).toBe(createHash('sha256').update(token).digest('hex'));
        expect(isReceipt(r)).toBe(true);
        expect(token).toEqual(before);
      }),
    );
  });

  it('reads a view into a larger buffer, not the whole buffer', async () => {
    const buffer = utf8('xxabcxx');
    expect(await receiptOf(buffer.subarray(2, 5))).toBe(await receiptOf(utf8('abc')));
  });
});

describe('shortReceipt: 4 groups of 4 hex characters for display', () => {
  it('cuts and groups', () => {
    expect(shortReceipt('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe(
      'ba78-16bf-8f01-cfea',
    );
    expect(shortReceipt('BA7816BF8F01CFEA')).toBe('ba78-16bf-8f01-cfea');
  });

  it.each(['', 'ba7816bf', 'zz7816bf8f01cfea414140de5dae2223', 'ba78-16bf-8f01-cfea'])(
    'refuses %j',
    (bad) => {
      expect(() => shortReceipt(bad)).toThrow(RangeError);
    },
  );
});

describe('normalizeReceipt and isReceipt', () => {
  const full = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
  it.each([
    [full, full],
    [full.toUpperCase(), full],
    ['  BA78-16BF-8F01-CFEA ', 'ba7816bf8f01cfea'],
    ['ba78 16bf 8f01 cfea', 'ba7816bf8f01cfea'],
    ['ba78-16bf', null],
    ['xyz', null],
    ['', null],
  ])('%j → %j', (input, out) => {
    expect(normalizeReceipt(input)).toBe(out);
  });

  it('isReceipt wants exactly 64 lower-case hex characters', () => {
    expect(isReceipt(full)).toBe(true);
    expect(isReceipt(full.toUpperCase())).toBe(false);
    expect(isReceipt(full.slice(1))).toBe(false);
  });
});
