import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildWorld, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | undefined, payload?: object) =>
  t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });

describe('account administration', () => {
  it('is for the system administrator only', async () => {
    for (const cookie of [w.cookies.secretary, w.cookies.head, w.cookies.staff]) {
      expect((await req('GET', '/api/accounts', cookie)).statusCode).toBe(403);
      expect((await req('POST', '/api/accounts', cookie, {})).statusCode).toBe(403);
    }
    const res = await req('GET', '/api/accounts', w.cookies.admin);
    expect(res.statusCode).toBe(200);
    const sec = res.json().items.find((a: { id: string }) => a.id === w.accounts.secretary.id);
    expect(sec).toMatchObject({
      grants: ['secretary'],
      unitName: 'Phòng Hành chính - Quản trị',
      disabled: false,
    });
  });

  it('creates an account for a person with a temporary password that works, once per person', async () => {
    const p = await buildPerson(t.db, w.agency.id, w.units.unit.id, { fullName: 'Hồ Thị Mới' });
    const res = await req('POST', '/api/accounts', w.cookies.admin, { personId: p.id, username: 'Ho.Moi' });
    expect(res.statusCode).toBe(201);
    expect(res.json().username).toBe('ho.moi');
    await login(t.app, 'ho.moi', res.json().temporaryPassword);
    const again = await req('POST', '/api/accounts', w.cookies.admin, {
      personId: p.id,
      username: 'ho.moi2',
    });
    expect(again.statusCode).toBe(409);
    const bad = await req('POST', '/api/accounts', w.cookies.admin, { personId: p.id, username: 'có dấu' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.username');
  });

  it('grants the secretary role, which takes effect on the next request, with stale-version protection', async () => {
    const before = await req('GET', '/api/me', w.cookies.staff);
    expect(before.json().permissions).not.toContain('people.import');
    const res = await req('PUT', `/api/accounts/${w.accounts.staff.id}/grants`, w.cookies.admin, {
      version: 1,
      grants: ['secretary'],
    });
    expect(res.statusCode).toBe(200);
    expect((await req('GET', '/api/me', w.cookies.staff)).json().permissions).toContain('people.import');
    const stale = await req('PUT', `/api/accounts/${w.accounts.staff.id}/grants`, w.cookies.admin, {
      version: 1,
      grants: [],
    });
    expect(stale.statusCode).toBe(409);
    const selfDemote = await req('PUT', `/api/accounts/${w.accounts.admin.id}/grants`, w.cookies.admin, {
      version: 1,
      grants: [],
    });
    expect(selfDemote.statusCode).toBe(400);
    const audit = await req(
      'GET',
      `/api/audit?entityId=${w.accounts.staff.id}&action=account.grants_changed`,
      w.cookies.admin,
    );
    expect(audit.json().items[0].changes).toEqual({ grants: [[], ['secretary']] });
  });

  it('resets a password (closing sessions) and disables an account', async () => {
    const cookie = await login(t.app, w.accounts.head.username);
    const reset = await req('POST', `/api/accounts/${w.accounts.head.id}/reset-password`, w.cookies.admin);
    expect(reset.statusCode).toBe(200);
    expect((await req('GET', '/api/me', cookie)).statusCode).toBe(401);
    const fresh = await login(t.app, w.accounts.head.username, reset.json().temporaryPassword);
    const off = await req('PUT', `/api/accounts/${w.accounts.head.id}/disabled`, w.cookies.admin, {
      version: 2,
      disabled: true,
    });
    expect(off.statusCode).toBe(200);
    expect((await req('GET', '/api/me', fresh)).statusCode).toBe(401);
    const denied = await req('POST', '/api/auth/login', undefined, {
      username: w.accounts.head.username,
      password: reset.json().temporaryPassword,
    });
    expect(denied.statusCode).toBe(401);
    const selfOff = await req('PUT', `/api/accounts/${w.accounts.admin.id}/disabled`, w.cookies.admin, {
      version: 1,
      disabled: true,
    });
    expect(selfOff.statusCode).toBe(400);
  });
});

describe('PUT /api/agency', () => {
  it('lets the administrator edit the names used in documents, audited, with version check', async () => {
    const a = (await req('GET', '/api/agency', w.cookies.admin)).json();
    expect(a.canEdit).toBe(true);
    const body = {
      version: a.version,
      name: 'Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi',
      shortName: 'Văn phòng UBND tỉnh',
      issuingBodyName: 'VĂN PHÒNG UBND TỈNH',
      parentBodyName: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      documentCode: 'vp',
      placeName: 'Quảng Ngãi',
    };
    expect((await req('PUT', '/api/agency', w.cookies.secretary, body)).statusCode).toBe(403);
    const res = await req('PUT', '/api/agency', w.cookies.admin, body);
    expect(res.statusCode).toBe(200);
    const after = (await req('GET', '/api/agency', w.cookies.staff)).json();
    expect(after).toMatchObject({
      documentCode: 'VP',
      parentBodyName: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      canEdit: false,
    });
    expect((await req('PUT', '/api/agency', w.cookies.admin, body)).statusCode).toBe(409);
    const empty = await req('PUT', '/api/agency', w.cookies.admin, {
      ...body,
      version: after.version,
      placeName: ' ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0]).toEqual({
      path: 'body.placeName',
      message: 'Vui lòng nhập địa danh.',
    });
  });
});
