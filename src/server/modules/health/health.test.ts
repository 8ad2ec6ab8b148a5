import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_DB, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('answers ok and names the database engine under test', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: TEST_DB, demo: false, demoAccounts: [] });
  });

  it('answers unknown API paths with the one error shape in Vietnamese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'Không có địa chỉ GET /api/khong-co.', details: [] },
    });
  });

  it('serves the OpenAPI document with the API paths', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    for (const p of [
      '/api/health',
      '/api/auth/login',
      '/api/me',
      '/api/units',
      '/api/people',
      '/api/people/import',
      '/api/audit',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });
});
