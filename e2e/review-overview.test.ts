/**
 * Journeys: the reviewers' overview of the self-reviews (issue 5.8) and the rules engine's check page
 * (issue 5.1), on a server whose clock reads 28/10/2024 (the 2024 cycle is running; the forms were
 * assigned when it started; self-reviews were due on 25/10).
 * The secretary reads the per-unit counts and the table, filters by unit and state, sends a review
 * suggestion; a writer submits her review through the API (late); the secretary returns it with a
 * comment from the drawer. Expected counts come from the API, so the journey holds whatever state
 * the demo seeds its reviews in. The head of Phòng Kinh tế, on a phone, sees only his unit and scores a
 * review in his column. On the check page a person hired on 01/08/2024 is not classified; a
 * discipline in the year gives KHTNV; 2 HTXSNV out of 5 HTTNV is over the quota.
 */
import path from 'node:path';
import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { FormDefinition, FormSection } from '../src/domain/forms/types.js';
import { launchBrowser } from './browser.js';
import {
  hidden,
  journey,
  menuItem,
  SHOTS_DIR,
  shot,
  signIn,
  tableRows,
  UI_TIMEOUT,
  visible,
} from './helpers.js';
import { type RunningServer, startServer } from './server.js';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    startServer({ CLOCK_TODAY: '2024-10-28', REMINDER_SWEEP_MINUTES: '0' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };
const KINH_TE = 'Phòng Kinh tế';
/** `tp.kinhte`. */
const UNIT_HEAD_NAME = 'Đặng Văn Long';
/**
 * `tp.kstthc`, head of a unit that had not finished its self-reviews by the demo's "today": her own
 * review is still hers to write whatever the demo seeds.
 */
const WRITER = {
  username: 'tp.kstthc',
  name: 'Võ Thị Thanh Tuyền',
  unit: 'Phòng Kiểm soát thủ tục hành chính',
};

interface ListItem {
  id: string;
  personName: string | null;
  unitName: string;
  state: string;
  formCode: string;
  waivedReason: string | null;
}

/** The overview's rule: submitted, revising and final count as handed in; waived forms are not required. */
const required = (items: ListItem[]) => items.filter((r) => !r.waivedReason);
const handedIn = (items: ListItem[]) =>
  required(items).filter((r) => ['submitted', 'revising', 'final'].includes(r.state));
const submittedText = (items: ListItem[]) => `Đã nộp ${handedIn(items).length}/${required(items).length}`;

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Menu chính' });
const rows = (page: Page) => tableRows(page, 'reviews-table');
const drawer = (page: Page) => page.getByTestId('review-drawer');

/** Opens the running cycle's overview from the side menu (the drawer menu on a phone); returns the cycle id. */
async function openOverview(page: Page, phone = false): Promise<string> {
  if (phone) {
    await page.getByRole('button', { name: 'Mở menu' }).tap();
    const menu = await visible(page.getByRole('dialog').filter({ hasText: 'BinhXet' }));
    await menuItem(menu, 'Bản kiểm điểm').tap();
  } else {
    await menuItem(mainMenu(page), 'Bản kiểm điểm').click();
  }
  await page.waitForURL((u) => /^\/ky-danh-gia\/[^/]+\/tu-kiem-diem$/.test(u.pathname));
  await visible(page.getByTestId('review-summary'));
  await visible(rows(page));
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

/** Picks an option of the antd Select with `data-testid=testId`. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
  await hidden(page.locator('.ant-select-dropdown:visible'));
}

/** Clears the antd Select with `data-testid=testId`. */
async function clear(page: Page, testId: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.hover();
  await select.locator('.ant-select-clear').click();
}

/**
 * Waits until the table holds `count` reviews (its first page shows at most 20, the pager the total),
 * each shown row with the attribute's value when one is given.
 */
async function expectRows(page: Page, count: number, attr?: { name: string; value: string }): Promise<void> {
  await expect.poll(() => rows(page).count(), { timeout: UI_TIMEOUT }).toBe(Math.min(count, 20));
  if (count > 0)
    await visible(page.locator('.ant-pagination-total-text').filter({ hasText: ` trong ${count} bản` }));
  if (count === 0) {
    await visible(page.getByText('Không có bản kiểm điểm nào phù hợp.'));
    return;
  }
  if (attr) {
    const values = await rows(page).evaluateAll(
      (els, a) => els.map((e) => e.getAttribute(a)),
      `data-${attr.name}`,
    );
    expect(new Set(values)).toEqual(new Set([attr.value]));
  }
}

/** Answers filling every field the person fills (text everywhere, a level where one is asked). */
function fillAll(def: FormDefinition, suggestions: { id: string; text: string }[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const walk = (sections: readonly FormSection[]) => {
    for (const s of sections) {
      for (const f of s.fields) {
        if (f.filledBy && f.filledBy !== 'person') continue;
        if (f.type === 'text' || f.type === 'line')
          answers[f.key] = `Nội dung mục “${f.label}”`.slice(0, 300);
        if (f.type === 'level') answers[f.key] = 'HTTNV';
        if (f.type === 'remediation') answers[f.key] = [];
        if (f.type === 'suggestions') {
          answers[f.key] = suggestions.map((g) => ({ id: g.id, suggestion: g.text, answer: 'Đã làm rõ.' }));
        }
      }
      walk(s.sections ?? []);
    }
  };
  walk(def.sections);
  return answers;
}

/** The writer fills and submits her own review through the API (her own session). */
async function submitAsWriter(): Promise<string> {
  const api = await request.newContext({ baseURL: server.url });
  try {
    const login = await api.post('/api/auth/login', {
      data: { username: WRITER.username, password: 'demo' },
    });
    expect(login.status(), await login.text()).toBe(200);
    const mine = (await (await api.get('/api/me/reviews')).json()) as { items: ListItem[] };
    const own = mine.items.find(
      (r) =>
        r.personName === WRITER.name &&
        !r.formCode.startsWith('CV2397') &&
        ['draft', 'returned'].includes(r.state),
    );
    if (!own) throw new Error(`no review for ${WRITER.name}: ${JSON.stringify(mine)}`);
    const detail = (await (await api.get(`/api/reviews/${own.id}`)).json()) as {
      definition: FormDefinition;
      review: { version: number };
      suggestions: { id: string; text: string }[];
    };
    const saved = await api.put(`/api/reviews/${own.id}`, {
      data: {
        version: detail.review.version,
        answers: fillAll(detail.definition, detail.suggestions),
        proposedLevel: 'HTTNV',
      },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const submitted = await api.post(`/api/reviews/${own.id}/submit`, {
      data: { version: ((await saved.json()) as { version: number }).version },
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    expect(await submitted.json()).toMatchObject({ state: 'submitted', submittedLate: true });
    return own.id;
  } finally {
    await api.dispose();
  }
}

/** A screenshot of what the viewport shows (a drawer over a long page), to .tmp/e2e-shots/<name>.png. */
async function viewportShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

/** Full-page screenshot from the top (the header is sticky). */
async function topShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** The page never scrolls sideways (one pixel of rounding allowed). */
async function expectNoPageOverflow(page: Page, width: number): Promise<void> {
  const w = await page.evaluate(() =>
    Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
  );
  expect(w).toBeLessThanOrEqual(width + 1);
}

test('the secretary follows the units, filters, suggests, and returns a submitted review', async () => {
  await journey(
    browser,
    'review-overview-secretary',
    async (page) => {
      await signIn(page, 'hcqt');
      // From the cycle's dashboard.
      await menuItem(mainMenu(page), 'Tiến độ kỳ đánh giá').click();
      await visible(page.getByTestId('progress-matrix'));
      await page.getByRole('button', { name: /^(\S+ )?Bản kiểm điểm$/ }).click();
      await page.waitForURL((u) => /^\/ky-danh-gia\/[^/]+\/tu-kiem-diem$/.test(u.pathname));
      await visible(rows(page));
      const cycleId = new URL(page.url()).pathname.split('/')[2] ?? '';
      const all = (
        (await (await page.request.get(`/api/cycles/${cycleId}/reviews`)).json()) as { items: ListItem[] }
      ).items;
      const ofUnit = (unit: string) => all.filter((r) => r.unitName === unit);
      const inState = (items: ListItem[], state: string) => items.filter((r) => r.state === state);
      expect(all.length).toBeGreaterThan(50);

      // Every unit, with what it has handed in.
      await expect.poll(() => page.getByTestId('summary-total').textContent()).toBe(submittedText(all));
      const units = page.getByTestId('unit-summary');
      expect(await units.count()).toBe(new Set(all.map((r) => r.unitName)).size);
      expect(await units.filter({ hasText: KINH_TE }).getByTestId('unit-submitted').textContent()).toBe(
        submittedText(ofUnit(KINH_TE)),
      );
      const drafts = inState(required(all), 'draft').length;
      expect(drafts).toBeGreaterThan(0);
      expect(await page.getByTestId('summary-states').textContent()).toContain(`Đang soạn: ${drafts}`);
      await expectRows(page, all.length);
      await shot(page, 'review-overview-secretary');

      // By unit, then by state.
      await choose(page, 'filter-unit', KINH_TE);
      await expectRows(page, ofUnit(KINH_TE).length, { name: 'unit', value: KINH_TE });
      await choose(page, 'filter-state', 'Đang soạn');
      await expectRows(page, inState(ofUnit(KINH_TE), 'draft').length, { name: 'state', value: 'draft' });
      await choose(page, 'filter-state', 'Đã nộp');
      await expectRows(page, inState(ofUnit(KINH_TE), 'submitted').length, {
        name: 'state',
        value: 'submitted',
      });
      await clear(page, 'filter-state');
      await expectRows(page, ofUnit(KINH_TE).length);

      // Diacritic-insensitive search.
      const someone =
        ofUnit(KINH_TE).find((r) => r.personName && r.personName !== UNIT_HEAD_NAME)?.personName ?? '';
      const folded = someone.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
      await page.getByRole('searchbox', { name: 'Tìm theo tên' }).fill(folded);
      await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(1);
      for (const t of await rows(page).getByTestId('review-subject').allTextContents())
        expect(t).toBe(someone);

      // A suggestion to that person, from the drawer.
      await rows(page).first().getByRole('button', { name: /^Xem/ }).click();
      await visible(drawer(page).getByTestId('review-content'));
      await visible(page.locator('.ant-drawer-title').getByText(someone));
      await page.getByRole('button', { name: 'Gửi gợi ý kiểm điểm' }).click();
      const form = await visible(page.getByTestId('suggestion-form'));
      const suggestion = 'Đề nghị làm rõ việc chậm trình hồ sơ dự án trong quý III.';
      await form.getByLabel('Nội dung gợi ý').fill(suggestion);
      await form.getByLabel('Hạn giải trình (không bắt buộc)').fill('30/10/2024');
      await form.getByLabel('Hạn giải trình (không bắt buộc)').press('Tab');
      const sent = page.waitForResponse(
        (r) => r.url().endsWith('/suggestions') && r.request().method() === 'POST',
      );
      await page.getByTestId('suggestion-form-submit').click();
      const res = await sent;
      expect(res.status(), await res.text()).toBe(201);
      expect(res.request().postDataJSON()).toMatchObject({ text: suggestion, deadline: '2024-10-30' });
      await visible(page.getByText(`Đã gửi gợi ý kiểm điểm tới ${someone}.`));
      const suggestions = drawer(page).getByTestId('review-suggestions');
      await visible(suggestions.getByText(suggestion));
      await visible(suggestions.getByText(/hạn 30\/10\/2024/));
      await suggestions.scrollIntoViewIfNeeded();
      await viewportShot(page, 'review-overview-drawer-suggestion');
      await page.locator('.ant-drawer-close').click();
      await hidden(drawer(page));

      // The writer submits (after the deadline of 25/10): it counts, marked late.
      const reviewId = await submitAsWriter();
      const afterSubmit = all.map((r) => (r.id === reviewId ? { ...r, state: 'submitted' } : r));
      const search = page.getByRole('searchbox', { name: 'Tìm theo tên' });
      await search.fill('');
      await clear(page, 'filter-unit');
      await page.getByRole('button', { name: 'Tải lại' }).click();
      await expect
        .poll(() => page.getByTestId('summary-total').textContent())
        .toBe(submittedText(afterSubmit));
      expect(await units.filter({ hasText: WRITER.unit }).getByTestId('unit-submitted').textContent()).toBe(
        submittedText(afterSubmit.filter((r) => r.unitName === WRITER.unit)),
      );
      await choose(page, 'filter-state', 'Đã nộp');
      await expectRows(page, inState(afterSubmit, 'submitted').length, { name: 'state', value: 'submitted' });
      await search.fill(WRITER.name);
      await expectRows(page, 1, { name: 'state', value: 'submitted' });
      const row = rows(page).first();
      expect(await row.getByTestId('review-subject').textContent()).toBe(WRITER.name);
      await visible(row.getByText('Nộp muộn'));

      // Returned with a comment (required) from the drawer.
      await row.getByRole('button', { name: /^Xem/ }).click();
      await page.waitForURL((u) => u.searchParams.get('review') === reviewId);
      await visible(drawer(page).getByText('Nội dung mục “Họ và tên”'));
      expect(await drawer(page).getByTestId('review-state').textContent()).toBe('Đã nộp');
      await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
      const returnForm = await visible(page.getByTestId('return-form'));
      await page.getByTestId('return-form-submit').click();
      await visible(returnForm.getByText('Vui lòng ghi lý do trả lại.'));
      await returnForm
        .getByLabel('Ý kiến, lý do trả lại')
        .fill('Phần kết quả thực hiện nhiệm vụ cần nêu số liệu cụ thể.');
      const returned = page.waitForResponse((r) => r.url().endsWith('/return'));
      await page.getByTestId('return-form-submit').click();
      expect((await returned).status()).toBe(200);
      await visible(page.getByText('Đã trả lại bản kiểm điểm để sửa.'));
      await expect.poll(() => drawer(page).getByTestId('review-state').textContent()).toBe('Trả lại để sửa');
      await visible(
        drawer(page).getByText('Phần kết quả thực hiện nhiệm vụ cần nêu số liệu cụ thể.').first(),
      );
      await viewportShot(page, 'review-overview-returned');
      await page.locator('.ant-drawer-close').click();

      await choose(page, 'filter-state', 'Trả lại để sửa');
      await expectRows(page, 1, { name: 'state', value: 'returned' });
      expect(await rows(page).first().getByTestId('review-subject').textContent()).toBe(WRITER.name);
      expect(await rows(page).first().getByTestId('review-state-tag').textContent()).toBe('Trả lại để sửa');
      await expect.poll(() => page.getByTestId('summary-total').textContent()).toBe(submittedText(all));
    },
    { baseURL: server.url },
  );
});

test('the head of Phòng Kinh tế, on a phone, sees only his unit and scores in his column', async () => {
  await journey(
    browser,
    'review-overview-unit-head',
    async (page) => {
      await signIn(page, 'tp.kinhte');
      await openOverview(page, true);
      const title = await page.getByTestId('review-summary').locator('.ant-card-head-title').textContent();
      expect(title).toBe(`Tình hình nộp bản kiểm điểm — ${KINH_TE}`);
      expect(await page.getByTestId('filter-unit').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Giao thêm biểu mẫu' }).count()).toBe(0);
      const count = await rows(page).count();
      expect(count).toBeGreaterThan(3);
      await expectRows(page, count, { name: 'unit', value: KINH_TE });
      await expectNoPageOverflow(page, PHONE.width);
      await shot(page, 'review-overview-unit-head-phone');

      // A party member's review has the point table: the manager's column is his.
      // (not his own: nobody scores their own review)
      const party = page
        .locator('[data-testid="reviews-table"] tbody tr.ant-table-row:not([data-state="final"])')
        .filter({ hasText: /Mẫu 02[AB] \(HD 25\)/ })
        .filter({ hasNotText: UNIT_HEAD_NAME })
        .first();
      await party.getByRole('button', { name: /^Xem/ }).tap();
      const table = await visible(drawer(page).getByTestId('score-table'));
      expect(await table.locator('[data-testid^="score-authority-"]').count()).toBe(0);
      const inputs = table.locator('input[aria-label$="Người quản lý trực tiếp đánh giá"]');
      expect(await inputs.count()).toBe(2);
      await inputs.nth(0).fill('27');
      await inputs.nth(1).fill('64,5');
      await expect.poll(() => table.getByTestId('score-total-manager').textContent()).toBe('91,5');
      await visible(table.getByText(/gợi ý mức “Hoàn thành xuất sắc nhiệm vụ”/));
      const put = page.waitForResponse((r) => r.url().endsWith('/scores') && r.request().method() === 'PUT');
      await table.getByRole('button', { name: /Lưu điểm: Người quản lý trực tiếp/ }).tap();
      const res = await put;
      expect(res.status(), await res.text()).toBe(200);
      expect(res.request().postDataJSON()).toMatchObject({
        column: 'manager',
        scores: { tieu_chi_chung: 27, ket_qua_nhiem_vu: 64.5 },
      });
      await visible(page.getByText('Đã lưu điểm.'));
      await expectNoPageOverflow(page, PHONE.width);
      await table.scrollIntoViewIfNeeded();
      await viewportShot(page, 'review-overview-unit-head-drawer-phone');
    },
    { baseURL: server.url, viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  );
});

/** Types a date into the antd date picker labelled `label` and confirms it. */
async function typeDate(page: Page, label: string, ddmmyyyy: string): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true }).last();
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

test('the check page: not classified when hired in August, KHTNV when disciplined, over the quota', async () => {
  await journey(
    browser,
    'rules-check',
    async (page) => {
      await signIn(page, 'hcqt');
      await menuItem(mainMenu(page), 'Kiểm tra xếp loại').click();
      await page.waitForURL((u) => u.pathname === '/kiem-tra-xep-loai');
      await choose(page, 'regime-select', 'Năm 2024');

      const verdict = page.getByTestId('classify-verdict');
      const classified = page.waitForResponse(
        (r) =>
          r.url().endsWith('/api/rules/classify') &&
          r.request().postDataJSON()?.person?.employmentStart === '2024-08-01',
      );
      await typeDate(page, 'Ngày bắt đầu công tác', '01/08/2024');
      expect((await classified).request().postDataJSON()).toMatchObject({ regime: '2024', year: 2024 });
      await expect.poll(() => verdict.textContent()).toBe('Không xếp loại');
      const articles = await page
        .getByTestId('classify-result')
        .getByTestId('rule-reason-article')
        .allTextContents();
      expect(articles.some((a) => a.includes('Điều 2 khoản 3 Nghị định 90/2020/NĐ-CP'))).toBe(true);
      await topShot(page, 'rules-not-classified');

      // Back to a person in service for years, with a discipline decided in May.
      await typeDate(page, 'Ngày bắt đầu công tác', '01/09/2015');
      await expect.poll(() => verdict.textContent()).toBe('Được xếp loại');
      await page.getByRole('button', { name: 'Thêm quyết định kỷ luật' }).click();
      await visible(
        page.getByTestId('check-notes').getByText('Điền đủ các ô được đánh dấu đỏ để xem kết quả.'),
      );
      await typeDate(page, 'Ngày quyết định kỷ luật', '10/05/2024');
      await expect
        .poll(() => page.getByTestId('classify-level').textContent())
        .toBe('Không hoàn thành nhiệm vụ (KHTNV)');
      expect(await verdict.textContent()).toBe('Được xếp loại');

      // A 400 from the server: its message next to the field.
      const tasks = page.getByTestId('facts-form');
      await tasks.getByRole('spinbutton', { name: 'Đúng hạn, đạt' }).first().fill('11');
      await visible(tasks.getByText('Số nhiệm vụ đúng tiến độ không thể lớn hơn tổng số nhiệm vụ.'));
      await tasks.getByRole('spinbutton', { name: 'Đúng hạn, đạt' }).first().fill('10');
      await hidden(tasks.getByText('Số nhiệm vụ đúng tiến độ không thể lớn hơn tổng số nhiệm vụ.'));
      await topShot(page, 'rules-discipline');

      // The quota: 2 HTXSNV for 5 HTTNV is over 20%.
      await page.getByRole('tab', { name: 'Tỷ lệ xuất sắc' }).click();
      const first = page.getByTestId('quota-row').first();
      await first.getByRole('spinbutton', { name: 'Số HTXSNV' }).fill('2');
      await first.getByRole('spinbutton', { name: 'Số HTTNV' }).fill('5');
      const group = page.getByTestId('quota-group').first();
      await expect.poll(() => group.getAttribute('data-ok'), { timeout: UI_TIMEOUT }).toBe('false');
      await expect.poll(() => group.getByTestId('quota-verdict').textContent()).toBe('Vượt tỷ lệ (cảnh báo)');
      await visible(group.getByText('Tối đa 1 người HTXSNV'));
      await topShot(page, 'rules-quota');

      // The titles of the same person (disciplined: no Lao động tiên tiến).
      await page.getByRole('tab', { name: 'Danh hiệu thi đua' }).click();
      const ldtt = page.locator('[data-testid="title-result"][data-title="LDTT"]');
      await visible(ldtt);
      await visible(ldtt.getByText('Chưa đủ điều kiện'));

      // The defaults of the regime, the unverified ones tagged.
      await page.getByTestId('settings-panel').getByText('Giá trị mặc định (giai đoạn 2024)').click();
      const settings = page.getByTestId('setting-item');
      await visible(settings);
      expect(await settings.count()).toBeGreaterThan(20);
      const unverified = page.locator('[data-testid="setting-item"][data-verified="false"]');
      expect(await unverified.count()).toBeGreaterThan(0);
      await visible(unverified.first().getByText('Mặc định, chưa kiểm chứng'));
      await topShot(page, 'rules-titles-settings');
    },
    { baseURL: server.url },
  );
});

test('the check page fits a phone', async () => {
  await journey(
    browser,
    'rules-check-phone',
    async (page) => {
      await signIn(page, 'nhanvien');
      await page.goto('/kiem-tra-xep-loai');
      await visible(page.getByTestId('classify-verdict'));
      await page.getByRole('button', { name: 'Thêm đợt nghỉ' }).tap();
      await expectNoPageOverflow(page, PHONE.width);
      await topShot(page, 'rules-check-phone');
    },
    { baseURL: server.url, viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  );
});
