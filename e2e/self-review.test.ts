/**
 * Journey: "Tự kiểm điểm", the writer's screens (issue 5). On a server pinned to 20/10/2024 (the
 * demo's 2024 cycle running, reviews assigned at its start, the 25/10 deadline ahead):
 * - the head of Phòng Tổng hợp, a party member, opens his review from the home card: the leaders'
 *   party form with its point table; the level the points suggest follows his scores as he types;
 *   he fills every field, answers the suggestion HCQT sent him, and submits; HCQT returns it with a
 *   comment; he sees the comment, revises and resubmits; the history lists every step; reopened
 *   after the meeting, he takes in its conclusions and finalises;
 * - HCQT, on a phone, writes her own party review: the point table scrolls inside itself;
 * - a person hired in August 2024 is told he is not classified this year (with the article);
 * - a person disciplined in 2024 cannot propose a level above "Không hoàn thành nhiệm vụ"; when her
 *   review is changed elsewhere, her autosave stops with a warning instead of overwriting it; leaving
 *   with unsaved edits asks first.
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { apiSession, atPath, journey, shot, signIn, UI_TIMEOUT, visible } from './helpers.js';
import { type RunningServer, startServer } from './server.js';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    startServer({ CLOCK_TODAY: '2024-10-20', REMINDER_SWEEP_MINUTES: '0' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };
const SUGGESTION = 'Đề nghị làm rõ việc chậm gửi báo cáo tổng hợp quý III của Phòng.';
const RETURN_COMMENT = 'Bổ sung số liệu cụ thể về kết quả thực hiện chỉ tiêu năm của Phòng.';

const apiAs = (username: string, password = 'demo') => apiSession(server.url, username, password);

async function personId(name: string): Promise<string> {
  const admin = await apiAs('quantri');
  const res = await admin.get(`/api/people?q=${encodeURIComponent(name)}`);
  const p = res.json.items.find((i: { fullName: string }) => i.fullName === name);
  if (!p) throw new Error(`no person ${name}`);
  return p.id;
}

/** An account for a demo person who has none (the demo gives accounts to a few only); its password. */
async function accountFor(name: string, username: string): Promise<string> {
  const admin = await apiAs('quantri');
  const res = await admin.post('/api/accounts', { personId: await personId(name), username });
  expect(res.status, res.text).toBe(201);
  return res.json.temporaryPassword;
}

const paper = (page: Page) => page.getByTestId('review-paper');
const saveStatus = (page: Page) => page.getByTestId('save-status').first().getAttribute('data-status');
const suggested = (page: Page) => page.getByTestId('score-suggestion').getAttribute('data-level');
const missingCount = async (page: Page) =>
  Number(await page.getByTestId('missing-panel').getAttribute('data-count'));

/** Types into every empty text and line field of the form. */
async function fillAllText(page: Page): Promise<number> {
  const boxes = paper(page).locator(
    '[data-testid="review-field"][data-type="text"] textarea, [data-testid="review-field"][data-type="line"] input',
  );
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    const box = boxes.nth(i);
    if ((await box.inputValue()).trim() !== '') continue;
    const key = await box.evaluate((el) => el.closest('[data-key]')?.getAttribute('data-key'));
    await box.fill(
      key === 'ngay_sinh' ? '04/04/1976' : `Nội dung kiểm điểm mục ${key}: đã thực hiện đầy đủ.`,
    );
  }
  return n;
}

async function setScore(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(`Điểm tự chấm: ${label}`).fill(value);
}

/** The page never scrolls sideways (one pixel of rounding allowed). */
async function expectNoPageOverflow(page: Page): Promise<void> {
  const w = await page.evaluate(() =>
    Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
  );
  expect(w).toBeLessThanOrEqual(PHONE.width + 1);
}

async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => saveStatus(page), { timeout: UI_TIMEOUT }).toBe('saved');
}

async function submit(page: Page): Promise<void> {
  await page.getByTestId('submit-button').click();
  const done = page.waitForResponse((r) => r.url().endsWith('/submit') && r.request().method() === 'POST');
  await page.getByTestId('submit-confirm').click();
  const res = await done;
  expect(res.status(), await res.text()).toBe(200);
  await visible(page.getByTestId('submitted-alert'));
}

async function radios(group: Locator): Promise<{ level: string; disabled: boolean }[]> {
  const inputs = group.locator('input[type="radio"]');
  const out = [];
  for (let i = 0; i < (await inputs.count()); i++) {
    const input = inputs.nth(i);
    const level = await input.evaluate((el) => el.closest('[data-level]')?.getAttribute('data-level') ?? '');
    out.push({ level, disabled: await input.isDisabled() });
  }
  return out;
}

test('the party-member unit head writes, submits, is returned, revises and resubmits', async () => {
  const hcqt = await apiAs('hcqt');
  const cycles = await hcqt.get('/api/cycles');
  const cycle = cycles.json.items.find((c: { state: string }) => c.state === 'running');
  const dung = await personId('Võ Văn Dũng');
  const created = await hcqt.post(`/api/cycles/${cycle.id}/suggestions`, {
    personId: dung,
    text: SUGGESTION,
    deadline: '2024-10-24',
  });
  expect(created.status, created.text).toBe(201);

  await journey(
    browser,
    'self-review-head',
    async (page) => {
      await signIn(page, 'tp.tonghop');
      // The home card: his own party review first, then his unit's report; both due 25/10.
      const card = await visible(page.getByTestId('my-reviews'));
      const rows = card.getByTestId('my-review');
      await expect.poll(() => rows.count()).toBe(2);
      expect(await rows.first().getAttribute('data-form')).toBe('HD25_02B');
      expect(await rows.first().textContent()).toContain('Hạn 25/10/2024');
      expect(await card.getByTestId('my-review-overdue').count()).toBe(0);
      await shot(page, 'self-review-home-card');
      await rows.first().getByRole('button', { name: /^Viết/ }).click();
      await page.waitForURL((u) => /^\/tu-kiem-diem\/[0-9a-f-]+$/.test(u.pathname));
      const reviewId = new URL(page.url()).pathname.split('/').pop() as string;

      // The leaders' party form, printed, with its point table; nothing limits his level.
      await visible(paper(page).getByRole('heading', { name: 'BẢN KIỂM ĐIỂM CÁ NHÂN' }));
      await visible(paper(page).getByText('(Cá nhân giữ chức lãnh đạo, quản lý)'));
      await visible(page.getByTestId('point-table'));
      expect(await page.getByTestId('ruling-alert').count()).toBe(0);
      expect(await page.getByTestId('review-deadline').textContent()).toBe('25/10/2024');
      expect(await saveStatus(page)).toBe('idle');
      await shot(page, 'self-review-form');

      // The suggested level follows the points as they are typed.
      await setScore(page, '1. Nhóm tiêu chí chung', '25');
      expect(await suggested(page)).toBe('');
      await setScore(page, '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', '40');
      await expect.poll(() => suggested(page)).toBe('HTNV');
      expect(await page.getByTestId('score-suggestion').textContent()).toContain('từ 50 đến dưới 70 điểm');
      await setScore(page, '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', '50');
      await expect.poll(() => suggested(page)).toBe('HTTNV');
      expect(await page.getByTestId('score-total-self').textContent()).toBe('75');
      await setScore(page, '1. Nhóm tiêu chí chung', '29,5');
      await setScore(page, '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', '62');
      await expect.poll(() => suggested(page)).toBe('HTXSNV');
      expect(await page.getByTestId('score-total-self').textContent()).toBe('91,5');
      expect(await page.getByTestId('score-suggestion').textContent()).toContain(
        'Hoàn thành xuất sắc nhiệm vụ',
      );
      // The draft saves itself two seconds after the last change.
      await waitSaved(page);
      expect(await page.getByTestId('save-status').first().textContent()).toMatch(/^Đã lưu lúc \d{2}:\d{2}$/);

      // Every field, then both levels.
      expect(await fillAllText(page)).toBeGreaterThan(10);
      for (const key of ['xep_loai_cbccvc', 'xep_loai_dang_vien']) {
        await page.getByTestId(`level-${key}`).getByText('Hoàn thành tốt nhiệm vụ', { exact: true }).click();
      }
      // Last year's weakness, being remedied (60 %).
      await paper(page).getByRole('button', { name: 'Thêm hạn chế, khuyết điểm' }).click();
      const item = page.getByTestId('remediation-item');
      await item
        .getByRole('textbox', { name: 'Hạn chế, khuyết điểm 1' })
        .fill('Chậm tổng hợp báo cáo định kỳ.');
      await item.getByLabel('Tình trạng khắc phục 1').click();
      await page.locator('.ant-select-item-option').filter({ hasText: 'Đang khắc phục' }).click();
      await item.getByLabel('Mức độ khắc phục 1').fill('60');
      // What is left: the suggestion to answer; submitting waits for it.
      await expect.poll(() => missingCount(page)).toBe(1);
      expect(await page.getByTestId('missing-link').getAttribute('data-key')).toBe('giai_trinh_goi_y');
      expect(await page.getByTestId('submit-button').isDisabled()).toBe(true);
      await visible(page.getByTestId('submit-blocked'));
      await page.getByTestId('missing-link').click();
      const suggestion = page.getByTestId('suggestion-item');
      await visible(suggestion.getByText(SUGGESTION));
      expect(await suggestion.textContent()).toContain('Hạn giải trình: 24/10/2024');
      await suggestion
        .getByLabel(`Giải trình gợi ý: ${SUGGESTION}`)
        .fill('Do các sở gửi số liệu chậm; từ tháng 10 Phòng đã chủ động đôn đốc, báo cáo đúng hạn.');
      const answered = page.waitForResponse((r) => r.url().includes('/api/suggestions/'));
      await suggestion.getByRole('button', { name: 'Gửi giải trình' }).click();
      expect((await answered).status()).toBe(200);
      await expect.poll(() => suggestion.getAttribute('data-answered')).toBe('true');
      await expect.poll(() => missingCount(page)).toBe(0);
      await visible(page.getByText('Đã điền đủ các mục bắt buộc.'));
      await waitSaved(page);
      await shot(page, 'self-review-filled');

      await submit(page);
      expect(await page.getByTestId('submitted-alert').textContent()).toMatch(
        /Đã nộp lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
      );
      expect(await page.getByTestId('review-state').textContent()).toBe('Đã nộp');
      expect(await paper(page).locator('textarea').count()).toBe(0);
      expect(await page.getByTestId('late-tag').count()).toBe(0);
      await shot(page, 'self-review-submitted');

      // The DOCX downloads, holds his form and answers, and LibreOffice opens it (the PDF is made from it).
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: /Tải bản Word/ }).click();
      const file = await (await download).path();
      const docx = await JSZip.loadAsync(fs.readFileSync(file));
      const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
      expect(xml).toContain('BẢN KIỂM ĐIỂM CÁ NHÂN');
      expect(xml).toContain('Võ Văn Dũng');
      const pdf = await page.request.get(`/api/reviews/${reviewId}/document?format=pdf`);
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      // HCQT returns it with a comment.
      const current = await hcqt.get(`/api/reviews/${reviewId}`);
      expect(current.json.review.proposedLevel).toBe('HTTNV');
      expect(current.json.review.answers.khac_phuc).toEqual([
        { weakness: 'Chậm tổng hợp báo cáo định kỳ.', status: 'in_progress', percent: 60 },
      ]);
      expect(current.json.review.scores).toMatchObject({
        tieu_chi_chung: { self: 29.5 },
        ket_qua_nhiem_vu: { self: 62 },
      });
      const returned = await hcqt.post(`/api/reviews/${reviewId}/return`, {
        version: current.json.review.version,
        comment: RETURN_COMMENT,
      });
      expect(returned.status, returned.text).toBe(200);

      await page.reload();
      await visible(page.getByTestId('return-alert'));
      expect(await page.getByTestId('return-comment').textContent()).toBe(RETURN_COMMENT);
      expect(await page.getByTestId('review-state').textContent()).toBe('Trả lại để sửa');
      await shot(page, 'self-review-returned');

      const results = paper(page).locator('textarea#review-input-lanh_dao_chi_dao');
      await results.fill(
        `${await results.inputValue()}\nPhòng hoàn thành 24/24 chỉ tiêu (100%), vượt 3 chỉ tiêu; 100% nhiệm vụ đúng hạn.`,
      );
      await waitSaved(page);
      await submit(page);
      expect(await page.getByTestId('review-state').textContent()).toBe('Đã nộp');

      // The history: every save, both submissions and the return, newest first.
      await page.getByTestId('history-button').click();
      const history = await visible(page.getByTestId('history-table'));
      const events = await history.locator('tbody tr.ant-table-row td:nth-child(2)').allTextContents();
      expect(events[0]).toMatch(/^Nộp/);
      expect(events.some((e) => e.startsWith('Trả lại'))).toBe(true);
      expect(events.some((e) => e.startsWith('Lưu'))).toBe(true);
      expect(await history.textContent()).toContain(RETURN_COMMENT);
      await shot(page, 'self-review-history');
      await page.keyboard.press('Escape');

      // After the unit meeting HCQT reopens it: he takes in the conclusions, then finalises.
      const submitted = await hcqt.get(`/api/reviews/${reviewId}`);
      const reopened = await hcqt.post(`/api/reviews/${reviewId}/reopen`, {
        version: submitted.json.review.version,
      });
      expect(reopened.status, reopened.text).toBe(200);
      await page.reload();
      await visible(page.getByTestId('revising-alert'));
      expect(await page.getByTestId('revising-alert').textContent()).toContain(
        'Tiếp thu kết luận cuộc họp, sau đó bấm Hoàn tất',
      );
      const direction = paper(page).locator('textarea#review-input-phuong_huong');
      await direction.fill(
        `${await direction.inputValue()}\nTiếp thu kết luận cuộc họp: tăng cường kiểm tra, đôn đốc.`,
      );
      await waitSaved(page);
      await page.getByTestId('finalise-button').click();
      const finalised = page.waitForResponse((r) => r.url().endsWith('/finalise'));
      await page.getByTestId('finalise-confirm').click();
      expect((await finalised).status()).toBe(200);
      await expect.poll(() => page.getByTestId('review-state').textContent()).toBe('Hoàn tất');
      expect(await paper(page).locator('textarea').count()).toBe(0);
      await shot(page, 'self-review-final');

      // Back home: the card offers to view it.
      await page.goto('/');
      const own = page.locator('[data-testid="my-review"][data-form="HD25_02B"]');
      await expect.poll(() => own.getAttribute('data-state')).toBe('final');
      await visible(own.getByRole('button', { name: /^Xem/ }));
    },
    { baseURL: server.url },
  );
});

test('on a phone, HCQT writes her own party review; the point table scrolls inside itself', async () => {
  await journey(
    browser,
    'self-review-phone',
    async (page) => {
      await signIn(page, 'hcqt');
      await page.getByRole('button', { name: 'Mở menu' }).tap();
      await page.getByRole('menuitem', { name: /Tự kiểm điểm$/ }).tap();
      await atPath(page, '/tu-kiem-diem');
      const row = await visible(page.getByTestId('my-review').first());
      expect(await row.getAttribute('data-form')).toBe('HD25_02A');
      await row.getByRole('button', { name: /^Viết/ }).tap();
      await visible(paper(page).getByRole('heading', { name: 'BẢN KIỂM ĐIỂM CÁ NHÂN' }));
      await expectNoPageOverflow(page);

      const table = page.getByTestId('point-table');
      await table.scrollIntoViewIfNeeded();
      const scroller = table.locator('.ant-table-content, .ant-table-body').first();
      const box = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(box.client).toBeLessThanOrEqual(PHONE.width);
      expect(box.scroll).toBeGreaterThan(box.client);
      await setScore(page, '1. Nhóm tiêu chí chung', '27');
      await setScore(page, '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', '55');
      await expect.poll(() => suggested(page)).toBe('HTTNV');
      await waitSaved(page);
      await expectNoPageOverflow(page);
      await shot(page, 'self-review-phone');
    },
    { baseURL: server.url, viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  );
});

test('a person hired in August 2024 is told he is not classified this year', async () => {
  const password = await accountFor('Lê Hoàng Nam', 'nam.lh');
  await journey(
    browser,
    'self-review-newcomer',
    async (page) => {
      await signIn(page, 'nam.lh', password);
      await page
        .locator('[data-testid="my-review"][data-form="VP_M01"]')
        .getByRole('button', { name: /^Viết/ })
        .click();
      const alert = await visible(page.getByTestId('ruling-alert'));
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('Năm nay bạn không được xếp loại, chỉ kiểm điểm');
      expect(text).toContain('01/08/2024');
      expect(text).toMatch(/Điều 2 khoản 3 Nghị định 90\/2020\/NĐ-CP/);
      const levels = await radios(page.getByTestId('level-tu_xep_loai'));
      expect(levels).toHaveLength(4);
      expect(levels.every((l) => l.disabled)).toBe(true);
      await page.getByTestId('level-tu_xep_loai').scrollIntoViewIfNeeded();
      await shot(page, 'self-review-newcomer');
    },
    { baseURL: server.url },
  );
});

test('a person disciplined in 2024 cannot propose above KHTNV; a change made elsewhere stops her autosave', async () => {
  const password = await accountFor('Bùi Thị Thu Hằng', 'hang.btt');
  await journey(
    browser,
    'self-review-disciplined',
    async (page) => {
      await signIn(page, 'hang.btt', password);
      await page
        .locator('[data-testid="my-review"][data-form="VP_M01"]')
        .getByRole('button', { name: /^Viết/ })
        .click();
      const alert = await visible(page.getByTestId('ruling-alert'));
      expect(await alert.textContent()).toContain('Mức cao nhất có thể đề xuất: Không hoàn thành nhiệm vụ');
      expect(await alert.textContent()).toContain('kỷ luật');
      const group = page.getByTestId('level-tu_xep_loai');
      expect(await radios(group)).toEqual([
        { level: 'HTXSNV', disabled: true },
        { level: 'HTTNV', disabled: true },
        { level: 'HTNV', disabled: true },
        { level: 'KHTNV', disabled: false },
      ]);
      // Why, on the disabled choice.
      await group.scrollIntoViewIfNeeded();
      await group.getByTestId('level-option-disabled').first().hover();
      const tip = await visible(page.getByRole('tooltip'));
      expect(await tip.textContent()).toContain('Mức cao nhất có thể đề xuất là “Không hoàn thành nhiệm vụ”');
      await shot(page, 'self-review-disciplined');
      await group.getByText('Không hoàn thành nhiệm vụ', { exact: true }).click();
      await waitSaved(page);

      // Someone saves her review elsewhere (another tab): her next autosave is refused, not forced.
      const reviewId = new URL(page.url()).pathname.split('/').pop() as string;
      const other = await apiAs('hang.btt', password);
      const now = await other.get(`/api/reviews/${reviewId}`);
      const saved = await other.put(`/api/reviews/${reviewId}`, {
        version: now.json.review.version,
        answers: { ...now.json.review.answers, uu_nhuoc_diem: 'Viết ở thẻ khác.' },
        proposedLevel: 'KHTNV',
      });
      expect(saved.status, saved.text).toBe(200);
      await paper(page).locator('textarea#review-input-dao_duc_loi_song').fill('Giữ gìn đạo đức, lối sống.');
      const stale = await visible(page.getByTestId('stale-alert'), UI_TIMEOUT);
      expect(await stale.textContent()).toContain('Bản kiểm điểm vừa được thay đổi ở nơi khác');
      expect(await saveStatus(page)).toBe('stale');
      await shot(page, 'self-review-stale');
      await stale.getByRole('button', { name: 'Tải lại' }).click();
      await expect.poll(() => page.getByTestId('stale-alert').count()).toBe(0);
      expect(await paper(page).locator('textarea#review-input-uu_nhuoc_diem').inputValue()).toBe(
        'Viết ở thẻ khác.',
      );
      const after = await other.get(`/api/reviews/${reviewId}`);
      expect(after.json.review.answers.uu_nhuoc_diem).toBe('Viết ở thẻ khác.');

      // Leaving within the two seconds: asked first, saved, then gone.
      await paper(page).locator('textarea#review-input-tac_phong').fill('Làm việc khoa học, đúng giờ.');
      await page.getByRole('link', { name: 'Bản tự kiểm điểm của tôi' }).click();
      const ask = await visible(page.getByRole('dialog').filter({ hasText: 'còn thay đổi chưa lưu' }));
      await ask.getByRole('button', { name: 'Lưu và rời trang' }).click();
      await atPath(page, '/tu-kiem-diem');
      const left = await other.get(`/api/reviews/${reviewId}`);
      expect(left.json.review.answers.tac_phong).toBe('Làm việc khoa học, đúng giờ.');
    },
    { baseURL: server.url },
  );
});
