/** Journey: a unit head makes his deadline calendar link and a calendar app (no cookie) reads it. */
import { type Browser, request as playwrightRequest } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { baseUrl, journey, shot, signIn, visible } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('tp.kinhte subscribes to his deadlines as an ICS feed', async () => {
  await journey(browser, 'calendar', async (page) => {
    await signIn(page, 'tp.kinhte');
    await page.goto('/tai-khoan');
    const card = page.getByTestId('calendar-feed');
    await visible(card);
    await card.getByRole('button', { name: 'Tạo đường dẫn lịch' }).click();
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    const input = page.getByLabel('Đường dẫn lịch');
    await visible(input);
    const url = await input.inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await shot(page, 'calendar');
    // A calendar app: a client with no session cookie.
    const app = await playwrightRequest.newContext({ baseURL: baseUrl() });
    const res = await app.get(url);
    expect(res.status()).toBe(200);
    const ics = (await res.text()).replace(/\r\n /g, '');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Đơn vị: Phòng Kinh tế');
    expect(ics).toContain('DTSTART;VALUE=DATE:20241105');
    await app.dispose();
  });
});
