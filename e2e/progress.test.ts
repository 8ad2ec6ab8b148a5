/**
 * Journey: the progress of the running 2024 cycle (the demo's "today" is 04/11/2024). The head
 * of Phòng Kinh tế sees his unit's steps on the home page, one of them overdue, and marks it done;
 * the secretary opens the dashboard and sees it done there, next to a unit that is late (red).
 * A second server whose clock reads 06/11/2024 shows a unit meeting that is due soon on 04/11 as
 * overdue two days later.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { journey, menuItem, shot, signIn, visible } from './helpers.js';
import { type RunningServer, startServer } from './server.js';

let browser: Browser;
let later: RunningServer;
beforeAll(async () => {
  [browser, later] = await Promise.all([launchBrowser(), startServer({ CLOCK_TODAY: '2024-11-06' })]);
});
afterAll(async () => {
  await browser?.close();
  await later?.stop();
});

const KINH_TE = 'Phòng Kinh tế';
const KSTTHC = 'Phòng Kiểm soát thủ tục hành chính';
/** The step the unit head marks done: overdue since 25/10 for his unit. */
const THREE_YEAR_REVIEW = 'Kiểm điểm 03 năm';

const cell = (page: Page, unit: string, step: string) =>
  page.locator(`[data-testid="progress-cell"][data-unit="${unit}"][data-step="${step}"]`);

/** Opens the running cycle's dashboard from the side menu. */
async function openDashboard(page: Page): Promise<void> {
  await menuItem(page.getByRole('navigation', { name: 'Menu chính' }), 'Tiến độ kỳ đánh giá').click();
  await page.waitForURL((u) => /^\/ky-danh-gia\/[^/]+\/tien-do$/.test(u.pathname));
  await visible(page.getByTestId('progress-matrix'));
}

test('a unit head marks an overdue step done from the home page', async () => {
  await journey(browser, 'progress-unit-head', async (page) => {
    await signIn(page, 'tp.kinhte');
    const tasks = await visible(page.getByTestId('my-tasks'));
    await visible(tasks.getByText('Kỳ đánh giá năm 2024 · Hôm nay: 04/11/2024'));
    const items = tasks.getByTestId('task-item');
    await visible(items);
    // Only his unit's steps, overdue first, at least one of them late.
    const texts = await items.allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) expect(t).toContain(KINH_TE);
    expect(await items.first().getAttribute('data-state')).toBe('overdue');
    expect(texts.some((t) => /Quá hạn \d+ ngày/.test(t))).toBe(true);

    const late = items.filter({ hasText: THREE_YEAR_REVIEW });
    expect(await late.textContent()).toContain('Quá hạn 10 ngày');
    await shot(page, 'progress-home-tasks');
    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/progress'));
    await late.getByRole('button', { name: 'Đánh dấu đã xong' }).click();
    const res = await put;
    expect(res.status(), await res.text()).toBe(200);
    // Recorded on the agency's "today".
    expect(res.request().postDataJSON()).toMatchObject({ done: true, doneOn: '2024-11-04' });
    await late.waitFor({ state: 'detached' });
    expect(await items.count()).toBe(texts.length - 1);

    // On the dashboard he may mark his own unit's cells only.
    await openDashboard(page);
    const mine = page.locator(`button[data-testid="progress-cell"][data-unit="${KINH_TE}"]`);
    expect(await mine.count()).toBeGreaterThan(0);
    expect(await page.locator('button[data-testid="progress-cell"]').count()).toBe(await mine.count());
  });
});

test('the secretary sees the dashboard: done, overdue in red, and marks a cell', async () => {
  await journey(browser, 'progress-secretary', async (page) => {
    await signIn(page, 'hcqt');
    await openDashboard(page);
    await visible(page.getByRole('heading', { name: 'Tiến độ — Kỳ đánh giá năm 2024' }));
    expect(await page.getByTestId('progress-today').textContent()).toContain('Hôm nay: 04/11/2024');
    await visible(page.getByTestId('progress-legend').getByText('Sắp đến hạn (≤ 3 ngày)'));

    // What the unit head marked on the home page: done (after its deadline, so "late").
    const marked = cell(page, KINH_TE, 'kiem-diem-3-nam');
    expect(await marked.getAttribute('data-state')).toBe('done_late');
    expect(await marked.textContent()).toBe('04/11');

    // A unit that has not sent its self-reviews: overdue, in red.
    const overdue = cell(page, KSTTHC, 'tu-kiem-diem');
    expect(await overdue.getAttribute('data-state')).toBe('overdue');
    expect(await overdue.locator('span').first().textContent()).toBe('Quá hạn');
    // Its self-reviews: none handed in; a unit that finished has all of them in.
    expect(await overdue.getByTestId('progress-cell-count').textContent()).toMatch(/^0\/\d+ bản$/);
    const hcqtCount = await cell(page, 'Phòng Hành chính - Quản trị', 'tu-kiem-diem')
      .getByTestId('progress-cell-count')
      .textContent();
    expect(hcqtCount).toMatch(/^(\d+)\/\1 bản$/);
    expect(await overdue.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 77, 79)');
    // The meetings are due tomorrow (05/11).
    expect(await cell(page, KINH_TE, 'hop-don-vi').getAttribute('data-state')).toBe('due_soon');

    // The agency-level steps on their time axis, with today's line.
    const timeline = await visible(page.getByTestId('progress-timeline'));
    expect(await timeline.getByTestId('timeline-tick').allTextContents()).toEqual([
      'Th10',
      'Th11',
      'Th12',
      'Th1/2025',
    ]);
    await visible(timeline.getByTestId('timeline-today'));
    // For the leadership: what is overdue, longest first, and the levels proposed so far.
    const overdueList = await visible(page.getByTestId('overdue-list'));
    expect(await overdueList.getByTestId('overdue-item').first().textContent()).toMatch(/Quá hạn \d+ ngày/);
    expect(await overdueList.textContent()).toContain(KSTTHC);
    const levels = await visible(page.getByTestId('level-counts'));
    expect(Number(await levels.getByTestId('level-total-HTTNV').textContent())).toBeGreaterThan(0);
    await shot(page, 'progress-dashboard');

    // Mark the late unit's figures as sent on 03/11.
    const figures = cell(page, KSTTHC, 'so-lieu-bao-cao');
    expect(await figures.getAttribute('data-state')).toBe('overdue');
    await figures.click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Ghi nhận tiến độ' }));
    const date = dialog.getByLabel('Ngày hoàn thành');
    expect(await date.inputValue()).toBe('04/11/2024');
    await date.click();
    await date.fill('03/11/2024');
    await date.press('Enter');
    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/progress'));
    await dialog.getByTestId('mark-submit').click();
    const res = await put;
    expect(res.status(), await res.text()).toBe(200);
    expect(res.request().postDataJSON()).toMatchObject({ done: true, doneOn: '2024-11-03' });
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => figures.getAttribute('data-state')).toBe('done_late');
    expect(await figures.textContent()).toBe('03/11');
  });
});

test('two days later the unit meetings not held are overdue', async () => {
  // On the shared server (04/11) the meeting is due soon...
  await journey(browser, 'progress-today', async (page) => {
    await signIn(page, 'hcqt');
    await openDashboard(page);
    expect(await cell(page, KINH_TE, 'hop-don-vi').getAttribute('data-state')).toBe('due_soon');
  });
  // ...and on a server whose clock reads 06/11/2024 it is overdue.
  await journey(
    browser,
    'progress-later',
    async (page) => {
      await signIn(page, 'hcqt');
      await openDashboard(page);
      expect(await page.getByTestId('progress-today').textContent()).toContain('Hôm nay: 06/11/2024');
      const meeting = cell(page, KINH_TE, 'hop-don-vi');
      expect(await meeting.getAttribute('data-state')).toBe('overdue');
      // A unit that held its meeting in time stays done.
      expect(await cell(page, 'Phòng Tổng hợp', 'hop-don-vi').getAttribute('data-state')).toBe('done');
      await shot(page, 'progress-later');
    },
    { baseURL: later.url },
  );
});
