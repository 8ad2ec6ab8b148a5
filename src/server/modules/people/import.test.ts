/**
 * Staff-list import over HTTP (app.inject) on the engine under test: template downloads, access
 * control, dry run (writes nothing), problems with Excel row numbers and Vietnamese column names,
 * all-or-nothing commit, idempotent re-import, updates by staff code, messy real-world files,
 * CSV variants, bad and oversized files, and the temporary passwords of new accounts.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, type ImportColumnKey } from '../../../domain/people-import.js';
import { accounts, auditEntries, people, units } from '../../db/schema/index.js';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { CSV_TYPE, multipartFile, XLSX_TYPE } from '../../test/multipart.js';
import { makeXlsx, readXlsx } from '../../test/xlsx.js';

/** The template's headers, spelled out: the contract with every office's spreadsheet. */
const HEADERS = [
  'Mã cán bộ',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Đơn vị',
  'Chức vụ',
  'Vai trò lãnh đạo',
  'Loại',
  'Đảng viên',
  'Ngày vào Đảng',
  'Ngày bắt đầu công tác',
  'Nhóm vị trí tương đồng',
  'Email',
  'Tên đăng nhập',
];
const KEYS = IMPORT_COLUMNS.map((c) => c.key);

type RowInput = Partial<Record<ImportColumnKey, unknown>>;

/** One data row in template column order; defaults make a valid row. */
function row(staffCode: string, over: RowInput = {}): unknown[] {
  const v: RowInput = {
    staffCode,
    fullName: 'Nguyễn Văn Mẫu',
    gender: 'Nam',
    birthDate: '15/03/1985',
    unitName: 'Phòng Tổng hợp',
    positionTitle: 'Chuyên viên',
    leadershipRank: 'Không',
    category: 'Công chức',
    partyMember: 'Không',
    employmentStart: '01/09/2010',
    ...over,
  };
  return KEYS.map((k) => v[k] ?? null);
}

const csvCell = (v: unknown, sep: string) => {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s;
};
const toCsv = (rows: unknown[][], sep = ',') =>
  rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join('\r\n');

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
});
afterAll(async () => {
  await t?.close();
});

/** No SQL, driver text or stack trace ever reaches a client. */
function expectNoLeak(body: string) {
  expect(body).not.toMatch(/\bselect\b/i);
  expect(body).not.toMatch(/\binsert\b/i);
  expect(body).not.toContain('SQL');
  expect(body).not.toMatch(/\n\s+at /);
  expect(body).not.toMatch(/\.ts:\d+/);
}

async function counts() {
  const n = async (table: typeof people | typeof units | typeof auditEntries | typeof accounts) =>
    Number((await t.db.select({ n: count() }).from(table))[0]?.n ?? -1);
  return {
    people: await n(people),
    units: await n(units),
    audit: await n(auditEntries),
    accounts: await n(accounts),
  };
}

interface UploadOpts {
  cookie?: string;
  dryRun?: boolean;
  name?: string;
  type?: string;
}

async function upload(file: Buffer, opts: UploadOpts = {}) {
  const name = opts.name ?? 'danh-sach.xlsx';
  const type = opts.type ?? (name.endsWith('.csv') ? CSV_TYPE : XLSX_TYPE);
  const mp = multipartFile(name, file, type);
  const cookie = opts.cookie === undefined ? w.cookies.secretary : opts.cookie;
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/people/import${opts.dryRun ? '?dryRun=true' : ''}`,
    payload: mp.payload,
    headers: { ...mp.headers, ...(cookie ? { cookie } : {}) },
  });
  expectNoLeak(res.body);
  return res;
}

const get = async (url: string, cookie = w.cookies.secretary) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  expectNoLeak(res.body);
  return res;
};

async function personByCode(code: string) {
  const p = (await t.db.select().from(people).where(eq(people.staffCode, code)))[0];
  if (!p) throw new Error(`no person ${code}`);
  return p;
}

async function auditOf(action: string) {
  const res = await get(`/api/audit?action=${encodeURIComponent(action)}&pageSize=200`);
  expect(res.statusCode).toBe(200);
  return res.json().items as {
    action: string;
    entityType: string;
    entityId: string | null;
    summary: string;
    changes: Record<string, unknown>;
  }[];
}

describe('GET /api/people/import/template', () => {
  it('xlsx: opens with exceljs and has the exact headers in order, then an example row', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/people/import/template?format=xlsx',
      headers: { cookie: w.cookies.secretary },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(HEADERS);
    expect(IMPORT_COLUMNS.map((c) => c.header)).toEqual(HEADERS);
    expect(rows[1]?.[0]).toBe('VP999');
  });

  it('xlsx is the default format', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/people/import/template',
      headers: { cookie: w.cookies.admin },
    });
    expect(res.statusCode).toBe(200);
    expect((await readXlsx(res.rawPayload))[0]).toEqual(HEADERS);
  });

  it('csv: UTF-8 with a BOM, then the headers', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/people/import/template?format=csv',
      headers: { cookie: w.cookies.secretary },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.rawPayload.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(HEADERS.join(','));
  });

  it('the template itself imports cleanly in a dry run', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const tpl = await t.app.inject({
        method: 'GET',
        url: `/api/people/import/template?format=${format}`,
        headers: { cookie: w.cookies.secretary },
      });
      const res = await upload(tpl.rawPayload, { dryRun: true, name: `mau-danh-sach.${format}` });
      expect(res.statusCode).toBe(200);
      expect(res.json().problems).toEqual([]);
      expect(res.json().toAdd).toEqual([
        { row: 2, staffCode: 'VP999', fullName: 'Nguyễn Văn An', unitName: 'Phòng Tổng hợp' },
      ]);
    }
  });

  it('needs a signed-in user allowed to import', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/api/people/import/template' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe('unauthenticated');
    for (const cookie of [w.cookies.staff, w.cookies.head]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/people/import/template?format=csv',
        headers: { cookie },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });
});

describe('POST /api/people/import: access control', () => {
  it('401 without a session, 403 for staff and unit heads, dry run and commit alike; nothing written', async () => {
    const file = await makeXlsx([
      HEADERS,
      row('AC01', { fullName: 'Phan Văn Cấm', unitName: 'Phòng Mới Cấm', username: 'cam.pv' }),
    ]);
    const before = await counts();
    for (const dryRun of [true, false]) {
      const anon = await upload(file, { cookie: '', dryRun });
      expect(anon.statusCode).toBe(401);
      expect(anon.json().error.code).toBe('unauthenticated');
      for (const cookie of [w.cookies.staff, w.cookies.head]) {
        const res = await upload(file, { cookie, dryRun });
        expect(res.statusCode).toBe(403);
        expect(res.json().error).toMatchObject({
          code: 'forbidden',
          message: expect.stringContaining('không có quyền'),
        });
      }
    }
    expect(await counts()).toEqual(before);
  });
});

describe('POST /api/people/import?dryRun=true', () => {
  it('returns the preview and writes nothing', async () => {
    const { staffPerson, headPerson, secretaryPerson } = w.people;
    const file = await makeXlsx([
      HEADERS,
      row('DR01', {
        fullName: 'Ngô Thị Lan',
        gender: 'Nữ',
        unitName: 'Ban Thi đua - Khen thưởng',
        username: 'lan.nt',
      }),
      row(staffPerson.staffCode, { fullName: 'Phạm Văn Viên', positionTitle: 'Chuyên viên chính' }),
      row(headPerson.staffCode, { fullName: 'Trần Văn Trưởng', leadershipRank: 'Người đứng đầu' }),
      row(secretaryPerson.staffCode, { fullName: 'Lê Thị Thư Ký', unitName: 'Phòng Hành chính - Quản trị' }),
    ]);
    const before = await counts();
    const res = await upload(file, { dryRun: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      totalRows: 4,
      toAdd: [{ row: 2, staffCode: 'DR01', fullName: 'Ngô Thị Lan', unitName: 'Ban Thi đua - Khen thưởng' }],
      toUpdate: [
        {
          row: 3,
          staffCode: staffPerson.staffCode,
          fullName: 'Phạm Văn Viên',
          changes: { positionTitle: ['Chuyên viên', 'Chuyên viên chính'] },
        },
      ],
      unchanged: 2,
      unitsToCreate: ['Ban Thi đua - Khen thưởng'],
      accountsToCreate: ['lan.nt'],
      problems: [],
      committed: false,
      newAccounts: [],
    });
    expect(await counts()).toEqual(before);
    expect((await personByCode(staffPerson.staffCode)).positionTitle).toBe('Chuyên viên');
  });
});

describe('problems, all-or-nothing commit, re-import and updates', () => {
  const NEW_UNIT = 'Phòng Kế hoạch - Tài chính';
  const NEW_CENTRE = 'Trung tâm Thông tin';
  // Excel row 3 is left blank on purpose: row numbers must still match what the user sees.
  const broken = () => [
    HEADERS,
    row('ER01', { fullName: 'Nguyễn Văn An', unitName: NEW_UNIT, username: 'an.nv.import' }),
    [],
    row('ER02', { fullName: 'Trần Thị Bình', gender: 'X' }),
    row('ER03', { fullName: 'Lê Văn Cường', birthDate: '31/02/1990' }),
    row('er01', { fullName: 'Phạm Thị Dung', gender: 'Nữ' }),
    row('ER05', {
      fullName: 'Hoàng Văn Em',
      partyMember: 'Không',
      partyAdmittedOn: '19/05/2010',
      username: 'em.hv',
    }),
    row('ER06', { fullName: null, unitName: NEW_CENTRE }),
  ];
  const fixed = () => [
    HEADERS,
    row('ER01', { fullName: 'Nguyễn Văn An', unitName: NEW_UNIT, username: 'an.nv.import' }),
    [],
    row('ER02', { fullName: 'Trần Thị Bình', gender: 'Nữ' }),
    row('ER03', { fullName: 'Lê Văn Cường', birthDate: '28/02/1990' }),
    row('ER04', { fullName: 'Phạm Thị Dung', gender: 'Nữ' }),
    row('ER05', {
      fullName: 'Hoàng Văn Em',
      partyMember: 'Có',
      partyAdmittedOn: '19/05/2010',
      username: 'em.hv',
    }),
    row('ER06', { fullName: 'Đỗ Văn Phúc', unitName: NEW_CENTRE }),
  ];
  const CODES = ['ER01', 'ER02', 'ER03', 'ER04', 'ER05', 'ER06'];
  let newAccounts: { username: string; fullName: string; temporaryPassword: string }[] = [];

  it('a file with errors: problems by Excel row and Vietnamese column; commit is 400 and writes nothing', async () => {
    const file = await makeXlsx(broken());
    const before = await counts();
    const dry = await upload(file, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    const preview = dry.json();
    expect(preview.problems).toEqual([
      { row: 4, column: 'Giới tính', message: expect.stringContaining("'X' không hợp lệ") },
      { row: 5, column: 'Ngày sinh', message: '31/02/1990 không phải ngày hợp lệ.' },
      { row: 6, column: 'Mã cán bộ', message: expect.stringContaining('trùng với dòng 2') },
      { row: 7, column: 'Ngày vào Đảng', message: expect.stringContaining('Đảng viên đang là') },
      { row: 8, column: 'Họ và tên', message: 'Vui lòng nhập họ và tên.' },
    ]);
    expect(preview.toAdd.map((a: { row: number }) => a.row)).toEqual([2]);
    expect(preview.committed).toBe(false);

    const commit = await upload(file);
    expect(commit.statusCode).toBe(400);
    const err = commit.json().error;
    expect(err.code).toBe('validation');
    expect(err.message).toContain('5 lỗi');
    expect(err.message).toContain('chưa có thay đổi nào được ghi');
    expect(err.details.map((d: { path: string }) => d.path)).toEqual([
      'rows.4.Giới tính',
      'rows.5.Ngày sinh',
      'rows.6.Mã cán bộ',
      'rows.7.Ngày vào Đảng',
      'rows.8.Họ và tên',
    ]);
    for (const d of err.details) expect(d.message).toMatch(/\S/);
    // All-or-nothing: the valid row 2 was not written either, nor its unit or account.
    expect(await counts()).toEqual(before);
    expect(await t.db.select().from(people).where(eq(people.staffCode, 'ER01'))).toEqual([]);
  });

  it('a missing required column is a problem on the header row', async () => {
    const without = (header: string) => {
      const i = HEADERS.indexOf(header);
      return fixed().map((r) => r.filter((_, c) => c !== i));
    };
    const before = await counts();
    const dry = await upload(await makeXlsx(without('Loại')), { dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().problems).toEqual([
      { row: 1, column: 'Loại', message: expect.stringContaining("Thiếu cột 'Loại'") },
    ]);
    expect(dry.json().toAdd).toEqual([]);
    const commit = await upload(await makeXlsx(without('Mã cán bộ')));
    expect(commit.statusCode).toBe(400);
    expect(commit.json().error.details).toEqual([
      { path: 'rows.1.Mã cán bộ', message: expect.stringContaining("Thiếu cột 'Mã cán bộ'") },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('the fixed file commits: people, units, accounts and audit entries', async () => {
    const before = await counts();
    const res = await upload(await makeXlsx(fixed()), { name: 'danh-sách-cán-bộ.xlsx' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.committed).toBe(true);
    expect(body.problems).toEqual([]);
    expect(body.toAdd.map((a: { staffCode: string }) => a.staffCode)).toEqual(CODES);
    expect(body.toAdd.map((a: { row: number }) => a.row)).toEqual([2, 4, 5, 6, 7, 8]);
    expect(body.unitsToCreate).toEqual([NEW_UNIT, NEW_CENTRE]);
    expect(body.accountsToCreate).toEqual(['an.nv.import', 'em.hv']);
    newAccounts = body.newAccounts;
    expect(newAccounts.map((a) => [a.username, a.fullName])).toEqual([
      ['an.nv.import', 'Nguyễn Văn An'],
      ['em.hv', 'Hoàng Văn Em'],
    ]);
    for (const a of newAccounts) expect(a.temporaryPassword.length).toBeGreaterThanOrEqual(8);
    // 2 units + 6 people + 2 accounts + 1 summary entry.
    expect(await counts()).toEqual({
      people: before.people + 6,
      units: before.units + 2,
      accounts: before.accounts + 2,
      audit: before.audit + 11,
    });

    const list = await get('/api/people?q=ER0&pageSize=500');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { staffCode: string; fullName: string; unitName: string }[];
    expect(items.map((p) => p.staffCode).sort()).toEqual(CODES);
    expect(items.find((p) => p.staffCode === 'ER06')).toMatchObject({
      fullName: 'Đỗ Văn Phúc',
      unitName: NEW_CENTRE,
    });

    const unitList = (await get('/api/units')).json().items as { name: string; kind: string }[];
    expect(unitList.find((u) => u.name === NEW_UNIT)?.kind).toBe('phong');
    expect(unitList.find((u) => u.name === NEW_CENTRE)?.kind).toBe('trung_tam');

    const ids = new Map(await Promise.all(CODES.map(async (c) => [(await personByCode(c)).id, c] as const)));
    const created = (await auditOf('person.created')).filter((e) => e.entityId && ids.has(e.entityId));
    expect(created.map((e) => ids.get(e.entityId as string)).sort()).toEqual(CODES);
    for (const e of created) expect(e.summary).toContain('danh-sách-cán-bộ.xlsx');
    const er05 = created.find((e) => ids.get(e.entityId as string) === 'ER05');
    expect(er05?.changes).toMatchObject({ partyMember: [null, true], partyAdmittedOn: [null, '2010-05-19'] });
    const imported = await auditOf('people.imported');
    expect(imported).toHaveLength(1);
    expect(imported[0]?.changes).toEqual({ added: 6, updated: 0, unitsCreated: [NEW_UNIT, NEW_CENTRE] });
    expect(imported[0]?.summary).toContain('danh-sách-cán-bộ.xlsx');
    expect((await auditOf('unit.created')).map((e) => e.changes.name).sort()).toEqual(
      [NEW_UNIT, NEW_CENTRE].sort(),
    );
    expect(await auditOf('account.created')).toHaveLength(2);

    const stored = await personByCode('ER03');
    expect(stored).toMatchObject({
      birthDate: '1990-02-28',
      gender: 'male',
      category: 'cong_chuc',
      version: 1,
    });
  });

  it('new accounts get temporary passwords that work for signing in', async () => {
    expect(newAccounts).toHaveLength(2);
    for (const a of newAccounts) {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: a.username, password: a.temporaryPassword },
      });
      expect(login.statusCode).toBe(200);
      const cookie = login.cookies.find((c) => c.name === 'bx_session');
      expect(cookie).toBeDefined();
      const me = await get('/api/me', `bx_session=${cookie?.value}`);
      expect(me.statusCode).toBe(200);
      const code = a.username === 'em.hv' ? 'ER05' : 'ER01';
      expect(me.json()).toMatchObject({
        username: a.username,
        personId: (await personByCode(code)).id,
        displayName: a.fullName,
      });
      // A plain staff member now: may not import.
      expect(me.json().permissions).not.toContain('people.import');
    }
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'em.hv', password: 'sai-mat-khau' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('re-importing the identical file changes nothing', async () => {
    const file = await makeXlsx(fixed());
    const before = await counts();
    const dry = await upload(file, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      totalRows: 6,
      toAdd: [],
      toUpdate: [],
      unchanged: 6,
      unitsToCreate: [],
      accountsToCreate: [],
      problems: [],
    });
    const commit = await upload(file);
    expect(commit.statusCode).toBe(200);
    expect(commit.json()).toMatchObject({
      committed: true,
      toAdd: [],
      toUpdate: [],
      unchanged: 6,
      newAccounts: [],
    });
    expect(await counts()).toEqual(before);
    expect((await personByCode('ER03')).version).toBe(1);
  });

  it('a changed row updates that person by staff code: version bumped, audited with the field diff', async () => {
    const rows = fixed();
    rows[4] = row('ER03', {
      fullName: 'Lê Văn Cường',
      birthDate: '28/02/1990',
      positionTitle: 'Phó Trưởng phòng',
      leadershipRank: 'Cấp phó',
    });
    const beforePerson = await personByCode('ER03');
    const before = await counts();
    const res = await upload(await makeXlsx(rows));
    expect(res.statusCode).toBe(200);
    const expectedChanges = {
      positionTitle: ['Chuyên viên', 'Phó Trưởng phòng'],
      leadershipRank: ['none', 'deputy'],
      similarGroup: ['Công chức không giữ chức vụ', 'Công chức lãnh đạo, quản lý'],
    };
    expect(res.json()).toMatchObject({
      committed: true,
      toAdd: [],
      toUpdate: [{ row: 5, staffCode: 'ER03', fullName: 'Lê Văn Cường', changes: expectedChanges }],
      unchanged: 5,
    });
    // One person.updated plus the summary entry; nothing else.
    expect(await counts()).toEqual({ ...before, audit: before.audit + 2 });
    const after = await personByCode('ER03');
    expect(after).toMatchObject({
      id: beforePerson.id,
      version: 2,
      positionTitle: 'Phó Trưởng phòng',
      leadershipRank: 'deputy',
    });
    const detail = await get(`/api/people/${after.id}`);
    expect(detail.json()).toMatchObject({
      version: 2,
      positionTitle: 'Phó Trưởng phòng',
      evaluationAuthority: '',
    });
    const updated = (await auditOf('person.updated')).filter((e) => e.entityId === after.id);
    expect(updated).toHaveLength(1);
    expect(updated[0]?.changes).toEqual(expectedChanges);
    expect((await auditOf('people.imported'))[0]?.changes).toMatchObject({ added: 0, updated: 1 });
  });

  it('matches staff codes regardless of case, as duplicates within a file are: no second person', async () => {
    const before = await counts();
    const rows = [
      HEADERS,
      row('er02', { fullName: 'Trần Thị Bình', gender: 'Nữ', positionTitle: 'Kế toán viên' }),
    ];
    const res = await upload(await makeXlsx(rows));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      committed: true,
      toAdd: [],
      toUpdate: [{ staffCode: 'er02', changes: { positionTitle: ['Chuyên viên', 'Kế toán viên'] } }],
    });
    expect((await counts()).people).toBe(before.people);
    // The stored spelling of the code is kept.
    expect(await personByCode('ER02')).toMatchObject({ positionTitle: 'Kế toán viên', version: 2 });
    expect(await t.db.select().from(people).where(eq(people.staffCode, 'er02'))).toEqual([]);
  });

  it('keeps what the file has no column for (evaluation authority) when updating a person', async () => {
    const { staffPerson } = w.people;
    const file = await makeXlsx([
      HEADERS,
      row(staffPerson.staffCode, { fullName: 'Phạm Văn Viên', positionTitle: 'Chuyên viên chính' }),
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(200);
    expect(res.json().toUpdate).toHaveLength(1);
    expect(await personByCode(staffPerson.staffCode)).toMatchObject({
      positionTitle: 'Chuyên viên chính',
      evaluationAuthority: 'Chánh Văn phòng',
      version: staffPerson.version + 1,
    });
  });
});

describe('real-world files', () => {
  const excelSerial = (y: number, m: number, d: number) =>
    (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

  it('NFD names, BOMs, stray spaces, Excel serial and Date cells, any-case enumerations, loose headers', async () => {
    const header = [
      'STT',
      '\uFEFF  mã  cán bộ ',
      'HỌ VÀ TÊN (*)',
      'gioi tinh',
      'Ngày sinh*',
      ' ĐƠN VỊ',
      'Chức vụ',
      'vai trò lãnh đạo',
      'LOẠI',
      'Đảng viên',
      'Ngày vào Đảng',
      'Ngày bắt đầu công tác',
      'Email',
    ];
    const file = await makeXlsx([
      header,
      [
        1,
        ' MS01 ',
        '\uFEFF  Nguyễn   Thị  Hoà '.normalize('NFD'),
        'NỮ',
        excelSerial(1990, 1, 1),
        'phòng tổng hợp'.normalize('NFD'),
        ' Chuyên\u00a0viên ',
        'cap pho',
        'cong chuc',
        'có',
        new Date(Date.UTC(2015, 4, 19)),
        '1/9/2012',
        ' hoa.nt@example.gov.vn ',
      ],
      [
        2,
        'MS02',
        'Trần Văn\u200b Bình',
        'NAM',
        new Date(Date.UTC(1988, 11, 31)),
        'Phòng Tổng hợp',
        null,
        'KHÔNG',
        'VIÊN CHỨC',
        'khong',
        null,
        excelSerial(2009, 7, 6) + 0.5,
        null,
      ],
      [
        3,
        'MS03',
        'Vũ Thị Hằng',
        'nu',
        '05-09-1992',
        'Phòng Tổng hợp',
        '',
        '',
        'nguoi lao dong',
        'CÓ',
        '2020-03-02',
        '',
        '',
      ],
    ]);
    const before = await counts();
    const dry = await upload(file, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().problems).toEqual([]);
    // "phòng tổng hợp" in NFD is the existing unit, not a new one.
    expect(dry.json().unitsToCreate).toEqual([]);
    expect(
      dry.json().toAdd.map((a: { staffCode: string; fullName: string }) => [a.staffCode, a.fullName]),
    ).toEqual([
      ['MS01', 'Nguyễn Thị Hoà'],
      ['MS02', 'Trần Văn Bình'],
      ['MS03', 'Vũ Thị Hằng'],
    ]);
    const commit = await upload(file);
    expect(commit.statusCode).toBe(200);
    expect(commit.json().committed).toBe(true);
    expect((await counts()).units).toBe(before.units);

    const ms01 = await personByCode('MS01');
    expect(ms01).toMatchObject({
      fullName: 'Nguyễn Thị Hoà'.normalize('NFC'),
      searchName: 'nguyen thi hoa',
      gender: 'female',
      birthDate: '1990-01-01',
      unitId: w.units.unit.id,
      positionTitle: 'Chuyên viên',
      leadershipRank: 'deputy',
      category: 'cong_chuc',
      partyMember: true,
      partyAdmittedOn: '2015-05-19',
      employmentStart: '2012-09-01',
      email: 'hoa.nt@example.gov.vn',
    });
    expect(ms01.fullName).toBe(ms01.fullName.normalize('NFC'));
    expect(await personByCode('MS02')).toMatchObject({
      fullName: 'Trần Văn Bình',
      gender: 'male',
      birthDate: '1988-12-31',
      positionTitle: '',
      leadershipRank: 'none',
      category: 'vien_chuc',
      partyMember: false,
      employmentStart: '2009-07-06',
    });
    expect(await personByCode('MS03')).toMatchObject({
      gender: 'female',
      birthDate: '1992-09-05',
      category: 'nguoi_lao_dong',
      partyMember: true,
      partyAdmittedOn: '2020-03-02',
    });

    // Search without diacritics finds the NFD-typed name.
    const found = await get('/api/people?q=nguyen%20thi%20hoa');
    expect(found.json().items.map((p: { staffCode: string }) => p.staffCode)).toContain('MS01');

    // The same messy file again is recognised as unchanged.
    const again = await upload(file, { dryRun: true });
    expect(again.json()).toMatchObject({ toAdd: [], toUpdate: [], unchanged: 3, problems: [] });
  });

  it('CSV in UTF-8 with a BOM and ";" separators (Excel in a Vietnamese locale)', async () => {
    const text =
      '\uFEFF' +
      toCsv(
        [
          HEADERS,
          row('CS01', {
            fullName: 'Đặng Thị Thu',
            gender: 'Nữ',
            positionTitle: 'Chuyên viên; kiêm thủ quỹ',
            category: 'Người lao động',
          }),
          row('CS02', {
            fullName: 'Bùi Quốc Việt',
            unitName: 'Ban Quản lý Nhà khách',
            email: 'viet.bq@example.gov.vn',
          }),
        ],
        ';',
      ) +
      '\r\n';
    const buf = Buffer.from(text, 'utf8');
    const dry = await upload(buf, { dryRun: true, name: 'danh sách.csv' });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      problems: [],
      unitsToCreate: ['Ban Quản lý Nhà khách'],
      toAdd: [
        { row: 2, staffCode: 'CS01', fullName: 'Đặng Thị Thu' },
        { row: 3, staffCode: 'CS02', fullName: 'Bùi Quốc Việt' },
      ],
    });
    const commit = await upload(buf, { name: 'danh sách.csv' });
    expect(commit.statusCode).toBe(200);
    expect(await personByCode('CS01')).toMatchObject({
      positionTitle: 'Chuyên viên; kiêm thủ quỹ',
      category: 'nguoi_lao_dong',
    });
    const unit = (await t.db.select().from(units).where(eq(units.name, 'Ban Quản lý Nhà khách')))[0];
    expect(unit?.kind).toBe('ban');
    expect((await personByCode('CS02')).unitId).toBe(unit?.id);
  });

  it('CSV with "," separators and no BOM also works', async () => {
    const buf = Buffer.from(toCsv([HEADERS, row('CS03', { fullName: 'Lý Thị Mai', gender: 'Nữ' })]), 'utf8');
    const dry = await upload(buf, { dryRun: true, name: 'ds.csv' });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ problems: [], toAdd: [{ row: 2, staffCode: 'CS03' }] });
  });

  it('a CSV that is not UTF-8 (latin1 bytes) is refused with a Vietnamese message', async () => {
    const before = await counts();
    const buf = Buffer.from(
      `${HEADERS.join(';')}\r\nL01;José Müller;Nam;01/01/1980;Phòng Tổng hợp;;;Công chức\r\n`,
      'latin1',
    );
    for (const dryRun of [true, false]) {
      const res = await upload(buf, { dryRun, name: 'ds.csv' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'validation',
        message: expect.stringContaining('không phải mã UTF-8'),
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('garbage .xlsx, a truncated spreadsheet, an old .xls and an empty file are refused', async () => {
    const before = await counts();
    const garbage = await upload(Buffer.from('đây không phải tệp Excel'), { name: 'ds.xlsx' });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.message).toContain('Không đọc được tệp Excel');

    const real = await makeXlsx([HEADERS, row('TR01')]);
    const truncated = await upload(real.subarray(0, 300), {
      name: 'tai-len',
      type: 'application/octet-stream',
    });
    expect(truncated.statusCode).toBe(400);
    expect(truncated.json().error.message).toContain('Không đọc được tệp Excel');

    const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), {
      name: 'ds.xls',
      type: 'application/vnd.ms-excel',
    });
    expect(xls.statusCode).toBe(415);
    expect(xls.json().error.message).toContain('.xlsx');

    const empty = await upload(Buffer.alloc(0), { name: 'ds.csv' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('trống');

    const notMultipart = await t.app.inject({
      method: 'POST',
      url: '/api/people/import',
      payload: { file: 'x' },
      headers: { cookie: w.cookies.secretary },
    });
    expect(notMultipart.statusCode).toBe(400);
    expect(notMultipart.json().error.message).toContain('Vui lòng chọn tệp');
    expectNoLeak(notMultipart.body);
    expect(await counts()).toEqual(before);
  });

  it('a file over 5 MB is 413; a 2 MB file is accepted', async () => {
    const before = await counts();
    const big = await upload(Buffer.alloc(5 * 1024 * 1024 + 1024, 0x41), { name: 'ds.csv' });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    expect(big.json().error.message).toContain('5 MB');
    const bigXlsx = await upload(Buffer.alloc(6 * 1024 * 1024, 0x50), { name: 'ds.xlsx', dryRun: true });
    expect(bigXlsx.statusCode).toBe(413);
    expect(await counts()).toEqual(before);

    // Over Fastify's 1 MB JSON body limit but under the import limit.
    const note = 'ghi chú '.repeat(90_000);
    const rows = [[...HEADERS, 'Ghi chú'], ...['BG01', 'BG02', 'BG03'].map((c) => [...row(c), note])];
    const buf = Buffer.from(toCsv(rows), 'utf8');
    expect(buf.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(buf.length).toBeLessThan(5 * 1024 * 1024);
    const ok = await upload(buf, { name: 'ds.csv', dryRun: true });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      problems: [],
      toAdd: [{ staffCode: 'BG01' }, { staffCode: 'BG02' }, { staffCode: 'BG03' }],
    });
  });

  it('more than 5000 rows is a problem, not a partial import', async () => {
    const rows = [HEADERS, ...Array.from({ length: 5001 }, (_, i) => row(`BIG${i + 1}`))];
    const before = await counts();
    const csv = Buffer.from(toCsv(rows), 'utf8');
    const dry = await upload(csv, { name: 'ds.csv', dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      toAdd: [],
      problems: [{ row: 5002, column: '', message: expect.stringContaining('hơn 5000 dòng') }],
    });
    const commit = await upload(csv, { name: 'ds.csv' });
    expect(commit.statusCode).toBe(400);
    expect(commit.json().error.details).toEqual([
      { path: 'rows.5002', message: expect.stringContaining('5000') },
    ]);

    const xlsx = await upload(await makeXlsx(rows), { dryRun: true });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.json().problems).toEqual([
      { row: 5002, column: '', message: expect.stringContaining('hơn 5000 dòng') },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('a username already taken by another account is a problem on that row', async () => {
    const { staffPerson } = w.people;
    const file = await makeXlsx([
      HEADERS,
      row('UT01', { fullName: 'Quách Văn Một', username: w.accounts.admin.username.toUpperCase() }),
      row('UT02', { fullName: 'Quách Văn Hai', username: w.accounts.staff.username }),
      row('UT03', { fullName: 'Quách Văn Ba', username: 'ba.qv' }),
    ]);
    const before = await counts();
    const dry = await upload(file, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().problems).toEqual([
      {
        row: 2,
        column: 'Tên đăng nhập',
        message: expect.stringContaining(`"${w.accounts.admin.username}" đã được dùng`),
      },
      {
        row: 3,
        column: 'Tên đăng nhập',
        message: expect.stringContaining(`"${w.accounts.staff.username}" đã được dùng`),
      },
    ]);
    expect(dry.json().accountsToCreate).toEqual(['ba.qv']);
    const commit = await upload(file);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'rows.2.Tên đăng nhập',
      'rows.3.Tên đăng nhập',
    ]);
    expect(await counts()).toEqual(before);

    // The person's own existing account is no problem, and nothing is created for it.
    const own = await makeXlsx([
      HEADERS,
      row(staffPerson.staffCode, {
        fullName: 'Phạm Văn Viên',
        positionTitle: 'Chuyên viên chính',
        username: w.accounts.staff.username,
      }),
    ]);
    const ownDry = await upload(own, { dryRun: true });
    expect(ownDry.json()).toMatchObject({ problems: [], accountsToCreate: [], toAdd: [] });
  });
});
