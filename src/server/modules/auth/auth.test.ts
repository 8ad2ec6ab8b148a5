import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, sessions } from '../../db/schema/index.js';
import { buildAccount, buildWorld, login, TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers: cookie ? { cookie } : {} });

describe('POST /api/auth/login', () => {
  it('opens a session: httpOnly SameSite cookie, then /api/me tells roles and permissions', async () => {
    const res = await post('/api/auth/login', {
      username: w.accounts.secretary.username,
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/bx_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: w.cookies.secretary },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: w.accounts.secretary.username,
      roles: ['secretary', 'staff'],
    });
    expect(me.json().permissions).toContain('people.import');
    expect(me.json().permissions).not.toContain('audit.verify');
  });

  it('derives the unit head role from the position and gives staff only read permissions', async () => {
    const head = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: w.cookies.head } });
    expect(head.json().roles).toEqual(['unit_head', 'staff']);
    const staff = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: w.cookies.staff } });
    expect(staff.json().roles).toEqual(['staff']);
    expect(staff.json().permissions).toEqual(['org.view', 'people.viewAll', 'cycles.view']);
  });

  it('accepts the username in any case and with spaces around it', async () => {
    const res = await post('/api/auth/login', {
      username: `  ${w.accounts.staff.username.toUpperCase()} `,
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a wrong password or an unknown user with the same Vietnamese message', async () => {
    const wrong = await post('/api/auth/login', {
      username: w.accounts.staff.username,
      password: 'sai-mat-khau',
    });
    const unknown = await post('/api/auth/login', { username: 'khong-ton-tai', password: 'x' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.');
    // The next good sign-in resets the failure count.
    await login(t.app, w.accounts.staff.username);
    const [acc] = await t.db.select().from(accounts).where(eq(accounts.id, w.accounts.staff.id));
    expect(acc?.failedLogins).toBe(0);
  });

  it('validates the body and names the fields', async () => {
    const res = await post('/api/auth/login', { username: '' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.password',
      'body.username',
    ]);
    expect(body.error.details.find((d: { path: string }) => d.path === 'body.username').message).toBe(
      'Vui lòng nhập tên đăng nhập.',
    );
  });

  it('answers malformed JSON with 400 and no parser text', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Nội dung gửi lên không phải JSON hợp lệ.');
  });

  it('locks the account for 15 minutes after 5 wrong passwords, even for the right password, and audits it', async () => {
    const acc = await buildAccount(t.db, w.agency.id);
    for (let i = 1; i <= 4; i++) {
      expect((await post('/api/auth/login', { username: acc.username, password: 'sai' })).statusCode).toBe(
        401,
      );
    }
    const fifth = await post('/api/auth/login', { username: acc.username, password: 'sai' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toMatch(/tạm khóa 15 phút/);
    const right = await post('/api/auth/login', { username: acc.username, password: TEST_PASSWORD });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/Vui lòng thử lại sau \d\d:\d\d/);
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/audit?entityId=${acc.id}`,
      headers: { cookie: w.cookies.secretary },
    });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'account.locked',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
    ]);
  });
});

describe('sessions', () => {
  it('answers 401 in Vietnamese without a session, with an unknown token, and after sign-out', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthenticated');
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'bx_session=gia-mao' },
    });
    expect(forged.statusCode).toBe(401);

    const cookie = await login(t.app, w.accounts.head.username);
    const out = await post('/api/auth/logout', {}, cookie);
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await login(t.app, w.accounts.head.username);
    const token = cookie.split('=')[1] as string;
    const rows = await t.db.select().from(sessions);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
  });

  it('does not accept an expired session', async () => {
    const cookie = await login(t.app, w.accounts.head.username);
    await t.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(res.statusCode).toBe(401);
    // Re-open the shared sessions for the other tests.
    w.cookies.secretary = await login(t.app, w.accounts.secretary.username);
    w.cookies.head = await login(t.app, w.accounts.head.username);
    w.cookies.staff = await login(t.app, w.accounts.staff.username);
  });
});

describe('POST /api/me/password', () => {
  it('requires the current password, refuses short or unchanged ones, then changes it and closes other sessions', async () => {
    const acc = await buildAccount(t.db, w.agency.id);
    const mine = await login(t.app, acc.username);
    const other = await login(t.app, acc.username);
    const short = await post(
      '/api/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'ngan' },
      mine,
    );
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0]).toEqual({
      path: 'body.newPassword',
      message: 'Mật khẩu mới phải có ít nhất 8 ký tự.',
    });
    const wrong = await post(
      '/api/me/password',
      { currentPassword: 'sai-roi-nhe', newPassword: 'mat-khau-moi-2024' },
      mine,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('body.currentPassword');
    const same = await post(
      '/api/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
      mine,
    );
    expect(same.statusCode).toBe(400);

    const ok = await post(
      '/api/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-2024' },
      mine,
    );
    expect(ok.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: mine } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: other } })).statusCode,
    ).toBe(401);
    await login(t.app, acc.username, 'mat-khau-moi-2024');
    const old = await post('/api/auth/login', { username: acc.username, password: TEST_PASSWORD });
    expect(old.statusCode).toBe(401);
  });

  it('needs a session', async () => {
    const res = await post('/api/me/password', { currentPassword: 'x', newPassword: 'yyyyyyyyyy' });
    expect(res.statusCode).toBe(401);
  });
});

describe('login rate limit per client address', () => {
  it('answers 429 in Vietnamese past the configured attempts per minute', async () => {
    const limited = await createTestApp({ loginRatePerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'ai-do', password: 'x' },
        });
        codes.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().error.code).toBe('rate_limited');
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
