import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string | undefined, payload?: object) =>
  t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });

describe('GET /api/agency and /api/units', () => {
  it('lets every signed-in user see the agency and its units with head and head count', async () => {
    const agency = await req('GET', '/api/agency', w.cookies.staff);
    expect(agency.statusCode).toBe(200);
    expect(agency.json()).toMatchObject({ documentCode: 'VP', placeName: 'Quảng Ngãi' });
    const res = await req('GET', '/api/units', w.cookies.staff);
    expect(res.statusCode).toBe(200);
    const th = res.json().items.find((u: { code: string }) => u.code === 'TH');
    expect(th).toMatchObject({
      name: 'Phòng Tổng hợp',
      kind: 'phong',
      peopleCount: 2,
      headName: 'Trần Văn Trưởng',
    });
    expect(res.json().canEdit).toBe(false);
    expect((await req('GET', '/api/units', w.cookies.secretary)).json().canEdit).toBe(true);
  });

  it('needs a session', async () => {
    expect((await req('GET', '/api/units', undefined)).statusCode).toBe(401);
    expect((await req('GET', '/api/agency', undefined)).statusCode).toBe(401);
  });

  it('never shows another agency’s units', async () => {
    const { buildAgency, buildUnit } = await import('../../test/factories.js');
    const other = await buildAgency(t.db, { name: 'Sở Khác' });
    await buildUnit(t.db, other.id, { name: 'Phòng Bí Mật', code: 'BM' });
    const res = await req('GET', '/api/units', w.cookies.secretary);
    expect(res.json().items.map((u: { name: string }) => u.name)).not.toContain('Phòng Bí Mật');
  });
});

describe('POST /api/units', () => {
  it('creates a unit (audited) for the secretary', async () => {
    const res = await req('POST', '/api/units', w.cookies.secretary, {
      code: 'kt',
      name: ' Phòng  Kinh tế ',
      kind: 'phong',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'KT', name: 'Phòng Kinh tế', version: 1 });
    const audit = await req('GET', `/api/audit?entityId=${res.json().id}`, w.cookies.secretary);
    expect(audit.json().items[0]).toMatchObject({
      action: 'unit.created',
      summary: 'Thêm đơn vị "Phòng Kinh tế".',
    });
  });

  it('refuses staff and unit heads (403) and writes nothing', async () => {
    for (const cookie of [w.cookies.staff, w.cookies.head]) {
      const res = await req('POST', '/api/units', cookie, { code: 'X1', name: 'Phòng X', kind: 'phong' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    const units = (await req('GET', '/api/units', w.cookies.staff)).json().items;
    expect(units.map((u: { code: string }) => u.code)).not.toContain('X1');
  });

  it('validates fields with Vietnamese messages and paths', async () => {
    const res = await req('POST', '/api/units', w.cookies.secretary, {
      code: '',
      name: 'P',
      kind: 'khong-biet',
    });
    expect(res.statusCode).toBe(400);
    const paths = [...new Set(res.json().error.details.map((d: { path: string }) => d.path))].sort();
    expect(paths).toEqual(['body.code', 'body.kind', 'body.name']);
  });

  it('answers a duplicate code with 409 and no SQL in the response', async () => {
    const res = await req('POST', '/api/units', w.cookies.secretary, {
      code: 'TH',
      name: 'Phòng Trùng',
      kind: 'phong',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
    expect(res.json().error.details).toEqual([{ path: 'body.code', message: 'Mã đơn vị này đã có.' }]);
    expect(res.body).not.toMatch(/insert|select|units_agency|constraint|duplicate/i);
  });

  it('refuses an unknown parent', async () => {
    const res = await req('POST', '/api/units', w.cookies.secretary, {
      code: 'CON',
      name: 'Tổ con',
      kind: 'khac',
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.parentId');
  });
});

describe('PATCH /api/units/:id', () => {
  it('edits with the version read, and refuses a stale version with 409 (no silent overwrite)', async () => {
    const id = w.units.unit.id;
    const first = await req('PATCH', `/api/units/${id}`, w.cookies.secretary, {
      version: 1,
      name: 'Phòng Tổng hợp - Thư ký',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const second = await req('PATCH', `/api/units/${id}`, w.cookies.admin, { version: 1, name: 'Tên khác' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('stale_version');
    const units = (await req('GET', '/api/units', w.cookies.staff)).json().items;
    expect(units.find((u: { id: string }) => u.id === id).name).toBe('Phòng Tổng hợp - Thư ký');
    const audit = await req('GET', `/api/audit?entityId=${id}`, w.cookies.secretary);
    expect(audit.json().items[0].changes).toEqual({ name: ['Phòng Tổng hợp', 'Phòng Tổng hợp - Thư ký'] });
  });

  it('refuses a unit as its own parent, an unknown id (404), a malformed id (400), and staff (403)', async () => {
    const id = w.units.hcqt.id;
    expect(
      (await req('PATCH', `/api/units/${id}`, w.cookies.secretary, { version: 1, parentId: id })).statusCode,
    ).toBe(400);
    expect(
      (
        await req('PATCH', '/api/units/00000000-0000-4000-8000-000000000000', w.cookies.secretary, {
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect((await req('PATCH', '/api/units/abc', w.cookies.secretary, { version: 1 })).statusCode).toBe(400);
    expect(
      (await req('PATCH', `/api/units/${id}`, w.cookies.staff, { version: 1, name: 'X' })).statusCode,
    ).toBe(403);
  });
});
