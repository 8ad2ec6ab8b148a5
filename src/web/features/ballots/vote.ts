/**
 * The voter's side in the browser (decision 0008): blind a fresh token against the ballot's key, have
 * it signed with the session, unblind, wait a random 1–4 s, then cast token + signature + choices in a
 * request that carries no cookie. The device keeps only the receipt (localStorage, for the check after
 * closing); a token whose cast failed is kept for this tab only (sessionStorage) so it can be re-sent.
 * The choices are never stored.
 */
import { isReceipt, receiptOf } from '../../../domain/ballot/receipt.js';
import type { Choice } from '../../../domain/ballot/types.js';
import { b64, blindToken, finishToken } from '../../../domain/ballot-token.js';
import { apiPost, networkError, toApiError } from '../../app/api.js';
import type { BallotView } from './types.js';

/** The minimal Storage the helpers need (localStorage, sessionStorage, or a test double). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const enc = encodeURIComponent;
export const receiptKey = (ballotId: string) => `binhxet.bo-phieu.${ballotId}.bien-nhan`;
export const pendingKey = (ballotId: string) => `binhxet.bo-phieu.${ballotId}.phieu-chua-gui`;

/** Best effort: a private window or a full storage must not stop the vote. */
function safely<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export function saveReceipt(store: KeyValueStore, ballotId: string, receipt: string): void {
  safely(() => store.setItem(receiptKey(ballotId), receipt), undefined);
}

export function loadReceipt(store: KeyValueStore, ballotId: string): string | null {
  const value = safely(() => store.getItem(receiptKey(ballotId)), null);
  return value && isReceipt(value) ? value : null;
}

export function forgetReceipt(store: KeyValueStore, ballotId: string): void {
  safely(() => store.removeItem(receiptKey(ballotId)), undefined);
}

/** A signed token not yet cast: the token and the unblinded signature, nothing else. */
export interface SignedToken {
  token: Uint8Array;
  signature: Uint8Array;
}

export function savePending(store: KeyValueStore, ballotId: string, t: SignedToken): void {
  const value = JSON.stringify({ token: b64.encode(t.token), signature: b64.encode(t.signature) });
  safely(() => store.setItem(pendingKey(ballotId), value), undefined);
}

export function loadPending(store: KeyValueStore, ballotId: string): SignedToken | null {
  const raw = safely(() => store.getItem(pendingKey(ballotId)), null);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { token?: unknown; signature?: unknown };
    if (typeof v.token !== 'string' || typeof v.signature !== 'string') return null;
    return { token: b64.decode(v.token), signature: b64.decode(v.signature) };
  } catch {
    return null;
  }
}

export function forgetPending(store: KeyValueStore, ballotId: string): void {
  safely(() => store.removeItem(pendingKey(ballotId)), undefined);
}

/** A random wait of 1 to 4 seconds between obtaining the token and casting (decorrelates timing). */
export function castDelayMs(random: () => number = Math.random): number {
  const r = Math.min(Math.max(random(), 0), 0.999_999);
  return 1_000 + Math.floor(r * 3_000);
}

/** WebCrypto is only there on HTTPS (or localhost): without it no ballot can be blinded. */
export const webCryptoAvailable = (): boolean =>
  typeof globalThis.crypto !== 'undefined' && typeof globalThis.crypto.subtle !== 'undefined';

/** Step 1–3: blind, have it signed (with the session), unblind. */
export async function obtainSignedToken(ballotId: string, publicKey: string): Promise<SignedToken> {
  const key = b64.decode(publicKey);
  const pending = await blindToken(key);
  const { blindSignature } = await apiPost<{ blindSignature: string }>(
    `/api/ballots/${enc(ballotId)}/token`,
    {
      blindedMessage: b64.encode(pending.blindedMsg),
    },
  );
  const signature = await finishToken(key, pending, b64.decode(blindSignature));
  return { token: pending.token, signature };
}

/** The server's answer when this token was already cast (e.g. the first answer was lost on the way). */
export const ALREADY_CAST_MESSAGE = 'Phiếu bầu này đã được bỏ.';

export interface CastOutcome {
  /** The receipt computed here (SHA-256 of the token): what the published list must contain. */
  receipt: string;
  /** The server's receipt differs from ours (it should never happen). */
  mismatch: boolean;
  /** The token had been cast before (a retry after a lost answer). */
  alreadyCast: boolean;
}

/**
 * Step 4: the anonymous cast. `credentials: 'omit'` so no session cookie goes with it, no referrer,
 * nothing cached. A 409 "already cast" for our own token means an earlier attempt got through.
 */
export async function castSignedToken(
  ballotId: string,
  t: SignedToken,
  choices: Record<string, Choice>,
  fetchImpl: typeof fetch = fetch,
): Promise<CastOutcome> {
  const local = await receiptOf(t.token);
  let res: Response;
  try {
    res = await fetchImpl(`/api/ballots/${enc(ballotId)}/cast`, {
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ token: b64.encode(t.token), signature: b64.encode(t.signature), choices }),
    });
  } catch {
    throw networkError();
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const error = toApiError(res.status, data);
    if (res.status === 409 && error.message === ALREADY_CAST_MESSAGE) {
      return { receipt: local, mismatch: false, alreadyCast: true };
    }
    throw error;
  }
  const receipt = (data as { receipt?: unknown } | null)?.receipt;
  return { receipt: local, mismatch: receipt !== local, alreadyCast: false };
}

/** What the member's phone shows. */
export type VoterView =
  /** Not on this unit's roster. */
  | 'not-member'
  /** Not (yet) marked present. */
  | 'absent'
  /** Present; the ballot is not open yet. */
  | 'waiting'
  /** A paper-only ballot: nothing to do on the phone. */
  | 'paper'
  /** Open: choose and cast. */
  | 'ballot'
  /** A token of this tab was signed but its cast did not get through: send it again. */
  | 'retry'
  /** This device holds the receipt: the vote is in. */
  | 'voted'
  /** The member's token was issued, but not to this device (or its receipt was lost). */
  | 'elsewhere'
  /** Closed: the result (and the receipt check when this device has one). */
  | 'closed';

/**
 * `tokenHere`: this page obtained the member's token a moment ago (the polled ballot may not say so
 * yet). A receipt on the device counts only for a member whose token was issued: on a shared device
 * another member's receipt must not stop this one from voting.
 */
export function voterView(
  b: Pick<BallotView, 'state' | 'mode' | 'me'>,
  local: { receipt: string | null; pending: boolean; tokenHere?: boolean },
): VoterView {
  if (b.state === 'closed') return 'closed';
  if (!b.me) return 'not-member';
  if (!b.me.present) return 'absent';
  if (b.state === 'prepared') return 'waiting';
  if (b.mode === 'paper') return 'paper';
  if (b.me.tokenIssued || local.tokenHere) {
    if (local.receipt) return 'voted';
    return local.pending ? 'retry' : 'elsewhere';
  }
  return 'ballot';
}
