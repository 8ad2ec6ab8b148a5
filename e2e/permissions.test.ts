/** Journey 4: an ordinary staff member (nhanvien) sees neither import nor audit, in the UI or the API. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { IMPORT_COLUMNS } from '../src/domain/people-import.js';
import { makeXlsx } from '../src/server/test/xlsx.js';
import { launchBrowser } from './browser.js';
import { atPath, journey, menuItem, shot, signIn, tableRows, UI_TIMEOUT, visible } from './helpers.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORBIDDEN_PAGE = 'Bạn không có quyền truy cập trang này.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('nhanvien has no import or audit: hidden menu, 403 page, 403 from the API', async () => {
  await journey(browser, 'permissions', async (page) => {
    await signIn(page, 'nhanvien');
    await visible(page.getByRole('heading', { name: 'Xin chào, Đinh Thị Bích Ngọc!' }));

    // The side menu offers only what the role allows.
    const menu = page.getByRole('navigation', { name: 'Menu chính' });
    for (const item of ['Trang chủ', 'Cơ cấu tổ chức', 'Nhân sự']) {
      await visible(menuItem(menu, item));
    }
    // (Substring match here, stricter than menuItem's exact label.)
    expect(await menu.getByRole('menuitem', { name: 'Nhập danh sách' }).count()).toBe(0);
    expect(await menu.getByRole('menuitem', { name: 'Nhật ký' }).count()).toBe(0);
    // Nor do the home page's shortcuts.
    await visible(page.getByRole('main').getByText('Cơ cấu tổ chức', { exact: true }));
    expect(await page.getByRole('main').getByText('Nhập danh sách', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('main').getByText('Nhật ký', { exact: true }).count()).toBe(0);

    // The people list works, without the import and add buttons.
    await menuItem(menu, 'Nhân sự').click();
    await atPath(page, '/nhan-su');
    await expect
      .poll(() => tableRows(page, 'people-table').count(), { timeout: UI_TIMEOUT })
      .toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Nhập từ Excel' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Thêm người' }).count()).toBe(0);

    // Typing the addresses shows the 403 page.
    await page.goto('/nhat-ky');
    await visible(page.getByText(FORBIDDEN_PAGE));
    expect(await page.getByTestId('audit-table').count()).toBe(0);
    await page.goto('/nhan-su/nhap');
    await visible(page.getByText(FORBIDDEN_PAGE));
    expect(await page.getByTestId('import-file-input').count()).toBe(0);
    await visible(page.getByRole('button', { name: 'Về trang chủ' }));
    await shot(page, 'permissions-forbidden');

    // The API refuses too, with this session's cookie: a valid file is not even looked at.
    const header = IMPORT_COLUMNS.map((c) => c.header);
    const row = header.map(
      (h) =>
        ({
          'Mã cán bộ': 'E2E901',
          'Họ và tên': 'Người Không Được Thêm',
          'Giới tính': 'Nam',
          'Đơn vị': 'Phòng Tổng hợp',
          Loại: 'Công chức',
        })[h] ?? null,
    );
    const buffer = await makeXlsx([header, row]);
    for (const dryRun of ['true', 'false']) {
      const res = await page.request.post(`/api/people/import?dryRun=${dryRun}`, {
        multipart: { file: { name: 'danh-sach.xlsx', mimeType: XLSX_TYPE, buffer } },
      });
      expect(res.status()).toBe(403);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('forbidden');
      expect(body.error.message).toContain('Bạn không có quyền');
    }
    const audit = await page.request.get('/api/audit');
    expect(audit.status()).toBe(403);
    expect(((await audit.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const template = await page.request.get('/api/people/import/template');
    expect(template.status()).toBe(403);

    // Still signed in (403 is not 401), and nothing was written.
    expect((await page.request.get('/api/me')).status()).toBe(200);
    const people = await page.request.get('/api/people?q=E2E901');
    expect(((await people.json()) as { total: number }).total).toBe(0);

    await page.getByRole('button', { name: 'Về trang chủ' }).click();
    await atPath(page, '/');
    await visible(page.getByRole('heading', { name: 'Xin chào, Đinh Thị Bích Ngọc!' }));
    await shot(page, 'permissions');
  });
});
