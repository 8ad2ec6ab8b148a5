/**
 * Contract checks across every API route: no session → 401, wrong role → 403, malformed input →
 * 400 with field paths, and never an SQL text, parameter or stack in any error response.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
});
afterAll(() => t.close());

const ZERO = '00000000-0000-4000-8000-000000000000';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Every guarded route, with a malformed request for it. */
/** `by`: who sends the malformed request (default the administrator, who may call nearly everything). */
const ROUTES: {
  method: Method;
  url: string;
  bad: { url?: string; body?: object };
  staffMay?: boolean;
  by?: 'secretary';
}[] = [
  { method: 'GET', url: '/api/me', bad: {}, staffMay: true },
  { method: 'POST', url: '/api/me/password', bad: { body: { currentPassword: '' } }, staffMay: true },
  { method: 'POST', url: '/api/auth/logout', bad: {}, staffMay: true },
  { method: 'GET', url: '/api/agency', bad: {}, staffMay: true },
  { method: 'PUT', url: '/api/agency', bad: { body: { version: 'một' } } },
  { method: 'GET', url: '/api/units', bad: {}, staffMay: true },
  { method: 'POST', url: '/api/units', bad: { body: { kind: 'x' } } },
  {
    method: 'PATCH',
    url: `/api/units/${ZERO}`,
    bad: { url: '/api/units/khong-phai-uuid', body: { version: 1 } },
  },
  { method: 'GET', url: '/api/people', bad: { url: '/api/people?pageSize=100000' }, staffMay: true },
  { method: 'GET', url: `/api/people/${ZERO}`, bad: { url: '/api/people/123' }, staffMay: true },
  { method: 'POST', url: '/api/people', bad: { body: { gender: 'khac' } } },
  { method: 'PUT', url: `/api/people/${ZERO}`, bad: { body: { version: 0, person: {} } } },
  {
    method: 'POST',
    url: `/api/people/${ZERO}/leaves`,
    bad: { body: { version: 1, value: { kind: 'nghi' } } },
  },
  {
    method: 'DELETE',
    url: `/api/people/${ZERO}/leaves/${ZERO}?version=1`,
    bad: { url: `/api/people/${ZERO}/leaves/x?version=a` },
  },
  { method: 'POST', url: `/api/people/${ZERO}/disciplines`, bad: { body: { version: 1, value: {} } } },
  {
    method: 'DELETE',
    url: `/api/people/${ZERO}/disciplines/${ZERO}?version=1`,
    bad: { url: `/api/people/${ZERO}/disciplines/${ZERO}` },
  },
  {
    method: 'POST',
    url: `/api/people/${ZERO}/transfers`,
    bad: { body: { version: 1, value: { monthsThere: -1 } } },
  },
  {
    method: 'DELETE',
    url: `/api/people/${ZERO}/transfers/${ZERO}?version=1`,
    bad: { url: `/api/people/${ZERO}/transfers/${ZERO}?version=0` },
  },
  {
    method: 'GET',
    url: '/api/people/import/template',
    bad: { url: '/api/people/import/template?format=pdf' },
  },
  { method: 'POST', url: '/api/people/import?dryRun=true', bad: { url: '/api/people/import?dryRun=maybe' } },
  { method: 'GET', url: '/api/audit', bad: { url: '/api/audit?pageSize=0' } },
  { method: 'POST', url: '/api/audit/verify', bad: {} },
  { method: 'GET', url: '/api/accounts', bad: {} },
  { method: 'POST', url: '/api/accounts', bad: { body: { username: 'A B' } } },
  { method: 'PUT', url: `/api/accounts/${ZERO}/grants`, bad: { body: { version: 1, grants: ['vua'] } } },
  {
    method: 'POST',
    url: `/api/accounts/${ZERO}/reset-password`,
    bad: { url: '/api/accounts/x/reset-password' },
  },
  { method: 'PUT', url: `/api/accounts/${ZERO}/disabled`, bad: { body: { version: 1, disabled: 'có' } } },
  { method: 'GET', url: '/api/documents/kinds', bad: {} },
  { method: 'GET', url: '/api/documents', bad: { url: '/api/documents?state=cu' } },
  { method: 'POST', url: '/api/documents', bad: { body: { kind: '' } } },
  { method: 'POST', url: '/api/documents/people-list', bad: { body: { unitId: 'x' } } },
  { method: 'GET', url: `/api/documents/${ZERO}`, bad: { url: `/api/documents/${ZERO}?format=odt` } },
  { method: 'POST', url: `/api/documents/${ZERO}/issue`, bad: { body: { date: '05/11/2024' } } },
  { method: 'POST', url: `/api/documents/${ZERO}/regenerate`, bad: { url: '/api/documents/x/regenerate' } },
  { method: 'POST', url: '/api/documents/bundle', bad: { body: { ids: [] } } },
  { method: 'GET', url: '/api/cycles', bad: {}, staffMay: true },
  { method: 'POST', url: '/api/cycles', bad: { body: { year: 'năm nay' } } },
  { method: 'GET', url: `/api/cycles/${ZERO}`, bad: { url: '/api/cycles/2024' }, staffMay: true },
  { method: 'POST', url: `/api/cycles/${ZERO}/steps`, bad: { body: { code: 'Có Dấu' } } },
  {
    method: 'PATCH',
    url: `/api/cycles/${ZERO}/steps/${ZERO}`,
    bad: { body: { version: 1, deadline: '31/12/2024' } },
  },
  { method: 'DELETE', url: `/api/cycles/${ZERO}/steps/${ZERO}`, bad: { url: `/api/cycles/${ZERO}/steps/x` } },
  { method: 'POST', url: `/api/cycles/${ZERO}/start`, bad: { body: {} } },
  { method: 'POST', url: `/api/cycles/${ZERO}/close`, bad: { body: { version: -1 } } },
  { method: 'POST', url: `/api/cycles/${ZERO}/plan-document`, bad: { body: { preamble: 'một chuỗi' } } },
  {
    method: 'GET',
    url: `/api/cycles/${ZERO}/progress`,
    bad: { url: '/api/cycles/x/progress' },
    staffMay: true,
  },
  {
    method: 'PUT',
    url: `/api/cycles/${ZERO}/steps/${ZERO}/progress`,
    bad: { body: { unitId: null, done: 'rồi' } },
    staffMay: true,
  },
  { method: 'GET', url: '/api/me/tasks', bad: {}, staffMay: true },
  { method: 'POST', url: '/api/me/calendar', bad: {}, staffMay: true },
  { method: 'GET', url: '/api/questions', bad: { url: '/api/questions?state=xong' }, staffMay: true },
  { method: 'POST', url: '/api/questions', bad: { body: { subject: '' } } },
  { method: 'POST', url: `/api/questions/${ZERO}/forward`, bad: { body: {} }, by: 'secretary' },
  { method: 'POST', url: `/api/questions/${ZERO}/answer`, bad: { body: { version: 1 } }, by: 'secretary' },
  { method: 'POST', url: `/api/questions/${ZERO}/publish`, bad: { body: { version: 1 } }, by: 'secretary' },
  { method: 'GET', url: '/api/notifications', bad: { url: '/api/notifications?unread=co' }, staffMay: true },
  { method: 'POST', url: '/api/notifications/read', bad: { body: { ids: [] } }, staffMay: true },
  { method: 'POST', url: '/api/reminders/sweep', bad: {} },
  { method: 'GET', url: `/api/cycles/${ZERO}/forms`, bad: { url: '/api/cycles/x/forms' }, staffMay: true },
  { method: 'PUT', url: `/api/cycles/${ZERO}/forms/VP_M01`, bad: { body: { version: 1, definition: {} } } },
  { method: 'POST', url: `/api/cycles/${ZERO}/reviews/assign`, bad: { url: '/api/cycles/x/reviews/assign' } },
  {
    method: 'GET',
    url: `/api/cycles/${ZERO}/reviews`,
    bad: { url: `/api/cycles/${ZERO}/reviews?state=xong` },
    staffMay: true,
  },
  { method: 'POST', url: `/api/cycles/${ZERO}/reviews`, bad: { body: { formCode: 'M99' } } },
  { method: 'GET', url: '/api/me/reviews', bad: {}, staffMay: true },
  { method: 'GET', url: `/api/reviews/${ZERO}`, bad: { url: '/api/reviews/1' }, staffMay: true },
  { method: 'PUT', url: `/api/reviews/${ZERO}`, bad: { body: { version: 1, answers: [] } }, staffMay: true },
  { method: 'POST', url: `/api/reviews/${ZERO}/submit`, bad: { body: {} }, staffMay: true },
  { method: 'POST', url: `/api/reviews/${ZERO}/return`, bad: { body: { version: 'x' } }, staffMay: true },
  { method: 'POST', url: `/api/reviews/${ZERO}/reopen`, bad: { body: {} }, staffMay: true },
  { method: 'POST', url: `/api/reviews/${ZERO}/finalise`, bad: { body: {} }, staffMay: true },
  {
    method: 'PUT',
    url: `/api/reviews/${ZERO}/scores`,
    bad: { body: { version: 1, column: 'self' } },
    staffMay: true,
  },
  {
    method: 'GET',
    url: `/api/reviews/${ZERO}/document?format=docx`,
    bad: { url: `/api/reviews/${ZERO}/document?format=xls` },
    staffMay: true,
  },
  { method: 'POST', url: `/api/reviews/${ZERO}/waive`, bad: { body: { version: 1, reason: '' } } },
  { method: 'POST', url: `/api/cycles/${ZERO}/suggestions`, bad: { body: { text: 'ab' } }, staffMay: true },
  { method: 'POST', url: `/api/suggestions/${ZERO}/answer`, bad: { body: { version: 1 } }, staffMay: true },
  { method: 'GET', url: '/api/results/import/template', bad: {} },
  { method: 'POST', url: '/api/results/import', bad: { url: '/api/results/import?dryRun=co' } },
  {
    method: 'GET',
    url: `/api/people/${ZERO}/results`,
    bad: { url: '/api/people/1/results' },
    staffMay: true,
  },
  { method: 'POST', url: '/api/ballots', bad: { body: { mode: 'giay' } }, staffMay: true },
  { method: 'GET', url: `/api/ballots/${ZERO}`, bad: { url: '/api/ballots/1' }, staffMay: true },
  { method: 'PUT', url: `/api/ballots/${ZERO}/presence`, bad: { body: { present: 'co' } }, staffMay: true },
  { method: 'POST', url: `/api/ballots/${ZERO}/open`, bad: { body: {} }, staffMay: true },
  {
    method: 'POST',
    url: `/api/ballots/${ZERO}/token`,
    bad: { body: { blindedMessage: '%%' } },
    staffMay: true,
  },
  { method: 'POST', url: `/api/ballots/${ZERO}/close`, bad: { body: {} }, staffMay: true },
  {
    method: 'PUT',
    url: `/api/ballots/${ZERO}/paper`,
    bad: { body: { version: 1, paper: {} } },
    staffMay: true,
  },
  {
    method: 'GET',
    url: `/api/ballots/${ZERO}/result`,
    bad: { url: '/api/ballots/x/result' },
    staffMay: true,
  },
  {
    method: 'GET',
    url: `/api/ballots/${ZERO}/minutes`,
    bad: { url: `/api/ballots/${ZERO}/minutes?format=xls` },
    staffMay: true,
  },
  {
    method: 'GET',
    url: `/api/meetings/${ZERO}/minutes`,
    bad: { url: `/api/meetings/${ZERO}/minutes?format=xls` },
    staffMay: true,
  },
];

const LEAK = /select |insert |update |delete from|drizzle|postgres|pglite|\.ts:\d|at [\w.<>]+ \(|stack/i;

function expectErrorShape(body: string, code: string) {
  const parsed = JSON.parse(body);
  expect(parsed.error.code).toBe(code);
  expect(typeof parsed.error.message).toBe('string');
  expect(Array.isArray(parsed.error.details)).toBe(true);
  expect(body).not.toMatch(LEAK);
}

describe('every guarded route', () => {
  it('is in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const r of ROUTES) {
      const path = r.url
        .split('?')[0]
        ?.replaceAll(ZERO, '{x}')
        .replace(/\/VP_M01$/, '/{x}') as string;
      const documented = Object.keys(doc.paths).some(
        (p) => p.replace(/\{[^}]+\}/g, '{x}') === path && doc.paths[p][r.method.toLowerCase()],
      );
      expect(documented, `${r.method} ${path}`).toBe(true);
    }
  });

  it.each(ROUTES)('$method $url answers 401 without a session', async (r) => {
    const res = await t.app.inject({ method: r.method, url: r.url, payload: r.bad.body ?? {} });
    expect(res.statusCode).toBe(401);
    expectErrorShape(res.body, 'unauthenticated');
  });

  it.each(ROUTES.filter((r) => !r.staffMay))(
    '$method $url answers 403 to ordinary staff, before validation',
    async (r) => {
      const res = await t.app.inject({
        method: r.method,
        url: r.bad.url ?? r.url,
        payload: r.bad.body ?? {},
        headers: { cookie: w.cookies.staff },
      });
      expect(res.statusCode).toBe(403);
      expectErrorShape(res.body, 'forbidden');
    },
  );

  it.each(ROUTES.filter((r) => r.bad.url || r.bad.body))(
    '$method $url answers 400 with field paths to malformed input',
    async (r) => {
      const res = await t.app.inject({
        method: r.method,
        url: r.bad.url ?? r.url,
        payload: r.bad.body ?? {},
        headers: { cookie: r.by === 'secretary' ? w.cookies.secretary : w.cookies.admin },
      });
      expect(res.statusCode).toBe(400);
      expectErrorShape(res.body, 'validation');
    },
  );
});
