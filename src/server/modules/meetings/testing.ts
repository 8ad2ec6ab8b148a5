/**
 * A six-person unit ready for its review meeting, for tests: the head (Trần Văn Trưởng), a deputy
 * (Đỗ Văn Một), and four staff — Phạm Văn Viên, Lê Thị Hai (the meeting's secretary), Ngô Văn Ba and
 * Phan Thị Sáu — each with an account; the cycle started; every self-review handed in proposing
 * HTTNV, the head's proposing HTXSNV. The HCQT secretary (Lê Thị Thư Ký) is the invited guest.
 */
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { reviews } from '../../db/schema/index.js';
import { buildAccount, buildPerson, type buildWorld, login } from '../../test/factories.js';
import type { TestApp } from '../../test/harness.js';

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
