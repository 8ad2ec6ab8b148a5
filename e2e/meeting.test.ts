/**
 * Journey: a whole unit review meeting in the browser (issue 6, "Done when"), on a server whose
 * clock reads 04/11/2024 (the demo's 2024 cycle running, Phòng Tổng hợp's self-reviews handed in).
 * Phòng Tổng hợp has 6 members in the demo, all present: 5 with an account, 1 (Trần Quang Huy,
 * disciplined this year, so not eligible for Lao động tiên tiến) without, who votes on paper. Every actor has their own browser:
 * the head (chair), the secretary (Lê Văn Tâm), the deputy Hoàng Thị Minh Châu and Đinh Thị Bích
 * Ngọc on phones, the deputy Nguyễn Hữu Phước, and HCQT.
 *
 * The head prepares the meeting; the secretary takes the roll (Ngọc checks in with the QR link on
 * her phone) and starts it; the collective report is discussed, voted and concluded; the head's
 * review is chaired by a deputy (console and projector say so); each person gets a conclusion and a
 * proposed level — the head's HTXSNV over the leaders' quota is refused without a reason, then
 * recorded with one; Châu accepts her conclusion on her phone, the secretary records the head's;
 * jumping ahead is neither offered nor allowed. The secret ballot: 5 electronic votes (two phones),
 * 1 paper vote entered after closing, the result on the console and the projector. The draft minutes
 * download as Word; the minutes are approved and the meeting locked. The head sends the dossier,
 * HCQT returns it (two reviews still being revised after the meeting), the two finalise their
 * reviews, the head sends it again and HCQT accepts it; the cycle dashboard shows it accepted.
 */

import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import {
  apiSession,
  atPath,
  menuItem,
  openPage,
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
    startServer({ CLOCK_TODAY: '2024-11-04', REMINDER_SWEEP_MINUTES: '0', LOGIN_RATE_PER_MINUTE: '200' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const UNIT = 'Phòng Tổng hợp';
const HEAD = 'Võ Văn Dũng';
const CHAU = 'Hoàng Thị Minh Châu';
const PHUOC = 'Nguyễn Hữu Phước';
const TAM = 'Lê Văn Tâm';
const NGOC = 'Đinh Thị Bích Ngọc';
const PAPER_VOTER = 'Trần Quang Huy';
const PRESENT = [HEAD, CHAU, PHUOC, TAM, PAPER_VOTER, NGOC];
const LEADERS = 'Công chức lãnh đạo, quản lý';
const LEVEL = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
} as const;
type Level = keyof typeof LEVEL;
const QUOTA_REASON =
  'Phòng hoàn thành vượt 100% kế hoạch năm; đồng chí trưởng phòng trực tiếp chỉ đạo 3 đề án lớn.';
const RETURN_REASON =
  'Bản tự kiểm điểm của đồng chí Võ Văn Dũng và đồng chí Hoàng Thị Minh Châu chưa hoàn tất sau khi tiếp thu kết luận hội nghị.';

const apiAs = (username: string, password = 'demo') => apiSession(server.url, username, password);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button by its label, after the antd icon's name if it has one ("send Gửi hồ sơ"). */
const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`^(\\S+ )?${escapeRegExp(label)}$`) });
const popconfirm = (page: Page) => page.locator('.ant-popconfirm:visible');
/** A full-page screenshot from the top (a scrolled page would show its fixed header mid-picture). */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** Picks an option of an antd Select found by its label (typing into it first when it searches). */
async function choose(scope: Page | Locator, label: string, option: string, search?: string) {
  const page = 'page' in scope ? scope.page() : scope;
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${escapeRegExp(option)}$`) })
    .click();
}

interface Account {
  username: string;
  password: string;
}

/** Accounts for the members the demo gives none (Trần Quang Huy stays without: he votes on paper). */
async function makeAccounts(): Promise<Record<string, Account>> {
  const admin = await apiAs('quantri');
  const out: Record<string, Account> = {
    [HEAD]: { username: 'tp.tonghop', password: 'demo' },
    [NGOC]: { username: 'nhanvien', password: 'demo' },
  };
  for (const [name, username] of [
    [CHAU, 'chau.htm'],
    [PHUOC, 'phuoc.nh'],
    [TAM, 'tam.lv'],
  ] as const) {
    const people = await admin.get(`/api/people?q=${encodeURIComponent(name)}`);
    const person = people.json.items.find((i: { fullName: string }) => i.fullName === name);
    expect(person, name).toBeTruthy();
    const res = await admin.post('/api/accounts', { personId: person.id, username });
    expect(res.status, res.text).toBe(201);
    out[name] = { username, password: res.json.temporaryPassword };
  }
  return out;
}

test('a whole unit review meeting: roll call, agenda, quota, ballot, minutes, dossier', async () => {
  // ── Before the meeting, through the API: accounts, the head's returned review handed in again ──
  const accounts = await makeAccounts();
  const head = await apiAs('tp.tonghop');
  const mine = (await head.get('/api/me/reviews')).json;
  const cycleId: string = mine.cycle.id;
  const collective = mine.items.find((r: { personId: string | null }) => r.personId === null);
  expect(collective.state).toBe('submitted');
  const headReview = mine.items.find((r: { personName: string }) => r.personName === HEAD);
  expect(headReview.state).toBe('returned');
  {
    // HCQT asked for concrete figures: he adds them and hands the review in again.
    const { review } = (await head.get(`/api/reviews/${headReview.id}`)).json;
    const answers = {
      ...review.answers,
      thuc_hien_nhiem_vu: `${review.answers.thuc_hien_nhiem_vu} Năm 2024 Phòng tham mưu 412 văn bản, 100% đúng hạn.`,
    };
    const saved = await head.put(`/api/reviews/${headReview.id}`, {
      version: review.version,
      answers,
      proposedLevel: review.proposedLevel,
    });
    expect(saved.status, saved.text).toBe(200);
    const sent = await head.post(`/api/reviews/${headReview.id}/submit`, { version: saved.json.version });
    expect(sent.status, sent.text).toBe(200);
  }

  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const open = async (who: string, options: BrowserContextOptions = {}) => {
    const { context, page } = await openPage(browser, { baseURL: server.url, ...options });
    contexts.push(context);
    const watch = (p: Page) => p.on('pageerror', (e) => pageErrors.push(`${who}: ${e.message}`));
    watch(page);
    context.on('page', watch);
    return page;
  };
  /** A member signed in on their own device. */
  const member = async (name: string, options: BrowserContextOptions = {}) => {
    const page = await open(name, options);
    const account = accounts[name] as Account;
    await signIn(page, account.username, account.password);
    return page;
  };

  try {
    // ── 1. The head prepares the meeting ──────────────────────────────────────────────────
    const chair = await member(HEAD);
    await chair.goto('/cuoc-hop');
    await button(chair, 'Chuẩn bị cuộc họp').click();
    await atPath(chair, '/cuoc-hop/moi');
    await visible(chair.getByTestId('own-unit').filter({ hasText: UNIT }));
    expect(await chair.getByLabel('Ngày họp').inputValue()).toBe('04/11/2024');
    const time = chair.getByLabel('Giờ họp');
    await time.click();
    await time.fill('14:00');
    await time.press('Enter');
    await chair.getByLabel('Địa điểm').fill('Phòng họp số 2, tầng 3');
    await expect
      .poll(() => chair.getByLabel('Người chủ trì', { exact: true }).locator('..').textContent())
      .toContain(HEAD);
    await choose(chair, 'Thư ký', `${TAM} — Chuyên viên`, TAM);
    await snap(chair, 'meeting-prepare');
    await button(chair, 'Tạo cuộc họp và gửi giấy mời').click();
    await chair.waitForURL((u) => /^\/cuoc-hop\/[0-9a-f-]{36}$/.test(u.pathname));
    const meetingId = new URL(chair.url()).pathname.split('/')[2] as string;
    const consolePath = `/cuoc-hop/${meetingId}`;
    const memberPath = `${consolePath}/thanh-vien`;
    await visible(chair.getByTestId('agenda'));
    const view = async () => (await head.get(`/api/meetings/${meetingId}`)).json;
    const prepared = await view();
    expect(prepared.startsAt).toBe('2024-11-04T07:00:00.000Z');
    expect(prepared.place).toBe('Phòng họp số 2, tầng 3');
    expect(prepared.secretary.fullName).toBe(TAM);
    type Item = { position: number; kind: string; subject: { fullName: string } | null };
    const items: Item[] = prepared.items;
    const positionOf = (name: string) => items.find((i) => i.subject?.fullName === name)?.position as number;
    const people = items.filter((i) => i.kind === 'person');
    expect(people).toHaveLength(6);
    expect(items.map((i) => i.kind)).toEqual([
      'collective_report',
      ...people.map(() => 'person'),
      'ballot',
      'minutes',
    ]);
    expect(people[0]?.subject?.fullName).toBe(HEAD);

    // ── 2. The roll call: the secretary's console, and Ngọc's phone by the QR link ─────────
    const secretary = await member(TAM);
    const secretaryApi = await apiAs('tam.lv', accounts[TAM]?.password);
    await secretary.goto(consolePath);
    const roll = await visible(secretary.getByTestId('roll-call'));
    for (const name of PRESENT.filter((n) => n !== NGOC)) {
      await roll.getByRole('checkbox', { name: `Có mặt: ${name}` }).check();
    }
    // The link under the QR code the room shows (the phone's camera would read the same).
    const shown = (await secretary.getByTestId('check-in-url').textContent()) ?? '';
    const checkInUrl = new URL(shown.match(/https?:\/\/\S+/)?.[0] ?? shown);
    expect(checkInUrl.pathname).toBe(`${consolePath}/diem-danh`);
    expect(checkInUrl.searchParams.get('ma')).toBe(
      (await secretaryApi.get(`/api/meetings/${meetingId}`)).json.checkinCode,
    );

    const ngoc = await member(NGOC, PHONE);
    await ngoc.goto(checkInUrl.pathname + checkInUrl.search);
    const checkedIn = await visible(ngoc.locator('[data-testid="check-in-result"][data-result="success"]'));
    expect(await checkedIn.textContent()).toContain('Đã điểm danh: có mặt tại Phòng họp số 2, tầng 3');
    await snap(ngoc, 'meeting-check-in-phone');
    // It goes on to the member's page by itself.
    await atPath(ngoc, memberPath);
    await visible(ngoc.locator('[data-testid="my-attendance"][data-status="present"]'));

    await visible(roll.locator(`[data-person="${NGOC}"][data-present="true"]`));
    expect(await roll.locator(`[data-person="${NGOC}"]`).textContent()).toContain('tự điểm danh bằng QR');
    for (const name of PRESENT) await visible(roll.locator(`[data-person="${name}"][data-present="true"]`));
    await expect
      .poll(() => roll.getByTestId('presence-text').textContent())
      .toMatch(/^Có mặt 6\/6 thành viên/);
    await snap(secretary, 'meeting-roll-call');
    await button(secretary, 'Bắt đầu cuộc họp').click();
    const current = secretary.getByTestId('current-item');
    await visible(secretary.locator('[data-testid="current-item"][data-kind="collective_report"]'));

    // The room's screen: the laptop wired to the projector, signed in as the secretary, opens the
    // console's "Màn hình phòng họp" link.
    const projectorLink = secretary.getByRole('link', { name: /Màn hình phòng họp$/ });
    expect(await projectorLink.getAttribute('href')).toBe(`${consolePath}/man-hinh`);
    const projector = await member(TAM, { viewport: { width: 1600, height: 900 } });
    await projector.goto(`${consolePath}/man-hinh`);
    await visible(projector.locator('[data-testid="meeting-projector"][data-state="running"]'));

    // ── 3. The collective report ─────────────────────────────────────────────────────────
    await choose(current, 'Người phát biểu', PAPER_VOTER, 'Trần Quang');
    await current.getByLabel('Nội dung ý kiến').fill('Báo cáo đánh giá đầy đủ, sát thực tế của Phòng.');
    await button(current, 'Ghi ý kiến').click();
    await visible(
      secretary.getByTestId('record-list').getByText('Báo cáo đánh giá đầy đủ, sát thực tế của Phòng.'),
    );
    await current.getByLabel('Số người đồng ý').fill('5');
    await current.getByLabel('Số người không biểu quyết').fill('1');
    await button(current, 'Ghi kết quả biểu quyết').click();
    const reportVote = await visible(current.getByTestId('vote-results'));
    expect(await reportVote.textContent()).toContain(
      '5 đồng ý, 0 không đồng ý, 1 không biểu quyết / 6 thành viên có mặt — thông qua',
    );
    await current.getByLabel('Ưu điểm').fill('Hoàn thành các nhiệm vụ trọng tâm năm 2024.');
    await current.getByLabel('Hạn chế').fill('Một số báo cáo định kỳ còn chậm.');
    await current.getByLabel('Nội dung kết luận').fill('Thống nhất thông qua báo cáo kiểm điểm tập thể.');
    await button(current, 'Ghi kết luận').click();
    await visible(current.getByTestId('recorded-conclusion'));
    await choose(current, 'Mức xếp loại đề xuất', LEVEL.HTTNV);
    await button(current, 'Ghi mức xếp loại đề xuất').click();
    await visible(current.getByTestId('recorded-proposal').filter({ hasText: LEVEL.HTTNV }));

    // Only the next item is offered; jumping past the head's review is refused by the server too.
    const agenda = secretary.getByTestId('agenda');
    const row = (position: number) => agenda.locator(`li[data-position="${position}"]`);
    await visible(row(1).and(agenda.locator('[data-state="current"]')));
    await expect
      .poll(() =>
        row(2)
          .getByRole('button', { name: /Chuyển sang$/ })
          .count(),
      )
      .toBe(1);
    for (const p of [3, 4, 10, 11]) expect(await row(p).getByRole('button').count(), `row ${p}`).toBe(0);
    const jump = await secretaryApi.post(`/api/meetings/${meetingId}/item`, {
      version: (await view()).version,
      position: positionOf(CHAU),
    });
    expect(jump.status, jump.text).toBe(409);
    expect(jump.json.error.message).toContain(`Chưa xong nội dung "Kiểm điểm đồng chí ${HEAD}"`);
    await snap(secretary, 'meeting-collective-done');

    // ── 4. The head's review, chaired by a deputy ────────────────────────────────────────
    const goTo = async (position: number) => {
      await row(position)
        .getByRole('button', { name: /Chuyển sang$/ })
        .click();
      await visible(secretary.locator(`[data-testid="current-item"][data-position="${position}"]`));
    };
    await goTo(positionOf(HEAD));
    const acting = await visible(secretary.getByTestId('acting-chair'));
    expect(await acting.textContent()).toBe(
      `Đang chủ trì: đồng chí ${CHAU} (cấp phó, chủ trì phần kiểm điểm người đứng đầu)`,
    );
    expect(await current.getByTestId('item-chair').textContent()).toBe(`Chủ trì phần này: đồng chí ${CHAU}`);
    await visible(projector.getByTestId('current-item').filter({ hasText: `Kiểm điểm đồng chí ${HEAD}` }));
    expect(await projector.getByTestId('acting-chair').textContent()).toBe(`Chủ trì: ${CHAU}`);

    const conclude = async (strengths: string, weaknesses: string) => {
      await current.getByLabel('Ưu điểm').fill(strengths);
      await current.getByLabel('Hạn chế').fill(weaknesses);
      await button(current, 'Ghi kết luận').click();
      await visible(current.getByTestId('recorded-conclusion'));
    };
    const propose = async (level: Level) => {
      await choose(current, 'Mức xếp loại đề xuất', LEVEL[level]);
      await button(current, 'Ghi mức xếp loại đề xuất').click();
    };
    await conclude('Gương mẫu, quyết liệt trong chỉ đạo; Phòng vượt kế hoạch năm.', 'Còn ôm việc.');
    // The leaders' group is already over its quota (Nguyễn Hữu Phước proposes HTXSNV himself, 20% of
    // 2 HTTNV floors to 0): HTXSNV for the head is refused until a reason is given.
    const leaders = current.locator(`[data-testid="quota-panel"] [data-group="${LEADERS}"]`);
    expect(await leaders.getAttribute('data-ok')).toBe('false');
    await propose('HTXSNV');
    const breach = await visible(current.getByTestId('quota-breach'));
    expect(await breach.textContent()).toContain(
      'Đề nghị 2 người hoàn thành xuất sắc nhiệm vụ, vượt 2 người',
    );
    await visible(current.getByLabel('Lý do đề xuất vượt tỷ lệ'));
    expect(await current.getByTestId('recorded-proposal').count()).toBe(0);
    const headProposals = (await view()).entries.filter(
      (e: { itemPosition: number; body: { kind: string } }) =>
        e.itemPosition === positionOf(HEAD) && e.body.kind === 'proposal',
    );
    expect(headProposals).toEqual([]);
    await snap(secretary, 'meeting-quota-breach');
    await current.getByLabel('Lý do đề xuất vượt tỷ lệ').fill(QUOTA_REASON);
    await button(current, 'Ghi mức xếp loại đề xuất').click();
    const recorded = await visible(current.getByTestId('recorded-proposal'));
    expect(await recorded.textContent()).toContain(LEVEL.HTXSNV);
    expect(await recorded.textContent()).toContain(`Lý do: ${QUOTA_REASON}`);
    // The head says he accepts; the secretary records it.
    const answer = current.getByTestId('responses');
    await expect.poll(() => button(answer, 'Tiếp thu').isEnabled()).toBe(true);
    await button(answer, 'Tiếp thu').click();
    await visible(answer.locator('.ant-tag').filter({ hasText: 'Tiếp thu' }));
    await visible(
      projector.locator(`[data-testid="proposals-table"] tr[data-name="${HEAD}"][data-breach="true"]`),
    );
    await visible(
      projector.locator(`[data-testid="quota-table"] tr[data-group="${LEADERS}"][data-ok="false"]`),
    );
    await snap(secretary, 'meeting-head-reviewed');
    await snap(projector, 'meeting-projector-head');

    // ── Each of the others; Châu answers on her phone ─────────────────────────────────────
    const chau = await member(CHAU, PHONE);
    await chau.goto(memberPath);
    await visible(chau.locator('[data-testid="my-attendance"][data-status="present"]'));
    const levels: Record<string, Level> = { [PHUOC]: 'HTTNV', [PAPER_VOTER]: 'KHTNV' };
    for (const item of people.slice(1)) {
      const name = item.subject?.fullName as string;
      await goTo(item.position);
      if (item.position === positionOf(CHAU)) {
        // The chair is back with the head; the projector follows.
        expect(await secretary.getByTestId('acting-chair').count()).toBe(0);
        await visible(projector.getByTestId('acting-chair').filter({ hasText: `Chủ trì: ${HEAD}` }));
        await visible(chau.getByTestId('my-answer'));
      }
      await conclude(`Đồng chí ${name} tích cực, chủ động.`, 'Cần nâng cao chất lượng tham mưu.');
      await propose(levels[name] ?? 'HTTNV');
      await visible(
        current.getByTestId('recorded-proposal').filter({ hasText: LEVEL[levels[name] ?? 'HTTNV'] }),
      );
      if (name === CHAU) {
        const mineOnPhone = chau.getByTestId('my-answer');
        await visible(mineOnPhone.getByTestId('my-proposed-level').filter({ hasText: LEVEL.HTTNV }));
        await snap(chau, 'meeting-answer-phone');
        await button(mineOnPhone, 'Tiếp thu kết luận').click();
        await visible(mineOnPhone.getByTestId('my-answer-text'));
        await visible(mineOnPhone.getByTestId('review-reopened'));
        await visible(current.getByTestId('responses').locator('.ant-tag').filter({ hasText: 'Tiếp thu' }));
      }
    }
    const proposals = (await view()).proposals as { name: string; level: string }[];
    expect(proposals.length).toBe(7);

    // ── 5. The secret ballot: mixed, 5 electronic votes and 1 on paper ────────────────────
    await goTo(items.find((i) => i.kind === 'ballot')?.position as number);
    await choose(current, 'Hình thức bỏ phiếu', 'Cả hai');
    await button(current, 'Chuẩn bị bỏ phiếu kín').click();
    await button(current, 'Mở trang điều hành bỏ phiếu').click();
    await secretary.waitForURL((u) => /^\/bo-phieu\/[0-9a-f-]{36}$/.test(u.pathname));
    const ballotId = new URL(secretary.url()).pathname.split('/')[2] as string;
    await expect
      .poll(() => secretary.getByTestId('roll-call-summary').textContent())
      .toMatch(/^Có mặt 6\/\d+ · 1 người không có tài khoản bỏ phiếu giấy$/);
    await button(secretary, 'Mở bỏ phiếu').click();
    await popconfirm(secretary).getByRole('button', { name: 'Mở bỏ phiếu' }).click();
    await visible(secretary.locator('[data-testid="ballot-state"][data-state="open"]'));

    const ballot = (await secretaryApi.get(`/api/ballots/${ballotId}`)).json;
    expect(ballot.mode).toBe('mixed');
    const eligible: { id: string; name: string }[] = ballot.candidates.filter(
      (c: { eligible: boolean }) => c.eligible,
    );
    expect(eligible.map((c) => c.name)).not.toContain(PAPER_VOTER);
    expect(eligible.length).toBe(5);
    // Every ballot agrees to everyone, but two say no to the first eligible candidate.
    const NO = eligible[0]?.name as string;
    const voters = [HEAD, CHAU, PHUOC, TAM, NGOC];
    const saysNo = (voter: string) => voter === PHUOC || voter === TAM;
    const phuoc = await member(PHUOC);
    await phuoc.goto(memberPath);
    const tamPhone = await member(TAM, PHONE);
    await tamPhone.goto(memberPath);
    await chair.goto(memberPath);
    const devices: Record<string, Page> = {
      [HEAD]: chair,
      [CHAU]: chau,
      [PHUOC]: phuoc,
      [TAM]: tamPhone,
      [NGOC]: ngoc,
    };
    await Promise.all(
      voters.map(async (voter) => {
        const page = devices[voter] as Page;
        await button(await visible(page.getByTestId('ballot-open')), 'Bỏ phiếu').click();
        await atPath(page, `/bo-phieu/${ballotId}/phieu`);
        await visible(page.locator('[data-testid="vote-view"][data-view="ballot"]'));
        for (const c of eligible) {
          const no = c.name === NO && saysNo(voter);
          const card = page.locator(`[data-testid="vote-candidate"][data-candidate="${c.name}"]`);
          await button(card, no ? 'Không đồng ý' : 'Đồng ý').click();
          await expect.poll(() => card.getAttribute('data-choice')).toBe(no ? 'disagree' : 'agree');
        }
        if (voter === NGOC) await snap(page, 'meeting-vote-phone');
        await button(page, 'Bỏ phiếu').click();
        await page.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
        await visible(page.locator('[data-testid="vote-view"][data-view="voted"]'), UI_TIMEOUT + 5_000);
      }),
    );
    await visible(
      secretary.getByTestId('progress-text').filter({ hasText: 'Đã nhận phiếu: 5/6 có mặt · Đã bỏ: 5' }),
    );
    await visible(projector.getByTestId('ballot-cast').filter({ hasText: 'Đã bỏ 5/6 phiếu' }));
    await snap(projector, 'meeting-projector-ballot');
    // Those two devices are done (fewer pages polling the server).
    await Promise.all([phuoc.context().close(), tamPhone.context().close()]);

    // Closed; the paper ballot (Trần Quang Huy's: agrees to all) is counted and entered.
    await button(secretary, 'Kết thúc bỏ phiếu').click();
    await popconfirm(secretary).getByRole('button', { name: 'Kết thúc' }).click();
    await visible(secretary.locator('[data-testid="ballot-state"][data-state="closed"]'));
    const paper = secretary.getByTestId('paper-form');
    await paper.getByRole('spinbutton', { name: 'Số phiếu phát ra' }).fill('1');
    await paper.getByRole('spinbutton', { name: 'Số phiếu thu vào' }).fill('1');
    await paper.getByRole('spinbutton', { name: 'Số phiếu hợp lệ', exact: true }).fill('1');
    for (const c of eligible) {
      await paper.getByRole('spinbutton', { name: `Phiếu giấy đồng ý: ${c.name}` }).fill('1');
    }
    await paper.getByRole('button', { name: 'Lưu kết quả kiểm phiếu giấy' }).click();
    await visible(secretary.getByTestId('paper-saved'));
    const expected = (name: string) => {
      const no = name === NO ? voters.filter(saysNo).length : 0;
      return [voters.length - no + 1, no];
    };
    for (const c of eligible) {
      const cells = await secretary
        .locator(`[data-testid="result-table"] tr[data-candidate="${c.name}"]`)
        .locator('td')
        .allTextContents();
      expect(cells.slice(1, 3).map(Number), c.name).toEqual(expected(c.name));
    }
    await snap(secretary, 'meeting-ballot-result');
    // The projector shows the result of the ballot, paper vote included.
    await visible(projector.getByTestId('projector-result'));
    const first = projector.locator(`[data-testid="result-table"] tr[data-candidate="${NO}"]`);
    await expect.poll(() => first.locator('td').nth(1).textContent()).toBe(String(expected(NO)[0]));
    expect(await tableRows(projector, 'result-table').count()).toBe(ballot.candidates.length);
    await snap(projector, 'meeting-projector-result');
    // The member's page now leads to the result.
    await ngoc.goto(memberPath);
    await visible(button(ngoc, 'Xem kết quả bỏ phiếu'));
    await ngoc.context().close();

    // ── 6. The minutes: the draft downloads, the vote approves them, the meeting is locked ─
    // Back to the meeting from the menu.
    await menuItem(secretary.getByRole('navigation', { name: 'Menu chính' }), 'Cuộc họp').click();
    await tableRows(secretary, 'meetings-table').getByRole('link', { name: UNIT }).click();
    await atPath(secretary, consolePath);
    await goTo(items.find((i) => i.kind === 'minutes')?.position as number);
    const download = secretary.waitForEvent('download');
    await current.getByRole('link', { name: /Tải biên bản \(Word\)$/ }).click();
    const file = fs.readFileSync((await (await download).path()) as string);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    const xml = (await (await JSZip.loadAsync(file)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain(HEAD);
    expect(xml).toContain('trực tiếp chỉ đạo 3 đề án lớn');
    await current.getByLabel('Số người đồng ý').fill('6');
    await button(current, 'Ghi kết quả biểu quyết').click();
    await visible(
      current.getByTestId('vote-results').filter({
        hasText: '6 đồng ý, 0 không đồng ý, 0 không biểu quyết / 6 thành viên có mặt — thông qua',
      }),
    );
    await button(current, 'Kết thúc cuộc họp và khóa biên bản').click();
    await popconfirm(secretary).getByRole('button', { name: 'Kết thúc và khóa' }).click();
    await visible(secretary.locator('[data-testid="meeting-state"][data-state="locked"]'));
    await visible(secretary.getByText('Cuộc họp đã kết thúc; biên bản đã được thông qua và khóa.'));
    expect(await secretary.getByRole('checkbox').count()).toBe(0);
    await snap(secretary, 'meeting-locked');
    await visible(projector.locator('[data-testid="meeting-projector"][data-state="locked"]'));
    await snap(projector, 'meeting-projector-locked');
    await projector.context().close();

    // ── 7. The dossier: sent, returned, fixed, sent again, accepted ──────────────────────
    await chair.goto('/ho-so-don-vi');
    await chair.waitForURL((u) => u.pathname === '/ho-so-don-vi' && u.searchParams.has('unitId'));
    const dossierUrl = chair.url();
    const parts = chair.getByTestId('dossier-part');
    await expect.poll(() => parts.count()).toBe(5);
    expect(await parts.evaluateAll((els) => els.map((e) => e.getAttribute('data-complete')))).toEqual(
      Array(5).fill('true'),
    );
    const selfReviews = (await chair.locator('[data-part="self_reviews"]').textContent()) ?? '';
    expect(selfReviews).toContain('Đang tiếp thu sau hội nghị (chưa hoàn tất)');
    for (const name of [CHAU, HEAD]) expect(selfReviews).toContain(name);
    await snap(chair, 'meeting-dossier');
    await button(chair, 'Gửi hồ sơ').click();
    await visible(chair.locator('[data-testid="dossier-state"][data-state="submitted"]'));

    const hcqt = await open('HCQT');
    await signIn(hcqt, 'hcqt');
    await hcqt.goto(`/ky-danh-gia/${cycleId}/ho-so`);
    const inboxRow = await visible(hcqt.locator(`[data-testid="dossier-row"][data-unit="${UNIT}"]`));
    expect(await inboxRow.getAttribute('data-state')).toBe('submitted');
    await inboxRow.getByRole('link', { name: UNIT, exact: true }).click();
    await visible(hcqt.locator('[data-testid="dossier-state"][data-state="submitted"]'));
    await button(hcqt, 'Trả lại').click();
    const modal = hcqt.getByRole('dialog');
    await modal.getByLabel('Lý do trả lại').fill(RETURN_REASON);
    await button(modal, 'Trả lại hồ sơ').click();
    await visible(hcqt.locator('[data-testid="dossier-state"][data-state="returned"]'));

    await chair.reload();
    const returned = await visible(chair.getByTestId('return-reason'));
    expect(await returned.textContent()).toContain(`Lý do trả lại: ${RETURN_REASON}`);
    await snap(chair, 'meeting-dossier-returned');
    // The two finalise their revised reviews: Châu from her phone, the head at his desk.
    await chau.goto(memberPath);
    await chau.getByTestId('reopened-review').click();
    await chau.getByTestId('finalise-button').click();
    await chau.getByTestId('finalise-confirm').click();
    await visible(chau.getByTestId('review-state').filter({ hasText: 'Hoàn tất' }));
    await snap(chau, 'meeting-review-final-phone');
    await chair.goto(`/tu-kiem-diem/${headReview.id}`);
    await chair.getByTestId('finalise-button').click();
    await chair.getByTestId('finalise-confirm').click();
    await visible(chair.getByTestId('review-state').filter({ hasText: 'Hoàn tất' }));
    await chair.goto(dossierUrl);
    await visible(chair.locator('[data-part="self_reviews"][data-complete="true"]'));
    expect(await chair.locator('[data-part="self_reviews"]').textContent()).not.toContain('Đang tiếp thu');
    await button(chair, 'Gửi lại hồ sơ').click();
    await visible(chair.locator('[data-testid="dossier-state"][data-state="submitted"]'));

    await hcqt.reload();
    await button(hcqt, 'Tiếp nhận hồ sơ').click();
    await popconfirm(hcqt).getByRole('button', { name: 'Tiếp nhận' }).click();
    await visible(hcqt.locator('[data-testid="dossier-state"][data-state="accepted"]'));
    await snap(hcqt, 'meeting-dossier-accepted');
    await chair.reload();
    await visible(chair.locator('[data-testid="dossier-state"][data-state="accepted"]'));

    await hcqt.goto(`/ky-danh-gia/${cycleId}/tien-do`);
    const cell = hcqt.locator(
      `[data-testid="progress-cell"][data-unit="${UNIT}"][data-step="ho-so-don-vi"] [data-testid="progress-cell-count"]`,
    );
    await expect.poll(() => cell.textContent(), { timeout: UI_TIMEOUT }).toBe('Hồ sơ: đã tiếp nhận');
    await snap(hcqt, 'meeting-progress');

    expect(pageErrors).toEqual([]);
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
  }
}, 240_000);
