/**
 * Secret ballots end to end through the API, on both databases: one token per present member (also
 * under 100 concurrent requests), no cast with a forged or reused token (also 100 at once), a
 * database dump and the server log that join no ballot to a voter, and a published list that
 * recounts to the announced result.
 */
import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64, blindToken, finishToken, type PendingToken } from '../../../domain/ballot-token.js';
import { buildApp } from '../../app.js';
import { people, reviews } from '../../db/schema/index.js';
import { buildAccount, buildPerson, buildWorld, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let cycleId: string;
let ballotId: string;
const voters: { personId: string; cookie: string; name: string }[] = [];

/** Rows of a raw query, on either driver. */
const rowsOf = async <T>(query: ReturnType<typeof sql>): Promise<T[]> =>
  ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;

const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-11-04' });
  w = await buildWorld(t.app, t.db);
  // The unit: its head, the staff member, and three more members with accounts.
  voters.push({
    personId: w.people.headPerson.id,
    cookie: w.cookies.head,
    name: w.people.headPerson.fullName,
  });
  voters.push({
    personId: w.people.staffPerson.id,
    cookie: w.cookies.staff,
    name: w.people.staffPerson.fullName,
  });
  for (const name of ['Đỗ Văn Một', 'Lê Thị Hai', 'Ngô Văn Ba', 'Phan Thị Sáu']) {
    const p = await buildPerson(t.db, w.agency.id, w.units.unit.id, { fullName: name });
    const a = await buildAccount(t.db, w.agency.id, { personId: p.id });
    voters.push({ personId: p.id, cookie: await login(t.app, a.username), name });
  }
  // The cycle starts: everyone gets their self-review.
  cycleId = (await api('POST', '/api/cycles', w.cookies.secretary, { year: 2024 })).json().id;
  await api('POST', `/api/cycles/${cycleId}/start`, w.cookies.secretary, { version: 1 });
  // Proposed levels from the self-reviews: everyone HTTNV, except Ngô Văn Ba (HTNV: not eligible).
  for (const v of voters) {
    await t.db
      .update(reviews)
      .set({ proposedLevel: v.name === 'Ngô Văn Ba' ? 'HTNV' : 'HTTNV', state: 'submitted' })
      .where(eq(reviews.personId, v.personId));
  }
});
afterAll(() => t.close());

const ballot = async (cookie = w.cookies.head) =>
  (await api('GET', `/api/ballots/${ballotId}`, cookie)).json();

async function getToken(cookie: string): Promise<{ pending: PendingToken; signature: Uint8Array }> {
  const b = await ballot(cookie);
  const key = b64.decode(b.publicKey);
  const pending = await blindToken(key);
  const res = await api('POST', `/api/ballots/${ballotId}/token`, cookie, {
    blindedMessage: b64.encode(pending.blindedMsg),
  });
  expect(res.statusCode, res.body).toBe(200);
  return { pending, signature: await finishToken(key, pending, b64.decode(res.json().blindSignature)) };
}

const cast = (token: Uint8Array, signature: Uint8Array, choices: Record<string, string>) =>
  api('POST', `/api/ballots/${ballotId}/cast`, undefined, {
    token: b64.encode(token),
    signature: b64.encode(signature),
    choices,
  });

describe('preparing and opening', () => {
  it('lists the unit’s members as candidates with their eligibility from the rules engine', async () => {
    const created = await api('POST', '/api/ballots', w.cookies.head, {
      cycleId,
      unitId: w.units.unit.id,
      mode: 'mixed',
    });
    expect(created.statusCode, created.body).toBe(201);
    ballotId = created.json().id;
    const b = await ballot();
    expect(b.state).toBe('prepared');
    expect(b.threshold).toMatchObject({ base: 'present', pct: 50, strict: true });
    const ba = b.candidates.find((c: { name: string }) => c.name === 'Ngô Văn Ba');
    expect(ba.eligible).toBe(false);
    expect(ba.reason).toMatch(/Điều|Luật|Nghị định/);
    expect(b.candidates.filter((c: { eligible: boolean }) => c.eligible)).toHaveLength(5);
    // Ordinary members cannot prepare or run it.
    expect(
      (
        await api('POST', '/api/ballots', w.cookies.staff, {
          cycleId,
          unitId: w.units.unit.id,
          mode: 'electronic',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('takes the roll, then opens with the number present as the base', async () => {
    // Five present (one of them will vote on paper); Phan Thị Sáu is absent.
    for (const v of voters.slice(0, 5)) {
      const res = await api('PUT', `/api/ballots/${ballotId}/presence`, w.cookies.head, {
        personId: v.personId,
        present: true,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const b = await ballot();
    const opened = await api('POST', `/api/ballots/${ballotId}/open`, w.cookies.head, { version: b.version });
    expect(opened.statusCode, opened.body).toBe(200);
    const after = await ballot();
    expect(after).toMatchObject({
      state: 'open',
      presentTotal: 5,
      membersTotal: 6,
      tokensIssued: 0,
      ballotsCast: 0,
    });
    expect(after.publicKey).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });
});

describe('tokens and casting', () => {
  let first: { pending: PendingToken; signature: Uint8Array };
  let eligible: string[];

  it('gives a present member one token only, even under 100 concurrent requests', async () => {
    eligible = (await ballot()).candidates
      .filter((c: { eligible: boolean }) => c.eligible)
      .map((c: { id: string }) => c.id);
    const key = b64.decode((await ballot()).publicKey);
    const pendings = await Promise.all(Array.from({ length: 100 }, () => blindToken(key)));
    const results = await Promise.all(
      pendings.map((p) =>
        api('POST', `/api/ballots/${ballotId}/token`, voters[0]?.cookie, {
          blindedMessage: b64.encode(p.blindedMsg),
        }),
      ),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(99);
    const winner = pendings[results.indexOf(ok[0] as (typeof results)[number])] as PendingToken;
    first = {
      pending: winner,
      signature: await finishToken(key, winner, b64.decode(ok[0]?.json().blindSignature)),
    };
    // An absent member gets none.
    const absent = await api('POST', `/api/ballots/${ballotId}/token`, voters[5]?.cookie, {
      blindedMessage: b64.encode(pendings[1]?.blindedMsg as Uint8Array),
    });
    expect(absent.statusCode).toBe(409);
  });

  it('casts a ballot once per token, even under 100 concurrent attempts; forged tokens are refused', async () => {
    const choices = Object.fromEntries(eligible.map((id) => [id, 'agree']));
    const attempts = await Promise.all(
      Array.from({ length: 100 }, () => cast(first.pending.token, first.signature, choices)),
    );
    expect(attempts.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(attempts.filter((r) => r.statusCode === 409)).toHaveLength(99);
    const receipt = attempts.find((r) => r.statusCode === 200)?.json().receipt;
    expect(receipt).toMatch(/^[0-9a-f]{64}$/);

    const forged = new Uint8Array(first.signature);
    forged[5] = (forged[5] ?? 0) ^ 0xff;
    const other = await blindToken(b64.decode((await ballot()).publicKey));
    expect((await cast(other.token, first.signature, choices)).statusCode).toBe(400);
    expect((await cast(first.pending.token, forged, choices)).statusCode).toBe(400);
    // A choice for a candidate not on the list (or not eligible) is refused.
    const ba = (await ballot()).candidates.find((c: { name: string }) => c.name === 'Ngô Văn Ba').id;
    const second = await getToken(voters[1]?.cookie as string);
    expect((await cast(second.pending.token, second.signature, { [ba]: 'agree' })).statusCode).toBe(400);
    expect(
      (
        await cast(second.pending.token, second.signature, {
          ...choices,
          [eligible[0] as string]: 'disagree',
        })
      ).statusCode,
    ).toBe(200);
    const third = await getToken(voters[2]?.cookie as string);
    expect((await cast(third.pending.token, third.signature, choices)).statusCode).toBe(200);
    // The fourth present member takes a token but does not cast.
    await getToken(voters[3]?.cookie as string);
    expect(await ballot()).toMatchObject({ tokensIssued: 4, ballotsCast: 3 });
  });

  it('logs nothing about a cast: no address, no session, no user', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await buildApp({
      database: t.database,
      config: {
        sessionHours: 12,
        cookieSecure: false,
        logLevel: 'info',
        demo: false,
        loginRatePerMinute: 10_000,
      },
      logger: { level: 'info', stream },
    });
    try {
      const res = await logged.inject({
        method: 'POST',
        url: `/api/ballots/${ballotId}/cast`,
        payload: {
          token: b64.encode(first.pending.token),
          signature: b64.encode(first.signature),
          choices: {},
        },
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
      expect(res.statusCode).toBe(409);
      expect(lines.join('')).not.toMatch(/cast|203\.0\.113\.7|remoteAddress/);
      // Other requests are still logged: the logger works.
      await logged.inject({ method: 'GET', url: '/api/health' });
      expect(lines.join('')).toContain('/api/health');
    } finally {
      await logged.close();
    }
  });
});

describe('closing, the count and what is stored', () => {
  it('counts electronic and paper ballots together, publishes a list that recounts, and reconciles', async () => {
    let b = await ballot();
    const eligible = b.candidates
      .filter((c: { eligible: boolean }) => c.eligible)
      .map((c: { id: string }) => c.id);
    const closed = await api('POST', `/api/ballots/${ballotId}/close`, w.cookies.head, {
      version: b.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    b = await ballot();
    const paper = await api('PUT', `/api/ballots/${ballotId}/paper`, w.cookies.head, {
      version: b.version,
      paper: {
        issued: 1,
        returned: 1,
        valid: 1,
        invalid: 0,
        agree: Object.fromEntries(eligible.map((id: string) => [id, 1])),
        disagree: {},
      },
    });
    expect(paper.statusCode, paper.body).toBe(200);
    const result = (await api('GET', `/api/ballots/${ballotId}/result`, w.cookies.staff)).json();
    expect(result.published).toHaveLength(3);
    expect(result.published.map((p: { receipt: string }) => p.receipt)).toEqual(
      [...result.published.map((p: { receipt: string }) => p.receipt)].sort(),
    );
    // The published list, counted by anyone, gives the announced agree counts (plus the paper ballot).
    for (const id of eligible) {
      const agreeOnline = result.published.filter(
        (p: { choices: Record<string, string> }) => p.choices[id] === 'agree',
      ).length;
      const announced = result.tally.perCandidate.find((c: { id: string }) => c.id === id);
      expect(announced.agree).toBe(agreeOnline + 1);
    }
    expect(result.reconciliation.ok).toBe(true);
    // After close no token can be signed: the private key is gone.
    const late = await api('POST', `/api/ballots/${ballotId}/token`, voters[4]?.cookie, {
      blindedMessage: 'AAAA',
    });
    expect(late.statusCode).toBe(409);
  });

  it('stores nothing that joins a ballot to a voter: a dump of every table', async () => {
    const receipts = (await api('GET', `/api/ballots/${ballotId}/result`, w.cookies.head))
      .json()
      .published.map((p: { receipt: string }) => p.receipt);
    const tables = (
      await rowsOf<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      )
    ).map((r) => r.table_name);
    for (const table of tables) {
      const rows = await rowsOf<{ j: string }>(sql.raw(`select row_to_json(x)::text as j from "${table}" x`));
      const text = rows.map((r) => r.j).join('\n');
      for (const receipt of receipts) {
        if (table === 'cast_ballots') expect(text).toContain(receipt);
        else expect(text, table).not.toContain(receipt);
      }
    }
    // The ballots' columns: no voter, no session, no time; in receipt order in the table itself.
    const columns = (
      await rowsOf<{ column_name: string }>(
        sql`select column_name from information_schema.columns where table_name = 'cast_ballots' order by ordinal_position`,
      )
    ).map((r) => r.column_name);
    expect(columns).toEqual(['id', 'ballot_id', 'receipt', 'choices']);
    const physical = (await rowsOf<{ receipt: string }>(sql`select receipt from cast_ballots`)).map(
      (r) => r.receipt,
    );
    expect(physical).toEqual([...physical].sort());
    const roster = (
      await rowsOf<{ column_name: string }>(
        sql`select column_name from information_schema.columns where table_name = 'ballot_voters' order by ordinal_position`,
      )
    ).map((r) => r.column_name);
    expect(roster).toEqual(['ballot_id', 'person_id', 'account_id', 'full_name', 'present', 'token_issued']);
    expect(
      await t.db
        .select()
        .from(people)
        .where(eq(people.id, voters[0]?.personId as string)),
    ).toHaveLength(1);
  });
});
