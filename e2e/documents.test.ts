/**
 * Journey: the secretary makes the staff list of a unit and of the agency, issues one (it gets
 * its number of the year), downloads it as DOCX, XLSX and PDF, and bundles both into a ZIP.
 */
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { atPath, journey, menuItem, shot, signIn, tableRows, visible } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const drawer = (page: Page) => page.getByTestId('document-drawer');

async function makePeopleList(page: Page, unitName: string | null): Promise<string> {
  await page.getByTestId('people-list-button').click();
  const dialog = page.getByRole('dialog', { name: 'Lập danh sách cán bộ' });
  await visible(dialog);
  if (unitName) {
    await dialog.getByRole('radio', { name: 'Một đơn vị' }).check();
    await dialog.getByRole('combobox', { name: 'Đơn vị' }).click();
    await page.keyboard.type(unitName);
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: unitName }).first().click();
  } else {
    await dialog.getByText('Toàn cơ quan').click();
  }
  const created = page.waitForResponse((r) => r.url().endsWith('/api/documents/people-list'));
  await page.getByTestId('people-list-submit').click();
  const res = await created;
  expect(res.status()).toBe(201);
  await visible(drawer(page).getByText('Các phiên bản'));
  return (await res.json()).id;
}

test('make, issue, download and bundle documents', async () => {
  await journey(
    browser,
    'documents',
    async (page, context) => {
      await signIn(page, 'hcqt');
      await menuItem(page.getByRole('navigation', { name: 'Menu chính' }), 'Văn bản').click();
      await atPath(page, '/van-ban');
      await visible(page.getByTestId('documents-table'));

      await makePeopleList(page, 'Phòng Tổng hợp');
      await page.keyboard.press('Escape');
      await drawer(page).waitFor({ state: 'hidden' });
      await makePeopleList(page, null);

      // Issue the agency list: the date picker sits inside the confirmation.
      await drawer(page).getByTestId('issue-button').click();
      const issued = page.waitForResponse((r) => r.url().includes('/issue'));
      await page.getByTestId('issue-confirm').click();
      const ir = await issued;
      expect(ir.status()).toBe(200);
      const { id } = (await ir.json()) as { id: string };
      await visible(drawer(page).getByText('Đã ban hành').first());
      await visible(drawer(page).getByText('Phiên bản 2'));
      await shot(page, 'documents-issued');

      // Every format downloads with its type; the DOCX is the list, the XLSX has the table.
      const docx = await context.request.get(`/api/documents/${id}?format=docx`);
      expect(docx.headers()['content-type']).toContain('wordprocessingml');
      const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')?.async('string');
      expect(xml).toContain('DANH SÁCH');
      expect(xml).toContain('Nguyễn Quốc Việt');
      const xlsx = await context.request.get(`/api/documents/${id}?format=xlsx`);
      expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
      const pdf = await context.request.get(`/api/documents/${id}?format=pdf`, { timeout: 90_000 });
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      const dl = page.waitForEvent('download');
      await drawer(page).getByRole('link', { name: 'Tải văn bản dạng DOCX' }).click();
      expect((await dl).suggestedFilename()).toMatch(/\.docx$/);
      await page.keyboard.press('Escape');
      await drawer(page).waitFor({ state: 'hidden' });

      // Bundle both as a ZIP with its index sheet.
      const rows = tableRows(page, 'documents-table');
      await rows.nth(0).locator('.ant-checkbox-input').check();
      await rows.nth(1).locator('.ant-checkbox-input').check();
      await page.getByTestId('bundle-button').click();
      await visible(page.getByRole('dialog', { name: 'Tải bộ hồ sơ (ZIP)' }));
      const zipDl = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByTestId('bundle-submit').click();
      const zipFile = await (await zipDl).path();
      const { readFileSync } = await import('node:fs');
      const zip = await JSZip.loadAsync(readFileSync(zipFile as string));
      const names = Object.keys(zip.files);
      expect(names).toContain('00 Mục lục.xlsx');
      expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(2);
      await shot(page, 'documents-list');
    },
    { acceptDownloads: true },
  );
});
