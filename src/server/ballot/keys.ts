/**
 * The server's side of the blind signature (RFC 9474 §4.3 BlindSign): s = RSASP1(sk, m), checked by
 * RSAVP1(pk, s) = m. Node's OpenSSL does the raw RSA (with CRT) far faster than a JavaScript bignum.
 * Each ballot has its own 2048-bit key, made when it opens; the private key is erased when it closes.
 */
import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  privateDecrypt,
  publicEncrypt,
} from 'node:crypto';

export function generateBallotKeys(): { publicKey: Buffer; privateKey: Buffer } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicExponent: 65537,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  return { publicKey, privateKey };
}

export class BlindMessageError extends Error {}

export function blindSign(privateKeyPkcs8: Buffer, blindedMsg: Uint8Array): Buffer {
  const key = createPrivateKey({ key: privateKeyPkcs8, format: 'der', type: 'pkcs8' });
  const kLen = (key.asymmetricKeyDetails?.modulusLength ?? 2048) / 8;
  if (blindedMsg.length !== kLen) throw new BlindMessageError('blinded message has the wrong length');
  let s: Buffer;
  try {
    // Raw RSA (no padding) rejects m ≥ n, as RFC 9474 requires.
    s = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, blindedMsg);
  } catch {
    throw new BlindMessageError('blinded message out of range');
  }
  const check = publicEncrypt({ key: createPublicKey(key), padding: constants.RSA_NO_PADDING }, s);
  if (!check.equals(Buffer.from(blindedMsg))) throw new BlindMessageError('signing check failed');
  return s;
}
