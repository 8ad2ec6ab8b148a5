/**
 * Crash during a big import: the real server process is killed with SIGKILL while a commit of
 * 4000 new people is in its transaction. After a restart on the same data, what was committed
 * before is there, the import is all or nothing (never part of it), the audit chain verifies, and
 * the import can simply be repeated.
 * PGlite: a fresh DATA_DIR. PostgreSQL: a fresh database (createTestDatabase) via DATABASE_URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../../domain/people-import.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from '../../test/harness.js';
import { multipartFile, XLSX_TYPE } from '../../test/multipart.js';
import {
  freePort,
  killAllServers,
  type ServerProcess,
  signInHttp,
  startServer,
} from '../../test/server-process.js';
import { makeXlsx } from '../../test/xlsx.js';

const ROWS = 4000;
const NEW_UNIT = 'Phòng Dữ liệu Nhập Thử';
const UNITS = ['Phòng Tổng hợp', 'Phòng Kinh tế', 'Ban Tiếp công dân', NEW_UNIT];
const ACCOUNTS = 3;
const CODE_PREFIX = 'NHAP';
const code = (i: number) => `${CODE_PREFIX}${String(i).padStart(4, '0')}`;

function bigFileRows(): unknown[][] {
  const header = IMPORT_COLUMNS.map((c) => c.header);
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const v: Record<string, unknown> = {
      staffCode: code(i + 1),
      fullName: `Nguyễn Văn Thử ${i + 1}`,
      gender: i % 2 ? 'Nam' : 'Nữ',
      birthDate: '15/03/1985',
      unitName: UNITS[i % UNITS.length],
      positionTitle: 'Chuyên viên',
      leadershipRank: 'Không',
      category: 'Công chức',
      partyMember: i % 3 ? 'Không' : 'Có',
      partyAdmittedOn: i % 3 ? null : '19/05/2010',
      employmentStart: '01/09/2010',
      // A few accounts too: they must go with the people, or not at all.
      username: i < ACCOUNTS ? `nhap.thu${i + 1}` : null,
    };
    return IMPORT_COLUMNS.map((c) => v[c.key] ?? null);
  });
  return [header, ...rows];
}

describe(`SIGKILL during an import commit (${TEST_DB})`, { timeout: 120_000 }, () => {
  let dataDir: string | undefined;
  let testDb: TestDatabase | undefined;
  let file: Buffer;
  const target = () => (dataDir ? { dataDir } : { databaseUrl: testDb?.url as string });

  beforeAll(async () => {
    if (TEST_DB === 'pglite') {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'binhxet-crash-'));
    } else {
      testDb = await createTestDatabase();
    }
    file = await makeXlsx(bigFileRows());
  });
  afterAll(async () => {
    await killAllServers();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    await testDb?.drop();
  });

  const api = async (server: ServerProcess, cookie: string, method: string, url: string, body?: unknown) => {
    const res = await fetch(`${server.url}${url}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: res.status,
      json: (await res.json()) as Record<string, unknown> & { items?: Record<string, unknown>[] },
    };
  };

  const postImport = (server: ServerProcess, cookie: string, dryRun: boolean) => {
    const mp = multipartFile('danh-sach-lon.xlsx', file, XLSX_TYPE);
    return fetch(`${server.url}/api/people/import${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: { ...mp.headers, cookie },
      body: new Uint8Array(mp.payload),
    });
  };

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  /**
   * PGlite: runs until `done()`, timing a request that touches no database (an unknown path, 404);
   * returns the longest wait. PGlite runs queries synchronously inside the server process, so
   * while a transaction of 4000 inserts runs the event loop answers nothing for seconds, whereas
   * parsing and planning only hold it for a fraction of a second at a time.
   */
  async function longestStall(server: ServerProcess, done: () => boolean): Promise<number> {
    let longest = 0;
    while (!done()) {
      const t = Date.now();
      await fetch(`${server.url}/api/khong-co`).catch(() => undefined);
      longest = Math.max(longest, Date.now() - t);
      await sleep(30);
    }
    return longest;
  }

  /**
   * Resolves once the import's transaction is open and has been running for a while.
   * PostgreSQL: a transaction open for over 300 ms in pg_stat_activity (single statements take
   * milliseconds). PGlite: the server has not answered a trivial request for `stallMs`, far
   * longer than any stall while parsing and planning the same file in the dry run.
   */
  async function importTransactionRunning(
    server: ServerProcess,
    stallMs: number,
    answered: () => boolean,
  ): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (answered()) throw new Error('the commit finished before its transaction was seen running');
      if (TEST_DB === 'postgres') {
        const pool = testDb?.database.pool as NonNullable<TestDatabase['database']['pool']>;
        const r = await pool.query(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()
              and xact_start is not null and now() - xact_start > interval '300 milliseconds'`,
        );
        if (r.rows[0]?.n > 0) return;
        await sleep(20);
      } else {
        const probe = fetch(`${server.url}/api/khong-co`).then(
          () => 'answered' as const,
          () => 'failed' as const,
        );
        const first = await Promise.race([probe, sleep(stallMs).then(() => 'stalled' as const)]);
        if (first === 'stalled') return;
        if (first === 'failed') throw new Error(`server gone:\n${server.output()}`);
        await sleep(30);
      }
    }
    throw new Error('the import transaction was not seen running');
  }

  it('leaves earlier data intact, the import all-or-nothing and the audit chain valid', async () => {
    const timings: Record<string, number> = {};
    let t0 = Date.now();
    const first = await startServer({ ...target(), port: await freePort() });
    timings.firstStartMs = Date.now() - t0;
    const hcqt = await signInHttp(first.url, 'hcqt');

    // Committed before the crash.
    const unitItems = (await api(first, hcqt, 'GET', '/api/units')).json.items ?? [];
    const unitId = unitItems.find((u) => u.name === 'Phòng Tổng hợp')?.id;
    expect(unitId).toBeDefined();
    const created = await api(first, hcqt, 'POST', '/api/people', {
      staffCode: 'TRUOC-SUCO',
      fullName: 'Trương Thị Trước',
      gender: 'female',
      birthDate: '1990-04-30',
      unitId,
      category: 'vien_chuc',
    });
    expect(created.status).toBe(201);
    const peopleBefore = (await api(first, hcqt, 'GET', '/api/people?pageSize=1')).json.total as number;

    // How long parsing and planning take on this machine: the transaction starts about then.
    t0 = Date.now();
    let dryDone = false;
    const [dry, dryStall] = await Promise.all([
      postImport(first, hcqt, true).finally(() => {
        dryDone = true;
      }),
      TEST_DB === 'pglite' ? longestStall(first, () => dryDone) : Promise.resolve(0),
    ]);
    timings.dryRunMs = Date.now() - t0;
    timings.dryRunLongestStallMs = dryStall;
    expect(dry.status).toBe(200);
    const preview = (await dry.json()) as {
      toAdd: unknown[];
      problems: unknown[];
      unitsToCreate: string[];
      accountsToCreate: string[];
    };
    expect(preview.problems).toEqual([]);
    expect(preview.toAdd).toHaveLength(ROWS);
    expect(preview.unitsToCreate).toEqual([NEW_UNIT]);
    expect(preview.accountsToCreate).toHaveLength(ACCOUNTS);

    // Commit, and kill the process while the request is in flight.
    t0 = Date.now();
    let commitAnswered = false;
    const inFlight = postImport(first, hcqt, false).then(
      (res) => {
        commitAnswered = true;
        return { answered: true as const, status: res.status };
      },
      () => ({ answered: false as const, status: 0 }),
    );
    await importTransactionRunning(first, Math.max(1000, 2 * dryStall), () => commitAnswered);
    timings.transactionSeenAfterMs = Date.now() - t0;
    if (TEST_DB === 'postgres') await sleep(300);
    timings.killAfterMs = Date.now() - t0;
    const exit = await first.kill('SIGKILL');
    expect(exit.signal).toBe('SIGKILL');
    const outcome = await inFlight;
    expect(
      outcome.answered,
      `the commit answered ${outcome.status} before the kill: timing missed the transaction`,
    ).toBe(false);

    // Restart on the same data.
    t0 = Date.now();
    const second = await startServer({ ...target(), port: await freePort() });
    timings.restartMs = Date.now() - t0;
    const hcqt2 = await signInHttp(second.url, 'hcqt');

    const list = await api(second, hcqt2, 'GET', '/api/people?pageSize=500');
    expect(list.status).toBe(200);
    const before = await api(second, hcqt2, 'GET', '/api/people?q=TRUOC-SUCO');
    expect(before.json.items?.map((p) => p.fullName)).toEqual(['Trương Thị Trước']);

    const imported = (await api(second, hcqt2, 'GET', `/api/people?q=${CODE_PREFIX}&pageSize=1`)).json
      .total as number;
    expect([0, ROWS]).toContain(imported);
    expect(list.json.total).toBe(peopleBefore + imported);
    // The unit and the summary audit entry went with the people, or not at all.
    const unitsAfter = (await api(second, hcqt2, 'GET', '/api/units')).json.items ?? [];
    expect(unitsAfter.some((u) => u.name === NEW_UNIT)).toBe(imported === ROWS);
    const summaries = (await api(second, hcqt2, 'GET', '/api/audit?action=people.imported')).json.items ?? [];
    expect(summaries).toHaveLength(imported === ROWS ? 1 : 0);
    const personAudits =
      (await api(second, hcqt2, 'GET', `/api/audit?action=person.created&q=${CODE_PREFIX}&pageSize=5`)).json
        .items ?? [];
    expect(personAudits.length > 0).toBe(imported === ROWS);

    const admin = await signInHttp(second.url, 'quantri');
    const verify = await api(second, admin, 'POST', '/api/audit/verify');
    expect(verify.status).toBe(200);
    expect(verify.json).toMatchObject({ ok: true, brokenAtSeq: null, headMatches: true });

    // The clerk simply imports again.
    t0 = Date.now();
    const retry = await postImport(second, hcqt2, false);
    timings.retryCommitMs = Date.now() - t0;
    expect(retry.status).toBe(200);
    const retryBody = (await retry.json()) as {
      committed: boolean;
      toAdd: unknown[];
      unchanged: number;
      newAccounts: { username: string; temporaryPassword: string }[];
    };
    expect(retryBody.committed).toBe(true);
    expect(retryBody.toAdd).toHaveLength(ROWS - imported);
    expect(retryBody.unchanged).toBe(imported);
    expect(retryBody.newAccounts).toHaveLength(imported === 0 ? ACCOUNTS : 0);
    for (const a of retryBody.newAccounts) await signInHttp(second.url, a.username, a.temporaryPassword);
    expect((await api(second, hcqt2, 'GET', `/api/people?q=${CODE_PREFIX}&pageSize=1`)).json.total).toBe(
      ROWS,
    );
    expect((await api(second, admin, 'POST', '/api/audit/verify')).json).toMatchObject({ ok: true });

    console.info(
      `[import-crash ${TEST_DB}] imported before kill: ${imported}/${ROWS}; timings ${JSON.stringify(timings)}`,
    );
  });
});
