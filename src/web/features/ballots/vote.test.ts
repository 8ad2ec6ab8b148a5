import { describe, expect, it, vi } from 'vitest';
import { receiptOf } from '../../../domain/ballot/receipt.js';
import { loadRecent, RECENT_MAX, rememberBallot } from './recent.js';
import {
  ALREADY_CAST_MESSAGE,
  castDelayMs,
  castSignedToken,
  forgetPending,
  forgetReceipt,
  type KeyValueStore,
  loadPending,
  loadReceipt,
  pendingKey,
  receiptKey,
  savePending,
  saveReceipt,
  voterView,
} from './vote.js';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const RECEIPT = 'ab'.repeat(32);

describe('what the device keeps', () => {
  it('keeps the receipt alone, under the ballot id', () => {
    const store = memoryStore();
    saveReceipt(store, 'b1', RECEIPT);
    expect([...store.data]).toEqual([[receiptKey('b1'), RECEIPT]]);
    expect(loadReceipt(store, 'b1')).toBe(RECEIPT);
    expect(loadReceipt(store, 'b2')).toBeNull();
    store.setItem(receiptKey('b3'), 'not a receipt');
    expect(loadReceipt(store, 'b3')).toBeNull();
    forgetReceipt(store, 'b1');
    expect(loadReceipt(store, 'b1')).toBeNull();
  });

  it('keeps a signed token not yet cast (token and signature only) and reads it back', () => {
    const store = memoryStore();
    const t = { token: new Uint8Array([1, 2, 3, 250]), signature: new Uint8Array([9, 8, 7]) };
    savePending(store, 'b1', t);
    expect(Object.keys(JSON.parse(store.data.get(pendingKey('b1')) ?? '{}'))).toEqual(['token', 'signature']);
    expect(loadPending(store, 'b1')).toEqual(t);
    forgetPending(store, 'b1');
    expect(loadPending(store, 'b1')).toBeNull();
    store.setItem(pendingKey('b2'), '{not json');
    expect(loadPending(store, 'b2')).toBeNull();
  });

  it('does not stop the vote when storage is unavailable', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => saveReceipt(broken, 'b', RECEIPT)).not.toThrow();
    expect(loadReceipt(broken, 'b')).toBeNull();
    expect(loadPending(broken, 'b')).toBeNull();
    expect(loadRecent(broken)).toEqual([]);
    expect(() => rememberBallot(broken, { id: 'x', title: 'X' })).not.toThrow();
  });

  it('remembers the consoles opened on this device, newest first, at most 10', () => {
    const store = memoryStore();
    for (let i = 0; i < 12; i++) rememberBallot(store, { id: `b${i}`, title: `Cuộc ${i}` });
    rememberBallot(store, { id: 'b5', title: 'Cuộc 5' });
    const recent = loadRecent(store);
    expect(recent).toHaveLength(RECENT_MAX);
    expect(recent.map((r) => r.id).slice(0, 3)).toEqual(['b5', 'b11', 'b10']);
  });
});

describe('castDelayMs', () => {
  it('waits between 1 and 4 seconds', () => {
    expect(castDelayMs(() => 0)).toBe(1_000);
    expect(castDelayMs(() => 0.5)).toBe(2_500);
    expect(castDelayMs(() => 0.999_999_9)).toBeLessThan(4_000);
    expect(castDelayMs(() => 7)).toBeLessThan(4_000);
    for (let i = 0; i < 100; i++) {
      const ms = castDelayMs();
      expect(ms).toBeGreaterThanOrEqual(1_000);
      expect(ms).toBeLessThan(4_000);
    }
  });
});

describe('castSignedToken', () => {
  const t = { token: new Uint8Array([1, 2, 3]), signature: new Uint8Array([4, 5, 6]) };
  const reply = (status: number, body: unknown) =>
    vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

  it('sends no cookie, no referrer, and checks the receipt against its own', async () => {
    const local = await receiptOf(t.token);
    const fetchImpl = reply(200, { receipt: local });
    const out = await castSignedToken('b1', t, { a: 'agree' }, fetchImpl);
    expect(out).toEqual({ receipt: local, mismatch: false, alreadyCast: false });
    const [url, init] = (fetchImpl as unknown as ReturnType<typeof vi.fn>).mock.calls[0] as [
      string,
      RequestInit,
    ];
    expect(url).toBe('/api/ballots/b1/cast');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(JSON.parse(String(init.body))).toEqual({
      token: 'AQID',
      signature: 'BAUG',
      choices: { a: 'agree' },
    });
  });

  it('flags a receipt that is not the hash of the token', async () => {
    const out = await castSignedToken('b1', t, {}, reply(200, { receipt: RECEIPT }));
    expect(out.mismatch).toBe(true);
    expect(out.receipt).toBe(await receiptOf(t.token));
  });

  it('treats "already cast" as the earlier attempt having got through', async () => {
    const out = await castSignedToken(
      'b1',
      t,
      {},
      reply(409, { error: { code: 'conflict', message: ALREADY_CAST_MESSAGE } }),
    );
    expect(out.alreadyCast).toBe(true);
  });

  it('passes the server’s refusal on, and a network failure as such', async () => {
    await expect(
      castSignedToken(
        'b1',
        t,
        {},
        reply(409, { error: { code: 'conflict', message: 'Cuộc bỏ phiếu chưa mở hoặc đã kết thúc.' } }),
      ),
    ).rejects.toMatchObject({ status: 409, message: 'Cuộc bỏ phiếu chưa mở hoặc đã kết thúc.' });
    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(castSignedToken('b1', t, {}, down)).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('voterView', () => {
  const open = { state: 'open' as const, mode: 'mixed' as const };
  const me = (present: boolean, tokenIssued = false) => ({ present, tokenIssued });
  const none = { receipt: null, pending: false };

  it('follows the roll call and the state', () => {
    expect(voterView({ ...open, me: null }, none)).toBe('not-member');
    expect(voterView({ ...open, me: me(false) }, none)).toBe('absent');
    expect(voterView({ ...open, state: 'prepared', me: me(true) }, none)).toBe('waiting');
    expect(voterView({ ...open, mode: 'paper', me: me(true) }, none)).toBe('paper');
    expect(voterView({ ...open, me: me(true) }, none)).toBe('ballot');
    expect(voterView({ ...open, state: 'closed', me: null }, none)).toBe('closed');
  });

  it('shows the receipt once voted, offers to re-send a token not cast, refuses a second ballot', () => {
    expect(voterView({ ...open, me: me(true, true) }, { receipt: RECEIPT, pending: false })).toBe('voted');
    expect(voterView({ ...open, me: me(true) }, { receipt: RECEIPT, pending: false, tokenHere: true })).toBe(
      'voted',
    );
    expect(voterView({ ...open, me: me(true, true) }, { receipt: null, pending: true })).toBe('retry');
    expect(voterView({ ...open, me: me(true, true) }, none)).toBe('elsewhere');
  });

  it('ignores another member’s receipt on a shared device', () => {
    expect(voterView({ ...open, me: me(true) }, { receipt: RECEIPT, pending: false })).toBe('ballot');
  });
});
