import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
  const c = await t.app.inject({
    method: 'POST',
    url: '/api/cycles',
    payload: { year: 2024 },
    headers: { cookie: w.cookies.secretary },
  });
  await t.app.inject({
    method: 'POST',
    url: `/api/cycles/${c.json().id}/start`,
    payload: { version: 1 },
    headers: { cookie: w.cookies.secretary },
  });
});
afterAll(() => t.close());

const feedPath = async (cookie: string) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/me/calendar', headers: { cookie } });
  expect(res.statusCode).toBe(201);
  return res.json().path as string;
};

describe('the deadline calendar feed (ICS)', () => {
  it('serves the secretary the agency and unit deadlines of the running cycle, without a cookie', async () => {
    const path = await feedPath(w.cookies.secretary);
    const res = await t.app.inject({ method: 'GET', url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).toContain('BEGIN:VCALENDAR');
    expect(res.body).toContain('X-WR-CALNAME:Hạn chót — Kỳ đánh giá năm 2024');
    expect(res.body).toContain('DTSTART;VALUE=DATE:20241025');
    expect(res.body).toContain('DTSTART;VALUE=DATE:20241108');
    expect(res.body).toContain('DTSTART;VALUE=DATE:20241212\r\nDTEND;VALUE=DATE:20241216');
  });

  it('gives ordinary staff only their unit’s deadlines', async () => {
    const body = (await t.app.inject({ method: 'GET', url: await feedPath(w.cookies.staff) })).body;
    expect(body).toContain('DTSTART;VALUE=DATE:20241105');
    expect(body).not.toContain('DTSTART;VALUE=DATE:20241108');
    expect(body.replace(/\r\n /g, '')).toContain('Đơn vị: Phòng Tổng hợp');
  });

  it('revokes the old link when a new one is made; unknown or malformed links get 404/400', async () => {
    const old = await feedPath(w.cookies.head);
    const fresh = await feedPath(w.cookies.head);
    expect((await t.app.inject({ method: 'GET', url: old })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: fresh })).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics' }))
        .statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/x.ics' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/me/calendar' })).statusCode).toBe(401);
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/audit?entityId=${w.accounts.head.id}&action=account.calendar_token_created`,
      headers: { cookie: w.cookies.secretary },
    });
    expect(audit.json().items).toHaveLength(2);
  });
});
