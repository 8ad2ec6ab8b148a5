/**
 * Journey (issue 5.2, "without code"): the secretary adjusts the 2025 cycle's copy of Mẫu 2B before the
 * cycle starts. She rewords a heading, adds a field, breaks the point table (a criterion's maximum no
 * longer adds up to its group's): the problem shows at once and "Lưu" stays off, and the server
 * refuses the same definition; she fixes it with a new criterion, saves, reloads and finds her changes.
 * Someone else saving first is reported with "Tải lại". Once the cycle starts, "Sửa" is gone and the
 * server refuses any change.
 *
 * Needs an agency without cycles: its own server with DEMO_CYCLE=0.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { FormDefinition } from '../src/domain/forms/types.js';
import { launchBrowser } from './browser.js';
import { atPath, hidden, journey, SHOTS_DIR, shot, signIn, visible } from './helpers.js';
import { type RunningServer, startServer } from './server.js';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    startServer({ DEMO_CYCLE: '0', REMINDER_SWEEP_MINUTES: '0' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

interface FormsResponse {
  editable: boolean;
  forms: { code: string; version: number; definition: FormDefinition }[];
}

async function cycleForms(page: Page, cycleId: string): Promise<FormsResponse> {
  const res = await page.request.get(`/api/cycles/${cycleId}/forms`);
  expect(res.status()).toBe(200);
  return (await res.json()) as FormsResponse;
}

async function form2B(page: Page, cycleId: string) {
  const f = (await cycleForms(page, cycleId)).forms.find((x) => x.code === 'HD43_2B');
  if (!f) throw new Error('the 2025 cycle has no HD43_2B');
  return f;
}

/** What the viewport shows (the sticky bars where they are), to .tmp/e2e-shots/<name>.png. */
async function viewportShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

/** The page is no wider than the viewport (nothing sticks out sideways). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

const NEW_HEADING = 'II. Những hạn chế, khuyết điểm và nguyên nhân';
const NEW_FIELD = '3. Trách nhiệm của cá nhân đối với hạn chế, khuyết điểm';
const GROUP_PROBLEM =
  'Nhóm “1. Nhóm tiêu chí chung”: điểm tối đa 30 khác tổng điểm tối đa các tiêu chí (25).';

test('the secretary adjusts the 2025 forms before the cycle starts; afterwards they are locked', async () => {
  await journey(
    browser,
    'cycle-forms',
    async (page) => {
      await signIn(page, 'hcqt');
      const created = await page.request.post('/api/cycles', { data: { year: 2025 } });
      expect(created.status(), await created.text()).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const before = await cycleForms(page, id);
      expect(before.editable).toBe(true);

      // The cycle page lists its forms: frame, verification, "Xem" and "Sửa".
      await page.goto(`/ky-danh-gia/${id}`);
      const card = await visible(page.getByTestId('cycle-forms'));
      const rows = card.getByTestId('cycle-form-row');
      await expect.poll(() => rows.count()).toBe(before.forms.length);
      const row = card.locator('[data-testid="cycle-form-row"][data-code="HD43_2B"]');
      const rowText = await row.textContent();
      expect(rowText).toContain('Mẫu 2B (HD 43) – đảng viên không giữ chức vụ lãnh đạo, quản lý');
      expect(rowText).toContain('Khung văn bản Đảng');
      expect(rowText).toContain('Chưa kiểm chứng');
      expect(await card.locator('[data-code="VP_M01"]').textContent()).toContain('Khung văn bản hành chính');
      expect(await card.getByTestId('edit-form').count()).toBe(before.forms.length);
      await shot(page, 'cycle-forms-list');

      // "Xem": the paper as the writer will see it.
      await row.getByTestId('view-form').click();
      const preview = await visible(page.getByTestId('form-preview'));
      await visible(preview.getByText('BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN'));
      await visible(preview.getByTestId('point-table'));
      await page.keyboard.press('Escape');
      await hidden(preview);

      // "Sửa": the editor, nothing to save yet.
      await row.getByTestId('edit-form').click();
      await atPath(page, `/ky-danh-gia/${id}/bieu-mau/HD43_2B`);
      await visible(page.getByTestId('sections-editor'));
      const save = page.getByTestId('save-form');
      expect(await save.isDisabled()).toBe(true);
      await visible(page.getByTestId('form-valid'));

      // Reword a heading.
      const aii = page.locator('[data-testid="form-section"][data-section-key="a_ii"]');
      await aii.getByTestId('section-heading').fill(NEW_HEADING);
      await expect.poll(() => page.getByTestId('dirty-state').textContent()).toBe('Có thay đổi chưa lưu.');
      expect(await save.isEnabled()).toBe(true);

      // Add a field: until it has a label, the problem names its place, not a key.
      await aii.getByTestId('add-field').click();
      const fields = aii.getByTestId('form-field');
      await expect.poll(() => fields.count()).toBe(3);
      const problems = page.getByTestId('form-problems');
      await visible(problems);
      expect(await problems.textContent()).toContain(`Trường thứ 3 trong mục “${NEW_HEADING}” chưa có nhãn.`);
      expect(await problems.textContent()).not.toContain('moi.');
      expect(await save.isDisabled()).toBe(true);
      await fields.nth(2).getByLabel('Nhãn trường').fill(NEW_FIELD);
      await hidden(problems);

      // A criterion's maximum no longer adds up to its group's: the message shows, saving is off.
      const general = page.getByTestId('score-group').first();
      await general.getByLabel('Điểm tối đa của tiêu chí').fill('25');
      await visible(problems);
      await expect.poll(() => problems.textContent()).toContain(GROUP_PROBLEM);
      expect(await general.getByTestId('group-sum').getAttribute('data-ok')).toBe('false');
      expect(await save.isDisabled()).toBe(true);
      await shot(page, 'cycle-forms-problem');

      // The server refuses that definition as well.
      const stored = await form2B(page, id);
      const broken = structuredClone(stored.definition);
      const item = broken.scoreTable?.groups[0]?.items[0];
      if (!item) throw new Error('Mẫu 2B has no point table');
      item.max = 25;
      const refused = await page.request.put(`/api/cycles/${id}/forms/HD43_2B`, {
        data: { version: stored.version, definition: broken },
      });
      expect(refused.status()).toBe(400);
      const refusal = (await refused.json()) as { error: { details: { message: string }[] } };
      expect(refusal.error.details.map((d) => d.message).join(' ')).toContain(
        'khác tổng điểm tối đa các tiêu chí',
      );

      // Fixed with a new criterion worth the missing 5 points.
      await general.getByTestId('add-score-item').click();
      const items = general.getByTestId('score-item');
      await expect.poll(() => items.count()).toBe(2);
      await items.nth(1).getByLabel('Tên tiêu chí').fill('Ý thức tổ chức kỷ luật, tinh thần trách nhiệm');
      await items.nth(1).getByLabel('Điểm tối đa của tiêu chí').fill('5');
      await expect.poll(() => general.getByTestId('group-sum').getAttribute('data-ok')).toBe('true');
      await hidden(problems);
      await visible(page.getByTestId('form-valid'));

      // Save: the whole definition with the version read; new elements get readable keys.
      const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/forms/'));
      await save.click();
      const res = await put;
      expect(res.status(), await res.text()).toBe(200);
      const body = res.request().postDataJSON() as { version: number; definition: FormDefinition };
      expect(body.version).toBe(1);
      expect(JSON.stringify(body.definition)).not.toContain('moi.');
      await expect.poll(() => page.getByTestId('dirty-state').textContent()).toContain('Đã lưu');
      expect(await save.isDisabled()).toBe(true);

      // The preview shows the change as the writer will see it.
      await page.getByRole('tab', { name: 'Xem trước' }).click();
      const paper = await visible(page.getByTestId('review-paper'));
      await visible(paper.getByText(NEW_HEADING));
      await visible(paper.getByText(NEW_FIELD));
      await visible(paper.getByText('Ý thức tổ chức kỷ luật, tinh thần trách nhiệm'));
      await shot(page, 'cycle-forms-preview');
      await page.getByRole('tab', { name: 'Soạn nội dung' }).click();

      // Reloaded: the changes are there, in the page and in the API.
      await page.reload();
      await visible(page.getByTestId('sections-editor'));
      expect(await aii.getByTestId('section-heading').inputValue()).toBe(NEW_HEADING);
      expect(await aii.getByTestId('form-field').nth(2).getByLabel('Nhãn trường').inputValue()).toBe(
        NEW_FIELD,
      );
      await expect
        .poll(() => page.getByTestId('score-group').first().getByTestId('score-item').count())
        .toBe(2);
      const saved = await form2B(page, id);
      expect(saved.version).toBe(2);
      const a = saved.definition.sections.find((s) => s.key === 'a');
      const ii = a?.sections?.find((s) => s.key === 'a_ii');
      expect(ii?.heading).toBe(NEW_HEADING);
      expect(ii?.fields.map((f) => f.label)).toEqual([
        '1. Hạn chế, khuyết điểm',
        '2. Nguyên nhân của hạn chế, khuyết điểm',
        NEW_FIELD,
      ]);
      expect(ii?.fields[2]?.key).toMatch(/^trach_nhiem_cua_ca_nhan/);
      const group = saved.definition.scoreTable?.groups[0];
      expect(group?.max).toBe(30);
      expect(group?.items.map((i) => [i.label, i.max])).toEqual([
        ['Nhóm tiêu chí chung', 25],
        ['Ý thức tổ chức kỷ luật, tinh thần trách nhiệm', 5],
      ]);
      expect(group?.items[1]?.key).toBe('y_thuc_to_chuc_ky_luat_tinh_than_trach');

      // On a phone the editor fits the screen, with the save bar at the bottom.
      await page.setViewportSize(PHONE);
      await visible(page.getByTestId('save-bar'));
      expect(await fitsWidth(page)).toBe(true);
      await viewportShot(page, 'cycle-forms-editor-phone');
      await page.getByTestId('score-group').first().scrollIntoViewIfNeeded();
      await viewportShot(page, 'cycle-forms-table-phone');
      await page.getByTestId('score-band').last().scrollIntoViewIfNeeded();
      await viewportShot(page, 'cycle-forms-bands-phone');
      await page.setViewportSize(DESKTOP);

      // Someone else saves first: "Lưu" is answered with the conflict and "Tải lại".
      const other = structuredClone(saved.definition);
      other.audience = '(Cá nhân không giữ chức vụ lãnh đạo, quản lý; bản của người khác)';
      const otherPut = await page.request.put(`/api/cycles/${id}/forms/HD43_2B`, {
        data: { version: saved.version, definition: other },
      });
      expect(otherPut.status(), await otherPut.text()).toBe(200);
      await page.getByLabel('Tiêu đề', { exact: true }).fill('BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025');
      await save.click();
      const conflict = await visible(page.getByTestId('conflict-alert'));
      expect(await save.isDisabled()).toBe(true);
      await conflict.getByRole('button', { name: 'Tải lại' }).click();
      await hidden(conflict);
      await expect
        .poll(() => page.getByLabel('Đối tượng áp dụng (in dưới tiêu đề)').inputValue())
        .toBe(other.audience);
      expect(await page.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(saved.definition.title);

      // Leaving with unsaved changes asks first; "Hủy thay đổi" drops them.
      await page.getByLabel('Tiêu đề', { exact: true }).fill('BẢN KIỂM ĐIỂM CÁ NHÂN');
      await page.getByTestId('back-to-cycle').click();
      const leave = await visible(
        page.getByRole('dialog').filter({ hasText: 'Biểu mẫu còn thay đổi chưa lưu' }),
      );
      await leave.getByRole('button', { name: 'Ở lại' }).click();
      await hidden(leave);
      await atPath(page, `/ky-danh-gia/${id}/bieu-mau/HD43_2B`);
      await page.getByRole('button', { name: 'Hủy thay đổi' }).click();
      await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();
      await expect.poll(() => page.getByTestId('dirty-state').textContent()).toContain('Đã lưu');
      expect(await page.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(saved.definition.title);

      // The cycle starts (from its page): the forms are locked at once; "Sửa" is gone.
      await page.getByTestId('back-to-cycle').click();
      await atPath(page, `/ky-danh-gia/${id}`);
      await expect.poll(() => card.getByTestId('edit-form').count()).toBe(before.forms.length);
      await page.getByTestId('start-cycle-button').click();
      const started = page.waitForResponse((r) => r.url().endsWith('/start'));
      await page.getByTestId('start-cycle-confirm').click();
      const startRes = await started;
      expect(startRes.status(), await startRes.text()).toBe(200);
      await visible(card.getByTestId('forms-locked-note'));
      await expect.poll(() => rows.count()).toBe(before.forms.length);
      expect(await card.getByTestId('edit-form').count()).toBe(0);
      expect(await card.getByTestId('view-form').count()).toBe(before.forms.length);
      expect(await row.getByTestId('edited-tag').count()).toBe(1);
      await shot(page, 'cycle-forms-started');
      const locked = await cycleForms(page, id);
      expect(locked.editable).toBe(false);
      const late = await page.request.put(`/api/cycles/${id}/forms/HD43_2B`, {
        data: { version: 3, definition: other },
      });
      expect(late.status()).toBe(409);

      // The editor's address now only shows the form.
      await page.goto(`/ky-danh-gia/${id}/bieu-mau/HD43_2B`);
      await visible(page.getByTestId('forms-locked-note'));
      await visible(page.getByTestId('review-paper').getByText(NEW_HEADING));
      expect(await page.getByTestId('save-form').count()).toBe(0);

      // The list on a phone.
      await page.setViewportSize(PHONE);
      await page.goto(`/ky-danh-gia/${id}`);
      await visible(page.getByTestId('cycle-forms').getByTestId('cycle-form-row').first());
      expect(await fitsWidth(page)).toBe(true);
      await shot(page, 'cycle-forms-list-phone');
    },
    { baseURL: server.url },
  );
});
