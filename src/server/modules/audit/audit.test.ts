import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../db/schema/index.js';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, TEST_DB, type TestApp } from '../../test/harness.js';
import { canonicalJson, verifyAuditChain } from './service.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST', url: string, cookie: string | undefined, payload?: object) =>
  t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });

describe('GET /api/audit', () => {
  it('lists newest first with who, when, what; filters by action, actor, text and date', async () => {
    const all = await req('GET', '/api/audit', w.cookies.secretary);
    expect(all.statusCode).toBe(200);
    const items = all.json().items;
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items[0].seq).toBeGreaterThan(items[1].seq);
    expect(items[0]).toMatchObject({ action: 'auth.login', entityType: 'account' });
    expect(new Date(items[0].at).getTime()).toBeGreaterThan(Date.now() - 600_000);

    const logins = await req('GET', '/api/audit?action=auth.login', w.cookies.secretary);
    expect(logins.json().items.every((e: { action: string }) => e.action === 'auth.login')).toBe(true);
    const byActor = await req(
      'GET',
      `/api/audit?actor=${encodeURIComponent(w.accounts.head.displayName)}`,
      w.cookies.secretary,
    );
    expect(byActor.json().items.length).toBeGreaterThan(0);
    expect(
      byActor.json().items.every((e: { actorName: string }) => e.actorName === w.accounts.head.displayName),
    ).toBe(true);
    const text = await req('GET', `/api/audit?q=${encodeURIComponent('đăng nhập')}`, w.cookies.secretary);
    expect(text.json().items.length).toBeGreaterThan(0);
    const folded = await req('GET', '/api/audit?q=DANG%20NHAP', w.cookies.secretary);
    expect(folded.json().items.map((e: { seq: number }) => e.seq)).toEqual(
      text.json().items.map((e: { seq: number }) => e.seq),
    );
    const future = await req('GET', '/api/audit?from=2099-01-01', w.cookies.secretary);
    expect(future.json().items).toEqual([]);
  });

  it('pages with beforeSeq', async () => {
    const first = (await req('GET', '/api/audit?pageSize=2', w.cookies.secretary)).json();
    expect(first.items).toHaveLength(2);
    const next = (
      await req('GET', `/api/audit?pageSize=2&beforeSeq=${first.nextBeforeSeq}`, w.cookies.secretary)
    ).json();
    expect(next.items[0].seq).toBe(first.items[1].seq - 1);
  });

  it('is closed to staff and unit heads (403), open to leadership-level roles only', async () => {
    expect((await req('GET', '/api/audit', w.cookies.staff)).statusCode).toBe(403);
    expect((await req('GET', '/api/audit', w.cookies.head)).statusCode).toBe(403);
    expect((await req('GET', '/api/audit', undefined)).statusCode).toBe(401);
    expect((await req('GET', '/api/audit?from=31/12/2024', w.cookies.secretary)).statusCode).toBe(400);
  });
});

describe('the hash chain', () => {
  it('verifies for the administrator only', async () => {
    expect((await req('POST', '/api/audit/verify', w.cookies.secretary)).statusCode).toBe(403);
    const res = await req('POST', '/api/audit/verify', w.cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, brokenAtSeq: null, headMatches: true });
    expect(res.json().checked).toBeGreaterThan(3);
  });

  it('stays one unbroken chain when many changes commit at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        req('POST', '/api/units', w.cookies.secretary, {
          code: `SS${i}`,
          name: `Phòng Song song ${i}`,
          kind: 'phong',
        }),
      ),
    );
    const report = await verifyAuditChain(t.db, w.agency.id);
    expect(report.ok).toBe(true);
    const created = await t.db
      .select({ n: count() })
      .from(auditEntries)
      .where(and(eq(auditEntries.agencyId, w.agency.id), eq(auditEntries.action, 'unit.created')));
    expect(created[0]?.n).toBe(20);
  });

  it('refuses UPDATE and DELETE at the database (append-only)', async () => {
    await expect(t.db.execute(sql`update audit_entries set summary = 'sửa lén'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_entries`)).rejects.toThrow();
  });

  it('detects an entry edited behind the application’s back', async () => {
    // An administrator with direct database access disables the guard and rewrites history.
    await t.db.execute(sql`alter table audit_entries disable trigger audit_entries_no_update`);
    await t.db.execute(
      sql`update audit_entries set summary = 'Không có gì xảy ra.' where seq = 3 and agency_id = ${w.agency.id}`,
    );
    await t.db.execute(sql`alter table audit_entries enable trigger audit_entries_no_update`);
    const res = await req('POST', '/api/audit/verify', w.cookies.admin);
    expect(res.json()).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });

  it('detects a deleted entry (in another agency’s chain, which is independent)', async () => {
    const other = await buildWorld(t.app, t.db);
    expect((await verifyAuditChain(t.db, other.agency.id)).ok).toBe(true);
    await t.db.execute(sql`alter table audit_entries disable trigger audit_entries_no_update`);
    await t.db.execute(sql`delete from audit_entries where seq = 2 and agency_id = ${other.agency.id}`);
    await t.db.execute(sql`alter table audit_entries enable trigger audit_entries_no_update`);
    const report = await verifyAuditChain(t.db, other.agency.id);
    expect(report).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: undefined, b: 'Việt' })).toBe('{"b":"Việt"}');
  });
});

describe('engine', () => {
  it('runs on the engine under test', () => {
    expect(t.database.kind).toBe(TEST_DB);
  });
});
