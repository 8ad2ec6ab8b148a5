/**
 * A ballot run through the API for tests, as ballots.test.ts runs one: the unit of `buildWorld` with
 * four more members, the cycle started, proposed levels on the self-reviews (Ngô Văn Ba HTNV, so not
 * eligible), a mixed ballot with five of six present, three electronic ballots cast through the real
 * blind-signature flow, closed, and the paper count entered.
 *
 * The counts it produces (base: 5 present, more than 50% → 3 agree passes):
 *
 * | candidate       | agree | disagree | blank | result    |
 * |-----------------|-------|----------|-------|-----------|
 * | Trần Văn Trưởng | 3     | 1        | 0     | Đạt       |
 * | Phạm Văn Viên   | 4     | 0        | 0     | Đạt       |
 * | Đỗ Văn Một      | 2     | 2        | 0     | Không đạt |
 * | Lê Thị Hai      | 3     | 0        | 1     | Đạt       |
 * | Phan Thị Sáu    | 2     | 1        | 1     | Không đạt |
 *
 * Ballots: electronic 3 issued, 3 cast, 3 valid; paper 2 issued, 2 returned, 1 valid, 1 invalid.
 */
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { b64, blindToken, finishToken } from '../../../domain/ballot-token.js';
import { reviews } from '../../db/schema/index.js';
import { buildAccount, buildPerson, type buildWorld, login } from '../../test/factories.js';
import type { TestApp } from '../../test/harness.js';

type World = Awaited<ReturnType<typeof buildWorld>>;
export interface Voter {
  personId: string;
  cookie: string;
  name: string;
}

export const EXTRA_MEMBERS = ['Đỗ Văn Một', 'Lê Thị Hai', 'Ngô Văn Ba', 'Phan Thị Sáu'] as const;
/** Not eligible: proposed HTNV. */
export const INELIGIBLE = 'Ngô Văn Ba';
/** Not present. */
export const ABSENT = 'Phan Thị Sáu';

export function ballotApi(t: TestApp) {
  return (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
}

/** The unit's members with accounts, the cycle started, proposed levels set. */
export async function ballotUnit(t: TestApp, w: World, year = 2024) {
  const api = ballotApi(t);
  const voters: Voter[] = [
    { personId: w.people.headPerson.id, cookie: w.cookies.head, name: w.people.headPerson.fullName },
    { personId: w.people.staffPerson.id, cookie: w.cookies.staff, name: w.people.staffPerson.fullName },
  ];
  for (const name of EXTRA_MEMBERS) {
    const p = await buildPerson(t.db, w.agency.id, w.units.unit.id, { fullName: name });
    const a = await buildAccount(t.db, w.agency.id, { personId: p.id });
    voters.push({ personId: p.id, cookie: await login(t.app, a.username), name });
  }
  const created = await api('POST', '/api/cycles', w.cookies.secretary, { year });
  expect(created.statusCode, created.body).toBe(201);
  const cycleId: string = created.json().id;
  const started = await api('POST', `/api/cycles/${cycleId}/start`, w.cookies.secretary, { version: 1 });
  expect(started.statusCode, started.body).toBe(200);
  for (const v of voters) {
    await t.db
      .update(reviews)
      .set({ proposedLevel: v.name === INELIGIBLE ? 'HTNV' : 'HTTNV', state: 'submitted' })
      .where(eq(reviews.personId, v.personId));
  }
  return { cycleId, voters };
}

/** A ballot of the unit prepared, the roll taken (everyone but the absent member) and opened. */
export async function openedBallot(t: TestApp, w: World, cycleId: string, voters: Voter[], mode = 'mixed') {
  const api = ballotApi(t);
  const created = await api('POST', '/api/ballots', w.cookies.head, {
    cycleId,
    unitId: w.units.unit.id,
    mode,
  });
  expect(created.statusCode, created.body).toBe(201);
  const ballotId: string = created.json().id;
  for (const v of voters.filter((x) => x.name !== ABSENT)) {
    const res = await api('PUT', `/api/ballots/${ballotId}/presence`, w.cookies.head, {
      personId: v.personId,
      present: true,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const b = (await api('GET', `/api/ballots/${ballotId}`, w.cookies.head)).json();
  const opened = await api('POST', `/api/ballots/${ballotId}/open`, w.cookies.head, { version: b.version });
  expect(opened.statusCode, opened.body).toBe(200);
  return ballotId;
}

/** One member's ballot: a blind-signed token, then an anonymous cast. */
export async function vote(t: TestApp, ballotId: string, cookie: string, choices: Record<string, string>) {
  const api = ballotApi(t);
  const key = b64.decode((await api('GET', `/api/ballots/${ballotId}`, cookie)).json().publicKey);
  const pending = await blindToken(key);
  const res = await api('POST', `/api/ballots/${ballotId}/token`, cookie, {
    blindedMessage: b64.encode(pending.blindedMsg),
  });
  expect(res.statusCode, res.body).toBe(200);
  const signature = await finishToken(key, pending, b64.decode(res.json().blindSignature));
  const cast = await api('POST', `/api/ballots/${ballotId}/cast`, undefined, {
    token: b64.encode(pending.token),
    signature: b64.encode(signature),
    choices,
  });
  expect(cast.statusCode, cast.body).toBe(200);
}

/** The whole mixed ballot of the table above, closed and counted. */
export async function closedMixedBallot(t: TestApp, w: World) {
  const api = ballotApi(t);
  const { cycleId, voters } = await ballotUnit(t, w);
  const ballotId = await openedBallot(t, w, cycleId, voters);
  const b = (await api('GET', `/api/ballots/${ballotId}`, w.cookies.head)).json();
  const id = (name: string) => b.candidates.find((c: { name: string }) => c.name === name)?.id as string;
  const [truong, vien, mot, hai, sau] = [
    w.people.headPerson.fullName,
    w.people.staffPerson.fullName,
    'Đỗ Văn Một',
    'Lê Thị Hai',
    'Phan Thị Sáu',
  ].map(id) as [string, string, string, string, string];
  const cookieOf = (name: string) => voters.find((v) => v.name === name)?.cookie as string;
  // Electronic: the head, the staff member and Đỗ Văn Một.
  await vote(t, ballotId, cookieOf(w.people.headPerson.fullName), {
    [truong]: 'agree',
    [vien]: 'agree',
    [mot]: 'agree',
    [hai]: 'agree',
    [sau]: 'agree',
  });
  await vote(t, ballotId, cookieOf(w.people.staffPerson.fullName), {
    [truong]: 'disagree',
    [vien]: 'agree',
    [mot]: 'agree',
    [hai]: 'agree',
    [sau]: 'agree',
  });
  await vote(t, ballotId, cookieOf('Đỗ Văn Một'), {
    [truong]: 'agree',
    [vien]: 'agree',
    [mot]: 'disagree',
    [sau]: 'disagree',
  });
  let version = (await api('GET', `/api/ballots/${ballotId}`, w.cookies.head)).json().version;
  const closed = await api('POST', `/api/ballots/${ballotId}/close`, w.cookies.head, { version });
  expect(closed.statusCode, closed.body).toBe(200);
  version = closed.json().version;
  // Paper: Lê Thị Hai and Ngô Văn Ba; one valid, one spoilt.
  const paper = await api('PUT', `/api/ballots/${ballotId}/paper`, w.cookies.head, {
    version,
    paper: {
      issued: 2,
      returned: 2,
      valid: 1,
      invalid: 1,
      agree: { [truong]: 1, [vien]: 1, [hai]: 1 },
      disagree: { [mot]: 1 },
    },
  });
  expect(paper.statusCode, paper.body).toBe(200);
  return { cycleId, voters, ballotId, candidateIds: { truong, vien, mot, hai, sau } };
}
