/**
 * Journey: the secretary creates the 2024 cycle from the Office's template, moves the unit
 * meetings to 06/11/2024, starts the cycle and makes its Kế hoạch (a DOCX in the documents module);
 * then creates 2025 from 2024 and sees the dates that moved onto a Saturday flagged.
 *
 * The demo agency normally comes with a running 2024 cycle; this journey needs an agency without
 * one, so it runs on its own server started with DEMO_CYCLE=0.
 */
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { atPath, journey, menuItem, shot, signIn, tableRows, visible } from './helpers.js';
import { type RunningServer, startServer } from './server.js';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ DEMO_CYCLE: '0' })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Tạo kỳ đánh giá' });

/** Runs the wizard; returns the new cycle's id once its page is open. */
async function createCycle(page: Page, year: number, source: 'template' | 'previous'): Promise<string> {
  await page.getByTestId('create-cycle-button').click();
  await visible(dialog(page));
  await dialog(page).getByLabel('Năm đánh giá').fill(String(year));
  const label = source === 'template' ? 'Từ kế hoạch mẫu (năm 2024 của Văn phòng)' : 'Từ kỳ năm trước';
  await dialog(page).getByRole('radio', { name: label }).check();
  if (source === 'previous') {
    await expect.poll(() => dialog(page).getByText('Kỳ đánh giá năm 2024').count()).toBeGreaterThan(0);
  }
  await page.getByTestId('create-cycle-next').click();
  // The regime that will apply is shown before confirming.
  await visible(dialog(page).getByTestId('create-cycle-regime'));
  expect(await dialog(page).getByTestId('create-cycle-regime').textContent()).toContain(
    year <= 2024 ? 'Năm 2023–2024' : 'Năm 2025',
  );
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/api/cycles'),
  );
  await page.getByTestId('create-cycle-submit').click();
  const res = await created;
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await atPath(page, `/ky-danh-gia/${id}`);
  await visible(page.getByRole('heading', { name: `Kỳ đánh giá năm ${year}` }));
  await visible(page.getByTestId('cycle-steps-table'));
  return id;
}

test('create the 2024 cycle, move a deadline, start it, make its plan; then 2025 from 2024', async () => {
  await journey(
    browser,
    'cycles',
    async (page, context) => {
      await signIn(page, 'hcqt');
      await menuItem(page.getByRole('navigation', { name: 'Menu chính' }), 'Kỳ đánh giá').click();
      await atPath(page, '/ky-danh-gia');
      await visible(page.getByTestId('cycles-list'));

      const before = (await (await context.request.get('/api/cycles')).json()) as {
        items: { year: number }[];
      };
      if (before.items.some((c) => c.year === 2024)) {
        throw new Error('The e2e agency already has a 2024 cycle: this journey needs to create it itself.');
      }

      // 2024 from the template: a draft with the plan's 19 steps.
      await createCycle(page, 2024, 'template');
      expect(await page.getByTestId('cycle-state').textContent()).toBe('Nháp');
      const steps = tableRows(page, 'cycle-steps-table');
      await expect.poll(() => steps.count()).toBeGreaterThanOrEqual(19);

      // Move the unit meetings by a day.
      const meeting = page.locator('tr[data-step-code="hop-don-vi"]');
      expect(await meeting.textContent()).toContain('05/11/2024');
      await meeting.getByRole('button', { name: /Sửa/ }).click();
      const form = await visible(page.getByTestId('step-edit-form'));
      const deadline = form.getByLabel('Thời hạn', { exact: true });
      await deadline.click();
      await deadline.fill('06/11/2024');
      await deadline.press('Enter');
      const patched = page.waitForResponse((r) => r.request().method() === 'PATCH');
      await page.getByTestId('step-save').click();
      const pr = await patched;
      expect(pr.status(), await pr.text()).toBe(200);
      // Only what changed is sent.
      expect(pr.request().postDataJSON()).toEqual({ version: 1, deadline: '2024-11-06' });
      await form.waitFor({ state: 'hidden' });
      await expect.poll(() => meeting.textContent()).toContain('06/11/2024');

      // Start: the steps become read-only.
      await page.getByTestId('start-cycle-button').click();
      const started = page.waitForResponse((r) => r.url().endsWith('/start'));
      await page.getByTestId('start-cycle-confirm').click();
      expect((await started).status()).toBe(200);
      await visible(page.getByTestId('read-only-note'));
      await expect.poll(() => page.getByTestId('cycle-state').textContent()).toBe('Đang diễn ra');
      expect(await page.getByTestId('cycle-steps-table').getByRole('button', { name: /Sửa/ }).count()).toBe(
        0,
      );

      // The plan (KH): a draft in the documents module, offered as DOCX and PDF.
      const planned = page.waitForResponse((r) => r.url().endsWith('/plan-document'));
      await page.getByTestId('plan-document-button').click();
      const plr = await planned;
      expect(plr.status(), await plr.text()).toBe(201);
      const { documentId } = (await plr.json()) as { documentId: string };
      const links = await visible(page.getByTestId('plan-document'));
      await visible(links.getByRole('link', { name: 'Tải Kế hoạch dạng DOCX' }));
      await visible(links.getByRole('link', { name: 'Xem trong Văn bản' }));
      const docx = await page.request.get(`/api/documents/${documentId}?format=docx`);
      expect(docx.status()).toBe(200);
      expect(docx.headers()['content-type']).toContain('wordprocessingml');
      const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')?.async('string');
      expect(xml).toContain('KẾ HOẠCH');
      expect(xml).toContain('06 tháng 11 năm 2024');
      await shot(page, 'cycles-2024-running');

      // 2025 from 2024: every date a year later; those on a Saturday are flagged.
      await page.getByRole('link', { name: 'Các kỳ đánh giá' }).click();
      await atPath(page, '/ky-danh-gia');
      await visible(page.getByTestId('cycles-list').getByText('Kỳ đánh giá năm 2024'));
      await createCycle(page, 2025, 'previous');
      await visible(page.getByTestId('review-alert'));
      const flags = page.getByTestId('review-tag').filter({ hasText: 'Cần xem lại: Thứ Bảy' });
      await expect.poll(() => flags.count()).toBeGreaterThanOrEqual(1);
      // 25/10/2024 (Friday) became 25/10/2025 (Saturday).
      expect(await page.locator('tr[data-step-code="goi-y"]').textContent()).toContain(
        'Cần xem lại: Thứ Bảy',
      );
      await shot(page, 'cycles-2025-flags');
    },
    { baseURL: server.url },
  );
});
