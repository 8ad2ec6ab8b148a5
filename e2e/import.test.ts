/**
 * Journey 3: the import wizard. A file with errors is rejected row by row and writes nothing;
 * the corrected file adds three people and a new unit, which then show in the list and the audit log.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { IMPORT_COLUMNS } from '../src/domain/people-import.js';
import { makeXlsx } from '../src/server/test/xlsx.js';
import { launchBrowser } from './browser.js';
import {
  atPath,
  journey,
  menuItem,
  shot,
  signIn,
  tableRows,
  tempDir,
  UI_TIMEOUT,
  visible,
} from './helpers.js';

const NEW_UNIT = 'Phòng Thử nghiệm E2E';
const EXISTING_UNIT = 'Trung tâm Công báo và Tin học';
const HEADER = IMPORT_COLUMNS.map((c) => c.header);

interface Row {
  code: string;
  name: string;
  gender: string;
  birth: string;
  unit: string;
  category: string;
}

/** One spreadsheet row in template order; the optional columns left empty. */
const sheetRow = (r: Row): unknown[] => {
  const byHeader: Record<string, unknown> = {
    'Mã cán bộ': r.code,
    'Họ và tên': r.name,
    'Giới tính': r.gender,
    'Ngày sinh': r.birth,
    'Đơn vị': r.unit,
    'Chức vụ': 'Chuyên viên',
    Loại: r.category,
  };
  return HEADER.map((h) => byHeader[h] ?? null);
};

const GOOD: Row[] = [
  {
    code: 'E2E001',
    name: 'Trần Thử Một',
    gender: 'Nam',
    birth: '15/04/1988',
    unit: NEW_UNIT,
    category: 'Công chức',
  },
  {
    code: 'E2E002',
    name: 'Lê Thử Hai',
    gender: 'Nữ',
    birth: '28/02/1990',
    unit: NEW_UNIT,
    category: 'Công chức',
  },
  {
    code: 'E2E003',
    name: 'Phạm Thử Ba',
    gender: 'Nam',
    birth: '01/12/1995',
    unit: EXISTING_UNIT,
    category: 'Viên chức',
  },
];

// Excel rows 2–4: a bad gender, an impossible date, and row 4 reusing row 3's staff code.
const BAD: Row[] = [
  { ...(GOOD[0] as Row), gender: 'X' },
  { ...(GOOD[1] as Row), birth: '31/02/1990' },
  { ...(GOOD[2] as Row), code: 'E2E002' },
];

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = tempDir('import');
});
afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function writeXlsx(name: string, rows: Row[]): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await makeXlsx([HEADER, ...rows.map(sheetRow)]));
  return file;
}

/** What the server holds for staff codes containing "E2E", and whether the new unit exists. */
async function serverState(page: Page): Promise<{ people: string[]; unitExists: boolean }> {
  const people = await page.request.get('/api/people?q=E2E&pageSize=100');
  expect(people.status()).toBe(200);
  const units = await page.request.get('/api/units');
  expect(units.status()).toBe(200);
  const unitItems = ((await units.json()) as { items: { name: string }[] }).items;
  return {
    people: ((await people.json()) as { items: { staffCode: string }[] }).items
      .map((p) => p.staffCode)
      .sort(),
    unitExists: unitItems.some((u) => u.name === NEW_UNIT),
  };
}

/** The problems table's rows as [Dòng, Cột, Lỗi] texts. */
async function problemRows(page: Page): Promise<string[][]> {
  const rows = tableRows(page, 'import-problems');
  const out: string[][] = [];
  for (const row of await rows.all()) {
    out.push((await row.locator('td').allTextContents()).map((t) => t.trim()));
  }
  return out;
}

test('hcqt imports a staff list: errors first, then the corrected file', async () => {
  const badFile = await writeXlsx('danh-sach-co-loi.xlsx', BAD);
  const goodFile = await writeXlsx('danh-sach-e2e.xlsx', GOOD);

  await journey(browser, 'import', async (page) => {
    await signIn(page, 'hcqt');
    await menuItem(page, 'Nhập danh sách').click();
    await atPath(page, '/nhan-su/nhap');
    await visible(page.getByRole('heading', { name: 'Nhập danh sách từ Excel' }));
    expect(await serverState(page)).toEqual({ people: [], unitExists: false });

    // --- the file with errors ------------------------------------------------------------------
    await page.getByTestId('import-file-input').setInputFiles(badFile);
    await visible(page.getByTestId('import-problems'));
    await visible(page.getByText('danh-sach-co-loi.xlsx'));
    await visible(page.getByRole('alert').filter({ hasText: 'Tệp có 3 lỗi' }));
    await expect.poll(() => tableRows(page, 'import-problems').count(), { timeout: UI_TIMEOUT }).toBe(3);
    const problems = await problemRows(page);
    expect(problems).toEqual([
      ['2', 'Giới tính', "Giá trị 'X' không hợp lệ; chọn Nam hoặc Nữ."],
      ['3', 'Ngày sinh', '31/02/1990 không phải ngày hợp lệ.'],
      ['4', 'Mã cán bộ', "Mã cán bộ 'E2E002' trùng với dòng 3; mỗi người cần một mã riêng."],
    ]);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await shot(page, 'import-problems');

    // The dry run wrote nothing: no people, no unit.
    expect(await serverState(page)).toEqual({ people: [], unitExists: false });

    // --- the corrected file --------------------------------------------------------------------
    await page.getByRole('button', { name: 'Chọn tệp khác' }).click();
    await page.getByTestId('import-file-input').setInputFiles(goodFile);
    await visible(page.getByText('Tệp hợp lệ.', { exact: false }));
    const addCard = await visible(page.locator('.ant-card').filter({ hasText: 'Sẽ thêm mới (3 người)' }));
    for (const r of GOOD) {
      await visible(addCard.getByRole('cell', { name: r.code, exact: true }));
      await visible(addCard.getByRole('cell', { name: r.name, exact: true }));
    }
    const unitCard = await visible(
      page.locator('.ant-card').filter({ hasText: 'Đơn vị sẽ được tạo mới (1)' }),
    );
    await visible(unitCard.getByText(NEW_UNIT, { exact: true }));
    const addStat = page.locator('.ant-statistic').filter({ hasText: 'Thêm mới' });
    expect((await addStat.locator('.ant-statistic-content').textContent())?.trim()).toBe('3');
    expect(await page.getByTestId('import-problems').count()).toBe(0);
    expect(await page.getByTestId('import-commit').isEnabled()).toBe(true);
    // Still only a preview.
    expect(await serverState(page)).toEqual({ people: [], unitExists: false });
    await shot(page, 'import-preview');

    await page.getByTestId('import-commit').click();
    await visible(page.getByText('Đã nhập danh sách', { exact: true }));
    await visible(page.getByText(/Thêm 3 người, cập nhật 0 người, tạo 1 đơn vị/));
    expect(await serverState(page)).toEqual({ people: ['E2E001', 'E2E002', 'E2E003'], unitExists: true });
    await shot(page, 'import-done');

    // --- the people are in the list ---------------------------------------------------------------
    await page.getByRole('button', { name: 'Xem danh sách nhân sự' }).click();
    await atPath(page, '/nhan-su');
    await page.getByTestId('people-search').fill('e2e');
    await page.waitForURL((u) => u.searchParams.get('q') === 'e2e');
    const rows = tableRows(page, 'people-table');
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(3);
    for (const r of GOOD) {
      const row = rows.filter({ hasText: r.code });
      await visible(row.getByRole('link', { name: r.name, exact: true }));
      expect(await row.textContent()).toContain(r.unit);
    }
    await shot(page, 'import-people-list');

    // --- and in the audit log ----------------------------------------------------------------------
    await menuItem(page, 'Nhật ký').click();
    await atPath(page, '/nhat-ky');
    const audit = page.getByTestId('audit-table');
    await visible(
      audit.getByText('Nhập danh sách từ tệp danh-sach-e2e.xlsx: thêm 3, cập nhật 0, tạo 1 đơn vị.'),
    );
    await visible(audit.getByText('Nhập danh sách', { exact: true }));
    for (const r of GOOD) {
      const entry = tableRows(page, 'audit-table').filter({
        hasText: `Thêm ${r.name} (${r.code}) khi nhập danh sách từ tệp danh-sach-e2e.xlsx.`,
      });
      await visible(entry);
      await visible(entry.getByText('Thêm người', { exact: true }));
      expect(await entry.textContent()).toContain('Nguyễn Thị Thu Trang');
    }
    await visible(audit.getByText(`Thêm đơn vị "${NEW_UNIT}"`, { exact: false }));
    // The rejected file left no trace in the log.
    expect(await audit.getByText('danh-sach-co-loi.xlsx', { exact: false }).count()).toBe(0);
    await shot(page, 'import-audit');
  });
});
