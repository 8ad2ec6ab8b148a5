/**
 * The voter's receipt (issue 6 §3): the SHA-256 of their ballot token, in lower-case hex. The published
 * list after closing pairs each receipt with what its ballot said, so every voter can find theirs and
 * anyone can recount (peers.md §2.4 OpenSlides "result number", §2.6 tier 2). The receipt says nothing
 * about who voted: the token was blinded when it was signed (RFC 9474). WebCrypto only, so the same
 * code runs in the browser and in Node 20.
 */

export const RECEIPT_HEX_LENGTH = 64;
export const SHORT_RECEIPT_HEX_LENGTH = 16;

function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** SHA-256 of the token bytes, lower-case hex (64 characters). */
export async function receiptOf(tokenBytes: Uint8Array): Promise<string> {
  // Copy into a plain ArrayBuffer-backed view (WebCrypto's BufferSource; also detaches from the caller).
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(tokenBytes));
  return toHex(new Uint8Array(digest));
}

/**
 * What a person typed or scanned, as lower-case hex without separators: a full receipt (64 hex
 * characters) or a short one (16), or null when it is neither.
 */
export function normalizeReceipt(input: string): string | null {
  const hex = input.trim().toLowerCase().replace(/[\s-]/g, '');
  if (!/^[0-9a-f]+$/.test(hex)) return null;
  return hex.length === RECEIPT_HEX_LENGTH || hex.length === SHORT_RECEIPT_HEX_LENGTH ? hex : null;
}

/** Is it a full receipt as `receiptOf` writes it (64 lower-case hex characters)? */
export function isReceipt(hex: string): boolean {
  return hex.length === RECEIPT_HEX_LENGTH && /^[0-9a-f]+$/.test(hex);
}

/**
 * The first 4 groups of 4 hex characters, for display: "3f2a-91bc-0d4e-77a1" (64 bits: among a
 * room's ballots a clash is practically impossible). Throws a RangeError on anything else than hex of
 * at least 16 characters.
 */
export function shortReceipt(hex: string): string {
  const h = hex.toLowerCase();
  if (h.length < SHORT_RECEIPT_HEX_LENGTH || !/^[0-9a-f]+$/.test(h)) {
    throw new RangeError('Mã biên nhận không hợp lệ.');
  }
  return [0, 4, 8, 12].map((i) => h.slice(i, i + 4)).join('-');
}
