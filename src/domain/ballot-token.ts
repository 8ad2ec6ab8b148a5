/**
 * The voter's side of an RSA blind-signature ballot (RFC 9474, RSABSSA-SHA384-PSS-Randomized, via
 * @cloudflare/blindrsa-ts). Runs in the browser (WebCrypto) and in Node. The voter draws a random
 * token, blinds it against the ballot's public key and sends only the blinded message with their
 * session; the server signs it blindly. The voter unblinds the signature and later casts, in a
 * request without session, the token, its signature and the choices. The server can check the
 * signature but cannot tell which blinded message it came from.
 */
import { RSABSSA } from '@cloudflare/blindrsa-ts';

const suite = () => RSABSSA.SHA384.PSS.Randomized();

export const b64 = {
  encode: (bytes: Uint8Array): string => {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  },
  decode: (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
};

async function importPublicKey(spki: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', spki as BufferSource, { name: 'RSA-PSS', hash: 'SHA-384' }, true, [
    'verify',
  ]);
}

export interface PendingToken {
  /** The prepared token (random prefix + 32 random bytes): what is signed and later cast. */
  token: Uint8Array;
  blindedMsg: Uint8Array;
  inv: Uint8Array;
}

/** Step 1 (voter): a fresh random token, blinded against the ballot's public key. */
export async function blindToken(publicKeySpki: Uint8Array): Promise<PendingToken> {
  const s = suite();
  const token = s.prepare(crypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await s.blind(await importPublicKey(publicKeySpki), token);
  return { token, blindedMsg, inv };
}

/** Step 3 (voter): unblind the server's blind signature into a signature on the token. */
export async function finishToken(
  publicKeySpki: Uint8Array,
  pending: PendingToken,
  blindSignature: Uint8Array,
): Promise<Uint8Array> {
  return suite().finalize(await importPublicKey(publicKeySpki), pending.token, blindSignature, pending.inv);
}

/** Anyone: is this a signature of the ballot's key on this token? */
export async function verifyToken(
  publicKeySpki: Uint8Array,
  token: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  try {
    return await suite().verify(await importPublicKey(publicKeySpki), signature, token);
  } catch {
    return false;
  }
}
