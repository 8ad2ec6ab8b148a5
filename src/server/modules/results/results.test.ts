/**
 * Results of earlier years: preview, refusal with row/column paths (nothing written), commit,
 * re-import as update, access, and the 3-year review prefilled from them.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, people, yearlyResults } from '../../db/schema/index.js';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { multipartFile, XLSX_TYPE } from '../../test/multipart.js';
import { makeXlsx, readXlsx } from '../../test/xlsx.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
const HEADER = ['Mã cán bộ', 'Họ và tên', 'Năm', 'Mức xếp loại', 'Danh hiệu thi đua', 'Ghi chú'];

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-10-20' });
  w = await buildWorld(t.app, t.db);
});
afterAll(() => t.close());

async function upload(rows: unknown[][], dryRun: boolean, cookie = w.cookies.secretary) {
  const mp = multipartFile('ket-qua.xlsx', await makeXlsx([HEADER, ...rows]), XLSX_TYPE);
  return t.app.inject({
    method: 'POST',
    url: `/api/results/import?dryRun=${dryRun}`,
    payload: mp.payload,
    headers: { ...mp.headers, cookie },
  });
}

const head = () => w.people.headPerson;

describe('importing earlier years’ results', () => {
  it('offers a template with the expected header', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/results/import/template',
      headers: { cookie: w.cookies.secretary },
    });
    expect(res.statusCode).toBe(200);
    expect((await readXlsx(res.rawPayload))[0]).toEqual(HEADER);
  });

  it('previews problems by row and column and refuses to commit them, writing nothing', async () => {
    const rows = [
      [head().staffCode, head().fullName, 2022, 'Hoàn thành tốt nhiệm vụ', 'Lao động tiên tiến', ''],
      ['KHONGCO', 'Ai Đó', 2022, 'HTNV', '', ''],
      [head().staffCode, 'Người Khác', 2023, 'HTNV', '', ''],
    ];
    const preview = (await upload(rows, true)).json();
    expect(preview).toMatchObject({ toAdd: 1, toUpdate: 0, committed: false });
    expect(preview.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [3, 'staffCode'],
      [4, 'fullName'],
    ]);
    const refused = await upload(rows, false);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'rows.3.staffCode',
      'rows.4.fullName',
    ]);
    expect(await t.db.select().from(yearlyResults)).toEqual([]);
  });

  it('commits a clean file, then updates on re-import, audited per row', async () => {
    const first = await upload(
      [
        [head().staffCode, head().fullName, 2022, 'HTTNV', 'Lao động tiên tiến', ''],
        [head().staffCode.toLowerCase(), 'tran van truong', 2023, 'Hoàn thành xuất sắc nhiệm vụ', '', ''],
      ],
      false,
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ toAdd: 2, toUpdate: 0, committed: true });
    const again = await upload([[head().staffCode, head().fullName, 2023, 'HTTNV', '', 'Điều chỉnh']], false);
    expect(again.json()).toMatchObject({ toAdd: 0, toUpdate: 1, committed: true });
    const stored = await t.db.select().from(yearlyResults).where(eq(yearlyResults.personId, head().id));
    expect(stored.map((r) => [r.year, r.level]).sort()).toEqual([
      [2022, 'HTTNV'],
      [2023, 'HTTNV'],
    ]);
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, head().id));
    expect(audit.map((a) => a.action)).toEqual(['result.imported', 'result.imported', 'result.updated']);
  });

  it('lets only HR import, and shows a person’s results to them and their managers only', async () => {
    expect((await upload([], true, w.cookies.staff)).statusCode).toBe(403);
    const get = (cookie: string) =>
      t.app.inject({ method: 'GET', url: `/api/people/${head().id}/results`, headers: { cookie } });
    expect((await get(w.cookies.head)).json().items).toHaveLength(2);
    expect((await get(w.cookies.secretary)).statusCode).toBe(200);
    expect((await get(w.cookies.staff)).statusCode).toBe(403);
  });

  it('prefills the nominee’s 3-year review with the stored years', async () => {
    await t.db.update(people).set({ nomineeParty2025: true }).where(eq(people.id, head().id));
    const cycle = await t.app.inject({
      method: 'POST',
      url: '/api/cycles',
      payload: { year: 2024 },
      headers: { cookie: w.cookies.secretary },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/cycles/${cycle.json().id}/start`,
      payload: { version: 1 },
      headers: { cookie: w.cookies.secretary },
    });
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/me/reviews',
      headers: { cookie: w.cookies.head },
    });
    const threeYear = mine.json().items.find((r: { formCode: string }) => r.formCode === 'CV2397_M01');
    const review = await t.app.inject({
      method: 'GET',
      url: `/api/reviews/${threeYear.id}`,
      headers: { cookie: w.cookies.head },
    });
    const answers = review.json().review.answers;
    expect(Object.values(answers)).toContainEqual([
      { year: 2022, level: 'HTTNV', note: 'Lao động tiên tiến' },
      { year: 2023, level: 'HTTNV', note: 'Điều chỉnh' },
      { year: 2024, level: null },
    ]);
  });
});
