/** Journey 2: the organisation tree, one unit's people, the people list, search without diacritics, detail. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { atPath, journey, menuItem, shot, signIn, tableRows, UI_TIMEOUT, visible } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('hcqt browses units and people, finds Nguyễn Văn Hùng without diacritics and opens him', async () => {
  await journey(browser, 'org-people', async (page) => {
    await signIn(page, 'hcqt');

    // --- /to-chuc: the unit tree ------------------------------------------------------------
    await menuItem(page, 'Cơ cấu tổ chức').click();
    await atPath(page, '/to-chuc');
    await visible(page.getByRole('heading', { name: 'Cơ cấu tổ chức' }));
    const tree = page.locator('.ant-tree');
    for (const name of [
      'Lãnh đạo Văn phòng',
      'Phòng Hành chính - Quản trị',
      'Phòng Tổng hợp',
      'Trung tâm Công báo và Tin học',
    ]) {
      await visible(tree.getByText(name, { exact: true }));
    }
    await visible(page.getByText('Chọn một đơn vị trong cây để xem danh sách người.'));

    // Select a unit: its card and its people appear; the URL remembers the choice.
    await tree.getByText('Phòng Tổng hợp', { exact: true }).click();
    await page.waitForURL((u) => u.searchParams.has('donVi'));
    const unitCard = page.locator('.ant-card').filter({
      has: page.locator('.ant-card-head-title', { hasText: /^Phòng Tổng hợp$/ }),
    });
    await visible(unitCard);
    await visible(unitCard.getByRole('link', { name: 'Đinh Thị Bích Ngọc' }));
    const unitRows = unitCard.locator('tbody tr.ant-table-row');
    const count = Number(
      await unitCard
        .locator('.ant-descriptions-item')
        .filter({ hasText: 'Số người' })
        .locator('.ant-descriptions-item-content')
        .textContent(),
    );
    expect(count).toBeGreaterThan(1);
    await expect.poll(() => unitRows.count(), { timeout: UI_TIMEOUT }).toBe(count);
    // Only this unit's people: nobody from another unit, e.g. the Chief of Office.
    expect(await unitCard.getByText('Nguyễn Quốc Việt').count()).toBe(0);
    await shot(page, 'org-unit-selected');

    // --- /nhan-su: the list, then the diacritic-insensitive search ---------------------------
    await menuItem(page, 'Nhân sự').click();
    await atPath(page, '/nhan-su');
    await visible(page.getByRole('heading', { name: 'Nhân sự' }));
    const rows = tableRows(page, 'people-table');
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBeGreaterThanOrEqual(10);
    const before = await rows.count();
    await visible(page.getByText(/trong \d+ người/));

    await page.getByTestId('people-search').fill('nguyen van hung');
    await page.waitForURL((u) => u.searchParams.get('q') === 'nguyen van hung');
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBeLessThanOrEqual(3);
    const hung = page.getByTestId('people-table').getByRole('link', { name: 'Nguyễn Văn Hùng', exact: true });
    await visible(hung);
    // Diacritics are ignored both ways: Hưng matches too, and every row is a "Nguyễn Văn Hu/Hù/Hư…ng".
    await visible(
      page.getByTestId('people-table').getByRole('link', { name: 'Nguyễn Văn Hưng', exact: true }),
    );
    expect(await rows.count()).toBeLessThan(before);
    const hungRow = rows.filter({ has: page.getByRole('link', { name: 'Nguyễn Văn Hùng', exact: true }) });
    expect(await hungRow.textContent()).toContain('VP014');
    await shot(page, 'people-search');

    // --- the person's detail page ------------------------------------------------------------
    await hung.click();
    await page.waitForURL((u) => /^\/nhan-su\/[^/]+$/.test(u.pathname) && u.pathname !== '/nhan-su/nhap');
    await visible(page.getByRole('heading', { name: 'Nguyễn Văn Hùng', level: 3 }));
    await visible(page.getByText('Thông tin chung'));
    await visible(page.getByText('VP014', { exact: true }));
    await shot(page, 'person-detail');

    // Back returns to the filtered list.
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await atPath(page, '/nhan-su');
    expect(await page.getByTestId('people-search').inputValue()).toBe('nguyen van hung');
    await shot(page, 'org-people');
  });
});
