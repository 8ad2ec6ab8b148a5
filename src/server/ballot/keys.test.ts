/** The blind-signature round trip between the voter's code (domain) and the server's signer. */
import { describe, expect, it } from 'vitest';
import { blindToken, finishToken, verifyToken } from '../../domain/ballot-token.js';
import { BlindMessageError, blindSign, generateBallotKeys } from './keys.js';

describe('blind signatures', () => {
  const keys = generateBallotKeys();
  it('signs a blinded token the server never sees, and the unblinded signature verifies', async () => {
    const pending = await blindToken(keys.publicKey);
    const blindSig = blindSign(keys.privateKey, pending.blindedMsg);
    const signature = await finishToken(keys.publicKey, pending, blindSig);
    expect(await verifyToken(keys.publicKey, pending.token, signature)).toBe(true);
    // The server saw only the blinded message, which differs from the token it will later see.
    expect(Buffer.from(pending.blindedMsg).includes(Buffer.from(pending.token.slice(-16)))).toBe(false);
  });
  it('refuses forged, swapped and other-key signatures', async () => {
    const a = await blindToken(keys.publicKey);
    const b = await blindToken(keys.publicKey);
    const sigA = await finishToken(keys.publicKey, a, blindSign(keys.privateKey, a.blindedMsg));
    expect(await verifyToken(keys.publicKey, b.token, sigA)).toBe(false);
    const forged = new Uint8Array(sigA);
    forged[10] = (forged[10] ?? 0) ^ 1;
    expect(await verifyToken(keys.publicKey, a.token, forged)).toBe(false);
    const other = generateBallotKeys();
    expect(await verifyToken(other.publicKey, a.token, sigA)).toBe(false);
  });
  it('refuses a blinded message of the wrong size', () => {
    expect(() => blindSign(keys.privateKey, new Uint8Array(10))).toThrow(BlindMessageError);
    expect(() => blindSign(keys.privateKey, new Uint8Array(256).fill(255))).toThrow(BlindMessageError);
  });
});
