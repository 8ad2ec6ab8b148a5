/** Journey 5: a phone (390×844, touch): sign in, the drawer menu, the people table scrolls inside itself. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { atPath, hidden, journey, menuItem, shot, tableRows, UI_TIMEOUT, visible } from './helpers.js';

const WIDTH = 390;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The page itself never scrolls sideways (one pixel of rounding allowed). */
async function expectNoPageOverflow(page: Page): Promise<void> {
  const { doc, body } = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
  }));
  expect(doc).toBeLessThanOrEqual(WIDTH + 1);
  expect(body).toBeLessThanOrEqual(WIDTH + 1);
}

test('on a phone hcqt signs in, opens Nhân sự from the drawer, and the table scrolls on its own', async () => {
  await journey(
    browser,
    'mobile',
    async (page) => {
      // Sign in with taps.
      await page.goto('/dang-nhap');
      await visible(page.getByLabel('Tên đăng nhập'));
      await expectNoPageOverflow(page);
      await page.getByLabel('Tên đăng nhập').fill('hcqt');
      await page.getByLabel('Mật khẩu').fill('demo');
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).tap();
      await visible(page.getByRole('heading', { name: 'Xin chào, Nguyễn Thị Thu Trang!' }));
      await expectNoPageOverflow(page);

      // No side menu on a phone; the hamburger opens the drawer.
      expect(await page.getByRole('navigation', { name: 'Menu chính' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Mở menu' }).tap();
      const drawer = await visible(page.getByRole('dialog').filter({ hasText: 'BinhXet' }));
      await visible(menuItem(drawer, 'Nhập danh sách'));
      await shot(page, 'mobile-drawer');
      await menuItem(drawer, 'Nhân sự').tap();
      await atPath(page, '/nhan-su');
      await hidden(drawer);

      // The people table: rows arrive, and the wide table scrolls inside its own box.
      await visible(page.getByRole('heading', { name: 'Nhân sự' }));
      const rows = tableRows(page, 'people-table');
      await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBeGreaterThanOrEqual(10);
      await expectNoPageOverflow(page);

      const scroller = page
        .getByTestId('people-table')
        .locator('.ant-table-content, .ant-table-body')
        .first();
      const box = await scroller.evaluate((el) => ({
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        overflowX: getComputedStyle(el).overflowX,
      }));
      expect(box.clientWidth).toBeLessThanOrEqual(WIDTH);
      expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
      expect(['auto', 'scroll']).toContain(box.overflowX);

      // Scroll it sideways: the last column ('Ngày sinh') comes into view, the page does not move.
      const lastHeader = page.getByTestId('people-table').getByRole('columnheader', { name: 'Ngày sinh' });
      const xBefore = (await lastHeader.boundingBox())?.x ?? 0;
      expect(xBefore).toBeGreaterThan(WIDTH);
      const tableBox = await scroller.boundingBox();
      if (!tableBox) throw new Error('people table has no box');
      await page.mouse.move(tableBox.x + tableBox.width / 2, tableBox.y + Math.min(tableBox.height / 2, 200));
      await page.mouse.wheel(box.scrollWidth, 0);
      await expect
        .poll(() => scroller.evaluate((el) => el.scrollLeft), { timeout: UI_TIMEOUT })
        .toBeGreaterThan(0);
      await expect
        .poll(async () => (await lastHeader.boundingBox())?.x ?? Number.POSITIVE_INFINITY, {
          timeout: UI_TIMEOUT,
        })
        .toBeLessThan(WIDTH);
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
      await expectNoPageOverflow(page);

      // The search box and the rows stay usable: search, then open a person with a tap.
      await page.getByTestId('people-search').fill('VP014');
      await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(1);
      await shot(page, 'mobile-people');
      await scroller.evaluate((el) => {
        el.scrollLeft = 0;
      });
      await rows.first().getByRole('link', { name: 'Nguyễn Văn Hùng' }).tap();
      await visible(page.getByRole('heading', { name: 'Nguyễn Văn Hùng', level: 3 }));
      await visible(page.getByText('Thông tin chung'));
      await expectNoPageOverflow(page);
      await shot(page, 'mobile');
    },
    {
      viewport: { width: WIDTH, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
  );
});
