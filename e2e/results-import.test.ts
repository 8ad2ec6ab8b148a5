/**
 * Results of earlier years: hcqt imports a file with errors (nothing written), then the corrected one;
 * the Chief of Office, a nominee, finds them prefilled in his 3-year review (Mẫu 01 of CV 2397).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RESULT_COLUMNS } from '../src/domain/results-import.js';
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

const HEADER = RESULT_COLUMNS.map((c) => c.header);
let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = tempDir('results');
});
afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function file(name: string, rows: unknown[][]): Promise<string> {
  const p = path.join(dir, name);
  fs.writeFileSync(p, await makeXlsx([HEADER, ...rows]));
  return p;
}

test('hcqt imports earlier years’ results and the nominee’s 3-year review shows them', async () => {
  const bad = await file('ket-qua-loi.xlsx', [
    ['VP001', 'Nguyễn Quốc Việt', 2022, 'Giỏi', '', ''],
    ['VP999', 'Không Có Ai', 2022, 'HTNV', '', ''],
  ]);
  const good = await file('ket-qua.xlsx', [
    ['VP001', 'Nguyễn Quốc Việt', 2022, 'Hoàn thành xuất sắc nhiệm vụ', 'Chiến sĩ thi đua cơ sở', ''],
    ['VP001', 'Nguyen Quoc Viet', 2023, 'HTTNV', 'Lao động tiên tiến', ''],
  ]);
  await journey(browser, 'results-import', async (page) => {
    await signIn(page, 'hcqt');
    await menuItem(page, 'Kết quả các năm trước').click();
    await atPath(page, '/nhan-su/nhap-ket-qua');
    await visible(page.getByRole('heading', { name: 'Nhập kết quả các năm trước' }));

    await page.getByTestId('import-file-input').setInputFiles(bad);
    await expect.poll(() => tableRows(page, 'import-problems').count(), { timeout: UI_TIMEOUT }).toBe(2);
    const problems = await tableRows(page, 'import-problems').allTextContents();
    expect(problems[0]).toContain('Mức xếp loại "Giỏi" không hợp lệ');
    expect(problems[1]).toContain('Không có người mang mã VP999');
    expect(await page.getByRole('button', { name: /^Ghi \d+ kết quả$/ }).isDisabled()).toBe(true);
    await shot(page, 'results-import-problems');

    await page.getByRole('button', { name: 'Chọn tệp khác' }).click();
    await page.getByTestId('import-file-input').setInputFiles(good);
    await page.getByRole('button', { name: 'Ghi 2 kết quả' }).click();
    await visible(page.getByText('Đã ghi 2 kết quả'));
    await shot(page, 'results-import-done');
  });

  await journey(browser, 'results-prefill', async (page) => {
    await signIn(page, 'cvp');
    const mine = await (await page.request.get('/api/me/reviews')).json();
    const threeYear = mine.items.find((r: { formCode: string }) => r.formCode === 'CV2397_M01');
    expect(threeYear).toBeTruthy();
    const review = await (await page.request.get(`/api/reviews/${threeYear.id}`)).json();
    expect(Object.values(review.review.answers)).toContainEqual([
      { year: 2022, level: 'HTXSNV', note: 'Chiến sĩ thi đua cơ sở' },
      { year: 2023, level: 'HTTNV', note: 'Lao động tiên tiến' },
      { year: 2024, level: null },
    ]);
  });
});
