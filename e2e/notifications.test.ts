/**
 * Journey: deadline reminders in the app. On a server whose periodic sweep is off (so the test says
 * when reminders go out), the secretary sends them from the progress dashboard; the bell counts
 * them, lists the latest, leads to /thong-bao, where all are marked read. The head of Phòng Kinh tế,
 * on a phone, finds his unit's overdue and due-soon steps under the bell and opens the dashboard
 * from one. Sending again reminds nobody twice.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { atPath, journey, menuItem, shot, signIn, UI_TIMEOUT, visible } from './helpers.js';
import { type RunningServer, startServer } from './server.js';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ REMINDER_SWEEP_MINUTES: '0' })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };
const KINH_TE = 'Phòng Kinh tế';
const REMINDER_TITLE = /^(Quá hạn|Sắp đến hạn): /;

const bell = (page: Page) => page.getByTestId('notification-bell');
const panel = (page: Page) => page.getByTestId('notification-panel');

/** The unread count the bell announces ("Thông báo (N chưa đọc)"). */
async function bellCount(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute('aria-label')) ?? '';
  const m = /^Thông báo \((\d+) chưa đọc\)$/.exec(label);
  if (!m) throw new Error(`unexpected bell label: ${label}`);
  return Number(m[1]);
}

/** The badge number drawn on the bell ('' when there is none). */
const badgeText = async (page: Page) => {
  const badge = bell(page).locator('.ant-badge-count');
  return (await badge.count()) > 0 && (await badge.isVisible()) ? ((await badge.textContent()) ?? '') : '';
};

/** Opens the running cycle's dashboard from the side menu. */
async function openDashboard(page: Page): Promise<void> {
  await menuItem(page.getByRole('navigation', { name: 'Menu chính' }), 'Tiến độ kỳ đánh giá').click();
  await page.waitForURL((u) => /^\/ky-danh-gia\/[^/]+\/tien-do$/.test(u.pathname));
  await visible(page.getByTestId('progress-matrix'));
}

/** Clicks "Gửi nhắc hạn ngay" and returns the message shown. */
async function sendReminders(page: Page): Promise<string> {
  const sweep = page.waitForResponse(
    (r) => r.url().endsWith('/api/reminders/sweep') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Gửi nhắc hạn ngay' }).click();
  const res = await sweep;
  expect(res.status(), await res.text()).toBe(200);
  const notice = await visible(page.locator('.ant-message-notice').last());
  return (await notice.textContent())?.trim() ?? '';
}

/** The page never scrolls sideways (one pixel of rounding allowed). */
async function expectNoPageOverflow(page: Page, width: number): Promise<void> {
  const w = await page.evaluate(() =>
    Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
  );
  expect(w).toBeLessThanOrEqual(width + 1);
}

/** The element lies inside the viewport's width. */
async function expectWithinWidth(locator: Locator, width: number): Promise<void> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
}

test('the secretary sends reminders now; the bell and the page list them; all marked read', async () => {
  await journey(
    browser,
    'notifications-secretary',
    async (page) => {
      await signIn(page, 'hcqt');
      // The periodic sweep is off: nothing yet.
      await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Thông báo (0 chưa đọc)');
      expect(await badgeText(page)).toBe('');

      await openDashboard(page);
      const text = await sendReminders(page);
      expect(text).toMatch(/^Đã gửi \d+ nhắc hạn \(\d+ thông báo, 0 thư điện tử\)\.$/);
      const sentNotes = Number(/\((\d+) thông báo/.exec(text)?.[1]);
      expect(sentNotes).toBeGreaterThan(0);

      // The bell shows the secretary's own share (agency steps, units nobody leads).
      await expect.poll(() => bellCount(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
      const unread = await bellCount(page);
      expect(await badgeText(page)).toBe(unread > 99 ? '99+' : String(unread));
      await shot(page, 'notifications-dashboard-sent');

      await bell(page).click();
      const box = await visible(panel(page));
      await visible(box.getByText('Thông báo', { exact: true }));
      const items = box.getByTestId('notification-item');
      await visible(items);
      expect(await items.count()).toBe(Math.min(unread, 8));
      const first = ((await items.first().textContent()) ?? '').trim();
      expect(first).toMatch(REMINDER_TITLE);
      expect(await items.first().getAttribute('data-unread')).toBe('true');
      await shot(page, 'notifications-bell');

      await box.getByRole('button', { name: 'Xem tất cả' }).click();
      await atPath(page, '/thong-bao');
      await visible(page.getByRole('heading', { name: 'Thông báo', level: 3 }));
      const rows = page.getByTestId('notification-row');
      await visible(rows);
      expect(await rows.count()).toBe(Math.min(unread, 50));
      const tags = await page.getByTestId('notification-kind').allTextContents();
      expect(tags.length).toBe(await rows.count());
      for (const t of tags) expect(['Quá hạn', 'Sắp đến hạn']).toContain(t);
      // The side menu knows the page.
      await visible(menuItem(page.getByRole('navigation', { name: 'Menu chính' }), 'Thông báo'));
      await shot(page, 'notifications-page');

      // All at once: the badge goes, the unread list is empty.
      const marked = page.waitForResponse((r) => r.url().endsWith('/api/notifications/read'));
      await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
      expect((await marked).request().postDataJSON()).toEqual({ all: true });
      await visible(page.getByText(`Đã đánh dấu ${unread} thông báo là đã đọc.`));
      await expect.poll(() => bellCount(page)).toBe(0);
      expect(await badgeText(page)).toBe('');
      expect(await page.locator('[data-testid="notification-row"][data-unread="true"]').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).isDisabled()).toBe(true);
      await page.getByText('Chưa đọc (0)', { exact: true }).click();
      await visible(page.getByTestId('notifications-list').getByText('Không có thông báo chưa đọc.'));
      await shot(page, 'notifications-page-read');
    },
    { baseURL: server.url },
  );
});

test('the unit head, on a phone, opens an overdue step of his unit from the bell', async () => {
  await journey(
    browser,
    'notifications-unit-head',
    async (page) => {
      await signIn(page, 'tp.kinhte');
      await expect.poll(() => bellCount(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
      const unread = await bellCount(page);
      await expectNoPageOverflow(page, PHONE.width);

      await bell(page).tap();
      const box = await visible(panel(page));
      await expectWithinWidth(box, PHONE.width);
      const items = box.getByTestId('notification-item');
      await visible(items);
      // Only his unit's steps: overdue and due soon.
      const texts = await items.allTextContents();
      expect(texts.length).toBe(Math.min(unread, 8));
      for (const t of texts) {
        expect(t.trim()).toMatch(REMINDER_TITLE);
        expect(t).toContain(`Đơn vị: ${KINH_TE}.`);
      }
      expect(texts.some((t) => t.startsWith('Quá hạn:'))).toBe(true);
      await shot(page, 'notifications-bell-phone');

      // Opening one leads to the dashboard and marks it read.
      const overdue = items.filter({ hasText: /^Quá hạn:/ }).first();
      const read = page.waitForResponse((r) => r.url().endsWith('/api/notifications/read'));
      await overdue.tap();
      expect((await read).status()).toBe(200);
      await page.waitForURL((u) => /^\/ky-danh-gia\/[^/]+\/tien-do$/.test(u.pathname));
      await visible(page.getByTestId('progress-matrix'));
      await expect.poll(() => bellCount(page)).toBe(unread - 1);
      // A unit head may not send reminders.
      expect(await page.getByRole('button', { name: 'Gửi nhắc hạn ngay' }).count()).toBe(0);

      await bell(page).tap();
      await panel(page).getByRole('button', { name: 'Xem tất cả' }).tap();
      await atPath(page, '/thong-bao');
      const rows = page.getByTestId('notification-row');
      await visible(rows);
      expect(await rows.count()).toBe(unread);
      const readRows = page.locator('[data-testid="notification-row"][data-unread="false"]');
      expect(await readRows.count()).toBe(1);
      await expectNoPageOverflow(page, PHONE.width);
      await shot(page, 'notifications-page-phone');

      // One more marked read on its own; "Chưa đọc" leaves both out.
      const next = page.locator('[data-testid="notification-row"][data-unread="true"]').first();
      const title = (await next.getByTestId('notification-title').textContent()) ?? '';
      await next.getByRole('button', { name: 'Đánh dấu đã đọc' }).tap();
      await expect.poll(() => readRows.count()).toBe(2);
      await expect.poll(() => bellCount(page)).toBe(unread - 2);
      await page.getByText(`Chưa đọc (${unread - 2})`, { exact: true }).tap();
      await expect.poll(() => rows.count()).toBe(unread - 2);
      expect(await rows.getByTestId('notification-title').allTextContents()).not.toContain(title);
    },
    { baseURL: server.url, viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  );
});

test('sending again reminds nobody twice', async () => {
  await journey(
    browser,
    'notifications-again',
    async (page) => {
      await signIn(page, 'hcqt');
      await openDashboard(page);
      expect(await sendReminders(page)).toBe(
        'Không có nhắc hạn mới: các việc sắp đến hạn và quá hạn đã được nhắc.',
      );
      expect(await bellCount(page)).toBe(0);
    },
    { baseURL: server.url },
  );
});
