/**
 * A six-person unit ready for its review meeting, for tests: the head (Trần Văn Trưởng), a deputy
 * (Đỗ Văn Một), and four staff — Phạm Văn Viên, Lê Thị Hai (the meeting's secretary), Ngô Văn Ba and
 * Phan Thị Sáu — each with an account; the cycle started; every self-review handed in proposing
 * HTTNV, the head's proposing HTXSNV, and the collective report handed in. The HCQT secretary (Lê Thị Thư Ký) is the invited guest.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { expect } from 'vitest';
import { reviews } from '../../db/schema/index.js';
import { buildAccount, buildPerson, type buildWorld, login } from '../../test/factories.js';
import type { TestApp } from '../../test/harness.js';
import { vote } from '../ballots/testing.js';

type World = Awaited<ReturnType<typeof buildWorld>>;
export interface Member {
  personId: string;
  cookie: string;
  name: string;
}

export function meetingApi(t: TestApp) {
  return (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
}

export async function meetingUnit(t: TestApp, w: World, year = 2024) {
  const api = meetingApi(t);
  const members: Member[] = [
    { personId: w.people.headPerson.id, cookie: w.cookies.head, name: w.people.headPerson.fullName },
    { personId: w.people.staffPerson.id, cookie: w.cookies.staff, name: w.people.staffPerson.fullName },
  ];
  for (const [name, rank] of [
    ['Đỗ Văn Một', 'deputy'],
    ['Lê Thị Hai', 'none'],
    ['Ngô Văn Ba', 'none'],
    ['Phan Thị Sáu', 'none'],
  ] as const) {
    const p = await buildPerson(t.db, w.agency.id, w.units.unit.id, { fullName: name, leadershipRank: rank });
    const a = await buildAccount(t.db, w.agency.id, { personId: p.id });
    members.push({ personId: p.id, cookie: await login(t.app, a.username), name });
  }
  const created = await api('POST', '/api/cycles', w.cookies.secretary, { year });
  expect(created.statusCode, created.body).toBe(201);
  const cycleId: string = created.json().id;
  const started = await api('POST', `/api/cycles/${cycleId}/start`, w.cookies.secretary, { version: 1 });
  expect(started.statusCode, started.body).toBe(200);
  for (const m of members) {
    await t.db
      .update(reviews)
      .set({ proposedLevel: m.name === 'Trần Văn Trưởng' ? 'HTXSNV' : 'HTTNV', state: 'submitted' })
      .where(eq(reviews.personId, m.personId));
  }
  // The head has handed in the collective report.
  await t.db
    .update(reviews)
    .set({ state: 'submitted' })
    .where(and(isNull(reviews.personId), eq(reviews.unitId, w.units.unit.id)));
  const by = (name: string) => members.find((m) => m.name === name) as Member;
  return {
    cycleId,
    members,
    head: by('Trần Văn Trưởng'),
    deputy: by('Đỗ Văn Một'),
    secretary: by('Lê Thị Hai'),
    staff: by('Phạm Văn Viên'),
    by,
  };
}

type Unit = Awaited<ReturnType<typeof meetingUnit>>;

/** The unit meeting's preparation: Phòng họp số 2 at 08:00 on 04/11/2024, Lê Thị Hai as secretary, the HCQT secretary as guest. */
export function meetingPrep(w: World, u: Unit) {
  return {
    cycleId: u.cycleId,
    unitId: w.units.unit.id,
    startsAt: '2024-11-04T08:00:00+07:00',
    place: 'Phòng họp số 2',
    secretaryPersonId: u.secretary.personId,
    guestPersonIds: [w.people.secretaryPerson.id],
  };
}

/** Requests on one meeting as the tests make them, each expected to succeed. */
function meetingSteps(t: TestApp, w: World, u: Unit, id: string) {
  const api = meetingApi(t);
  const view = async () => {
    const res = await api('GET', `/api/meetings/${id}`, w.cookies.head);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const post = async (path: string, payload: object, cookie = u.secretary.cookie) => {
    const res = await api('POST', `/api/meetings/${id}${path}`, cookie, payload);
    expect(res.statusCode, `${path}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const go = async (position: number) => post('/item', { version: (await view()).version, position });
  return { api, view, post, go };
}

/** The unit meeting prepared by the head with `meetingPrep`; its id. */
export async function preparedUnitMeeting(t: TestApp, w: World, u: Unit): Promise<string> {
  const created = await meetingApi(t)('POST', '/api/meetings', w.cookies.head, meetingPrep(w, u));
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

/**
 * The prepared meeting started and its collective report done: the roll taken (Phan Thị Sáu absent,
 * "Nghỉ phép"; the guest by QR code), Phạm Văn Viên's comment "Báo cáo đầy đủ.", the approval vote
 * 5/0/0, the head's conclusion (Hoàn thành kế hoạch / Còn chậm báo cáo).
 */
export async function startedUnitMeeting(t: TestApp, w: World, u: Unit, id: string) {
  const { view, post } = meetingSteps(t, w, u, id);
  for (const m of [u.head, u.deputy, u.secretary, u.staff, u.by('Ngô Văn Ba')]) {
    await post('/attendance', { personId: m.personId, present: true }, w.cookies.head);
  }
  await post('/attendance', {
    personId: u.by('Phan Thị Sáu').personId,
    present: false,
    absenceReason: 'Nghỉ phép',
  });
  await post('/check-in', { code: (await view()).checkinCode }, w.cookies.secretary);
  await post('/start', { version: (await view()).version });
  await post('/entries', { kind: 'comment', speakerPersonId: u.staff.personId, text: 'Báo cáo đầy đủ.' });
  await post('/votes', { purpose: 'report_approval', agree: 5, disagree: 0, abstain: 0 });
  await post(
    '/entries',
    { kind: 'conclusion', strengths: 'Hoàn thành kế hoạch', weaknesses: 'Còn chậm báo cáo', text: '' },
    w.cookies.head,
  );
}

/**
 * The started meeting taken to its end: the head's review chaired by the deputy (a comment, the
 * conclusion, HTXSNV over the quota with a reason, the head accepting), the deputy's (a comment
 * corrected from "… chưa tốt." to "… hoàn thành tốt."), everyone else HTTNV (Ngô Văn Ba objecting to
 * his conclusion), the electronic ballot with three ballots cast — all agree but Phạm Văn Viên's
 * disagree for Đỗ Văn Một — the minutes approved 5/0/0 and the meeting ended. Returns the ballot's id.
 */
export async function endedUnitMeeting(t: TestApp, w: World, u: Unit, id: string): Promise<string> {
  const { api, view, post, go } = meetingSteps(t, w, u, id);
  type Item = { position: number; kind: string; subject: { fullName: string } | null };
  const items: Item[] = (await view()).items;
  const positionOf = (name: string) => items.find((i) => i.subject?.fullName === name)?.position as number;
  const itemOf = (kind: string) => items.find((i) => i.kind === kind) as Item;

  await go(positionOf('Trần Văn Trưởng'));
  await post('/entries', {
    kind: 'comment',
    speakerPersonId: u.staff.personId,
    text: 'Đồng chí trưởng phòng gương mẫu.',
  });
  await post('/entries', { kind: 'conclusion', strengths: 'Gương mẫu', weaknesses: 'Chưa có', text: '' });
  await post('/proposals', { level: 'HTXSNV', reason: 'Đơn vị hoàn thành vượt kế hoạch.' });
  await post('/responses', { itemPosition: positionOf('Trần Văn Trưởng'), accepts: true }, u.head.cookie);

  await go(positionOf('Đỗ Văn Một'));
  const wrong = await post('/entries', {
    kind: 'comment',
    speakerPersonId: u.staff.personId,
    text: 'Đồng chí phó phòng chưa tốt.',
  });
  await post('/entries', {
    kind: 'comment',
    speakerPersonId: u.staff.personId,
    text: 'Đồng chí phó phòng hoàn thành tốt.',
    corrects: wrong.id,
  });
  for (const item of items.filter((i) => i.kind === 'person')) {
    const name = item.subject?.fullName;
    if (name === 'Trần Văn Trưởng') continue;
    if (name !== 'Đỗ Văn Một') await go(item.position);
    await post('/entries', {
      kind: 'conclusion',
      strengths: 'Tích cực',
      weaknesses: 'Chưa chủ động',
      text: '',
    });
    await post('/proposals', { level: 'HTTNV' });
    if (name === 'Ngô Văn Ba')
      await post('/responses', {
        itemPosition: item.position,
        accepts: false,
        text: 'Tôi đã chủ động đề xuất nhiều việc',
      });
  }

  await go(itemOf('ballot').position);
  const ballotId: string = (await post('/ballot', { mode: 'electronic' })).id;
  const opened = await api('POST', `/api/ballots/${ballotId}/open`, u.secretary.cookie, { version: 1 });
  expect(opened.statusCode, opened.body).toBe(200);
  const ballot = (await api('GET', `/api/ballots/${ballotId}`, u.secretary.cookie)).json();
  const eligible: { id: string; name: string }[] = ballot.candidates.filter(
    (c: { eligible: boolean }) => c.eligible,
  );
  for (const voter of [u.head, u.staff, u.secretary]) {
    const disagree = (name: string) => voter === u.staff && name === 'Đỗ Văn Một';
    await vote(
      t,
      ballotId,
      voter.cookie,
      Object.fromEntries(eligible.map((c) => [c.id, disagree(c.name) ? 'disagree' : 'agree'])),
    );
  }
  const closed = await api('POST', `/api/ballots/${ballotId}/close`, u.secretary.cookie, {
    version: opened.json().version,
  });
  expect(closed.statusCode, closed.body).toBe(200);

  await go(itemOf('minutes').position);
  await post('/votes', { purpose: 'minutes_approval', agree: 5, disagree: 0, abstain: 0 });
  await post('/end', { version: (await view()).version });
  return ballotId;
}
