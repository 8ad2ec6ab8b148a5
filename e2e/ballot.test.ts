/**
 * Journey: the secret ballot on "Lao động tiên tiến" in the browser (issue 6.3), on a server whose
 * clock reads 04/11/2024 (the demo's 2024 cycle running, Phòng Tổng hợp's self-reviews submitted with
 * proposed levels). The head of Phòng Tổng hợp prepares a mixed ballot from the menu, takes the roll
 * (5 members who vote on their phones, 1 without an account who votes on paper) and opens it; five
 * members, each in their own browser (one on a 390 px phone), vote and get a receipt; the console and
 * the projector show how many voted and nothing of how (not even in the API answers they read); a
 * second attempt by a member who already voted is refused, and a replayed ballot too; the chair
 * closes, enters the paper count and reads the result; a member finds their receipt counted; the
 * projector switches to the result.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const PHONE = { width: 390, height: 844 };
const UNIT = 'Phòng Tổng hợp';
const CHAIR = { username: 'tp.tonghop', name: 'Võ Văn Dũng' };
/** Members of Phòng Tổng hợp without a demo account: accounts are made for them first. */
const NEW_ACCOUNTS = [
  { name: 'Hoàng Thị Minh Châu', username: 'chau.htm' },
  { name: 'Nguyễn Hữu Phước', username: 'phuoc.nh' },
  { name: 'Lê Văn Tâm', username: 'tam.lv' },
];
/** Votes on paper: no account. */
const PAPER_VOTER = 'Trần Quang Huy';

interface Voter {
  username: string;
  password: string;
  name: string;
  phone: boolean;
}

const apiAs = (username: string, password = 'demo') => apiSession(server.url, username, password);

/** Accounts for members who have none; their temporary passwords. */
async function makeAccounts(): Promise<Voter[]> {
  const admin = await apiAs('quantri');
  const out: Voter[] = [];
  for (const m of NEW_ACCOUNTS) {
    const people = await admin.get(`/api/people?q=${encodeURIComponent(m.name)}`);
    const person = people.json.items.find((i: { fullName: string }) => i.fullName === m.name);
    expect(person, m.name).toBeTruthy();
    const res = await admin.post('/api/accounts', { personId: person.id, username: m.username });
    expect(res.status, res.text).toBe(201);
    out.push({ username: m.username, password: res.json.temporaryPassword, name: m.name, phone: false });
  }
  return out;
}

const popconfirm = (page: Page) => page.locator('.ant-popconfirm:visible');

interface Candidate {
  id: string;
  name: string;
  eligible: boolean;
  reason?: string;
}

/** Voter i's ballot: the first eligible candidate gets 3 "disagree", the third is left blank by voter 3. */
function plan(i: number, eligible: Candidate[]): Record<string, 'agree' | 'disagree'> {
  const out: Record<string, 'agree' | 'disagree'> = {};
  eligible.forEach((c, k) => {
    if (k === 0) out[c.name] = i < 3 ? 'disagree' : 'agree';
    else if (!(k === 2 && i === 3)) out[c.name] = 'agree';
  });
  return out;
}

/** Everything a console or projector page read from the ballot endpoints, to prove it never saw a choice. */
function recordBallotAnswers(page: Page, sink: string[]): void {
  page.on('response', async (r) => {
    if (!/\/api\/ballots\/[^/]+$/.test(new URL(r.url()).pathname)) return;
    sink.push(await r.text().catch(() => ''));
  });
}

test('a mixed secret ballot: roll call, five phones, paper count, published list, projector', async () => {
  const voters: Voter[] = [
    { username: CHAIR.username, password: 'demo', name: CHAIR.name, phone: false },
    { username: 'nhanvien', password: 'demo', name: 'Đinh Thị Bích Ngọc', phone: true },
    ...(await makeAccounts()),
  ];
  const contexts: BrowserContext[] = [];
  const open = async (phone: boolean) => {
    const { context, page } = await openPage(
      browser,
      phone
        ? { baseURL: server.url, viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
        : { baseURL: server.url },
    );
    contexts.push(context);
    const trouble: string[] = [];
    page.on('pageerror', (e) => trouble.push(e.message));
    return { page, trouble };
  };

  try {
    // ── The chair prepares the ballot from the menu ────────────────────────────────────────
    const { page: chair, trouble: chairTrouble } = await open(false);
    const consoleAnswers: string[] = [];
    recordBallotAnswers(chair, consoleAnswers);
    await signIn(chair, CHAIR.username);
    await menuItem(chair.getByRole('navigation', { name: 'Menu chính' }), 'Bỏ phiếu kín').click();
    await atPath(chair, '/bo-phieu/moi');
    await visible(chair.getByTestId('own-unit').filter({ hasText: UNIT }));
    expect(await chair.getByTestId('threshold-preview').textContent()).toBe(
      'Hơn 50% số thành viên có mặt (mặc định, chưa kiểm chứng — có thể đổi)',
    );
    await chair.getByTestId('mode-select').click();
    await chair
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Phiếu điện tử và phiếu giấy' })
      .click();
    await shot(chair, 'ballot-create');
    await chair.getByRole('button', { name: 'Tạo cuộc bỏ phiếu' }).click();
    await chair.waitForURL((u) => /^\/bo-phieu\/[0-9a-f-]{36}$/.test(u.pathname));
    const ballotId = new URL(chair.url()).pathname.split('/')[2] as string;
    await visible(chair.getByTestId('roll-call'));

    const head = await apiAs(CHAIR.username);
    const view = (await head.get(`/api/ballots/${ballotId}`)).json;
    expect(view.mode).toBe('mixed');
    const candidates: Candidate[] = view.candidates;
    const eligible = candidates.filter((c) => c.eligible);
    const ineligible = candidates.filter((c) => !c.eligible);
    expect(eligible.length).toBeGreaterThanOrEqual(3);
    // The rules engine's refusals are shown greyed, with the reason.
    expect(ineligible.length).toBeGreaterThan(0);
    for (const c of ineligible) {
      const row = chair.locator(`[data-testid="candidates-table"] tr[data-candidate="${c.name}"]`);
      expect(await row.getAttribute('data-eligible')).toBe('false');
      if (c.reason) expect(await row.textContent()).toContain(c.reason);
    }

    // ── Roll call: five phones and one paper voter ─────────────────────────────────────────
    const present = [...voters.map((v) => v.name), PAPER_VOTER];
    for (const name of present) {
      const box = chair.getByRole('checkbox', { name: `Có mặt: ${name}` });
      await box.check();
      await expect.poll(() => box.isChecked(), { timeout: UI_TIMEOUT }).toBe(true);
    }
    expect(
      await chair.locator(`[data-testid="roll-call"] [data-person="${PAPER_VOTER}"]`).textContent(),
    ).toContain('không có tài khoản: bỏ phiếu giấy');
    await expect
      .poll(() => chair.getByTestId('roll-call-summary').textContent())
      .toMatch(/^Có mặt 6\/\d+ · 1 người không có tài khoản bỏ phiếu giấy$/);
    await shot(chair, 'ballot-console-roll-call');

    // A member opens the voting page before the ballot opens: told to wait.
    const early = await open(true);
    await signIn(early.page, voters[1]?.username as string);
    await early.page.goto(`/bo-phieu/${ballotId}/phieu`);
    await visible(early.page.locator('[data-testid="vote-view"][data-view="waiting"]'));

    await chair.getByRole('button', { name: /Mở bỏ phiếu$/ }).click();
    await popconfirm(chair).getByRole('button', { name: 'Mở bỏ phiếu' }).click();
    await visible(chair.locator('[data-testid="ballot-state"][data-state="open"]'));
    await visible(
      chair.getByTestId('progress-text').filter({ hasText: 'Đã nhận phiếu: 0/6 có mặt · Đã bỏ: 0' }),
    );

    // The projector, in the chair's browser, on its own page.
    const projector = await chair.context().newPage();
    const projectorAnswers: string[] = [];
    recordBallotAnswers(projector, projectorAnswers);
    await projector.setViewportSize({ width: 1600, height: 900 });
    await projector.goto(`/bo-phieu/${ballotId}/man-hinh`);
    await visible(
      projector.getByTestId('projector-progress').filter({ hasText: 'Đã bỏ phiếu: 0 / 6 có mặt' }),
    );

    // ── Five members vote, each in their own browser ───────────────────────────────────────
    // The member who waited sees the ballot appear on their phone by itself.
    await visible(early.page.locator('[data-testid="vote-view"][data-view="ballot"]'));
    const pages: Page[] = [];
    const castBodies: string[] = [];
    const castHeaders: Record<string, string>[] = [];
    const receipts: string[] = [];
    await Promise.all(
      voters.map(async (v, i) => {
        let page: Page;
        if (i === 1) page = early.page;
        else {
          page = (await open(v.phone)).page;
          await signIn(page, v.username, v.password);
          await page.goto(`/bo-phieu/${ballotId}/phieu`);
        }
        pages[i] = page;
        page.on('request', async (req) => {
          if (!req.url().endsWith('/cast')) return;
          castBodies.push(req.postData() ?? '');
          castHeaders.push(await req.allHeaders());
        });
        await visible(page.locator('[data-testid="vote-view"][data-view="ballot"]'));
        // Ineligible candidates are on the ballot, greyed, with no buttons.
        for (const c of ineligible) {
          const card = page.locator(`[data-testid="vote-candidate"][data-candidate="${c.name}"]`);
          expect(await card.getByRole('button').count()).toBe(0);
        }
        for (const [name, choice] of Object.entries(plan(i, eligible))) {
          const card = page.locator(`[data-testid="vote-candidate"][data-candidate="${name}"]`);
          await card
            .getByRole('button', { name: choice === 'agree' ? /^(\S+ )?Đồng ý$/ : /^(\S+ )?Không đồng ý$/ })
            .click();
          await expect.poll(() => card.getAttribute('data-choice')).toBe(choice);
        }
        if (v.phone) {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width).toBeLessThanOrEqual(PHONE.width + 1);
          await shot(page, 'ballot-vote-phone');
        }
        await page.getByRole('button', { name: /Bỏ phiếu$/ }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
        await visible(page.getByTestId('vote-sending'));
        const voted = await visible(
          page.locator('[data-testid="vote-view"][data-view="voted"]'),
          UI_TIMEOUT + 5_000,
        );
        const short = (await page.getByTestId('receipt-short').textContent()) ?? '';
        expect(short).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
        // The device keeps the receipt and nothing else: no choice, no token left over.
        const stored = await page.evaluate(() => ({
          local: Object.entries(localStorage),
          session: Object.entries(sessionStorage),
        }));
        expect(stored.session).toEqual([]);
        const mine = stored.local.filter(([k]) => k.includes(ballotId));
        expect(mine).toHaveLength(1);
        const receipt = mine[0]?.[1] as string;
        expect(receipt).toMatch(/^[0-9a-f]{64}$/);
        expect(receipt.startsWith(short.replaceAll('-', ''))).toBe(true);
        expect(JSON.stringify(stored.local)).not.toMatch(/agree|disagree/);
        receipts[i] = receipt;
        if (v.phone) await shot(voted.page(), 'ballot-vote-phone-receipt');
      }),
    );
    expect(castBodies).toHaveLength(5);
    // The anonymous cast carries no session cookie and no referrer.
    await expect.poll(() => castHeaders.length).toBe(5);
    for (const h of castHeaders) {
      expect(h.cookie).toBeUndefined();
      expect(h.referer).toBeUndefined();
    }
    expect(new Set(receipts).size).toBe(5);

    // The console counts them — how many, never how.
    await visible(
      chair.getByTestId('progress-text').filter({ hasText: 'Đã nhận phiếu: 5/6 có mặt · Đã bỏ: 5' }),
    );
    // (The paper count form's column headings aside, which are empty boxes.)
    const consoleText = await chair.locator('main').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-testid="paper-form"]')?.remove();
      return copy.textContent ?? '';
    });
    expect(consoleText).toContain('Đã bỏ: 5');
    expect(consoleText).not.toMatch(/Đồng ý|Không đồng ý/);
    await shot(chair, 'ballot-console-open');
    await visible(
      projector.getByTestId('projector-progress').filter({ hasText: 'Đã bỏ phiếu: 5 / 6 có mặt' }),
    );
    await shot(projector, 'ballot-projector-open');

    // ── A second vote is refused ───────────────────────────────────────────────────────────
    // The same member on another device: told they already had their ballot; no button to vote.
    const again = await open(true);
    await signIn(again.page, voters[2]?.username as string, voters[2]?.password);
    await again.page.goto(`/bo-phieu/${ballotId}/phieu`);
    const refused = await visible(again.page.locator('[data-testid="vote-view"][data-view="elsewhere"]'));
    expect(await refused.textContent()).toContain('Bạn đã nhận phiếu bầu điện tử của cuộc bỏ phiếu này');
    expect(await refused.textContent()).toContain('Mỗi thành viên chỉ bỏ một phiếu');
    expect(await again.page.getByRole('button', { name: /Bỏ phiếu$/ }).count()).toBe(0);
    await shot(again.page, 'ballot-vote-second-attempt');
    // A page left open from before they voted still shows the ballot: the server refuses the second
    // one, and the phone says why.
    const stale = await again.page.evaluate(
      async (id) => (await fetch(`/api/ballots/${id}`)).json(),
      ballotId,
    );
    stale.me.tokenIssued = false;
    await again.page.route(
      (u) => /^\/api\/ballots\/[^/]+$/.test(u.pathname),
      (route) => (route.request().method() === 'GET' ? route.fulfill({ json: stale }) : route.continue()),
    );
    await again.page.reload();
    await visible(again.page.locator('[data-testid="vote-view"][data-view="ballot"]'));
    await again.page
      .locator(`[data-testid="vote-candidate"][data-candidate="${eligible[0]?.name}"]`)
      .getByRole('button', { name: /^(\S+ )?Đồng ý$/ })
      .click();
    await again.page.getByRole('button', { name: /Bỏ phiếu$/ }).click();
    await again.page.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
    const error = await visible(again.page.getByTestId('vote-error'));
    expect(await error.textContent()).toContain('đã nhận phiếu bầu điện tử của cuộc bỏ phiếu này');
    await shot(again.page, 'ballot-vote-refused');
    await again.page.unrouteAll();
    // Asking the server directly is refused too, and a ballot sent twice is counted once.
    const member = await apiAs(voters[2]?.username as string, voters[2]?.password);
    const token = await member.post(`/api/ballots/${ballotId}/token`, { blindedMessage: 'AAAA' });
    expect(token.status).toBe(409);
    expect(token.json.error.message).toContain('đã nhận phiếu bầu điện tử');
    const replay = await fetch(`${server.url}/api/ballots/${ballotId}/cast`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: castBodies[0],
    });
    expect(replay.status).toBe(409);
    expect((await replay.json()).error.message).toBe('Phiếu bầu này đã được bỏ.');

    // Refused attempts change nothing.
    await chair.waitForTimeout(2_500);
    expect(await chair.getByTestId('progress-text').textContent()).toBe(
      'Đã nhận phiếu: 5/6 có mặt · Đã bỏ: 5',
    );

    // ── Close, paper count, result ─────────────────────────────────────────────────────────
    await chair.getByRole('button', { name: /Kết thúc bỏ phiếu$/ }).click();
    await popconfirm(chair).getByRole('button', { name: 'Kết thúc' }).click();
    await visible(chair.locator('[data-testid="ballot-state"][data-state="closed"]'));
    // Until every ballot has been read out, nothing the console received said how anyone voted.
    expect(consoleAnswers.length).toBeGreaterThan(3);
    for (const body of [...consoleAnswers, ...projectorAnswers]) expect(body).not.toMatch(/agree/);

    await visible(
      chair.getByTestId('result-warnings').filter({ hasText: 'Chưa nhập kết quả kiểm phiếu giấy.' }),
    );
    const paper = chair.getByTestId('paper-form');
    await paper.getByRole('spinbutton', { name: 'Số phiếu phát ra' }).fill('1');
    await paper.getByRole('spinbutton', { name: 'Số phiếu thu vào' }).fill('1');
    await paper.getByRole('spinbutton', { name: 'Số phiếu hợp lệ', exact: true }).fill('1');
    for (const c of eligible) {
      await paper.getByRole('spinbutton', { name: `Phiếu giấy đồng ý: ${c.name}` }).fill('1');
    }
    await paper.getByRole('button', { name: 'Lưu kết quả kiểm phiếu giấy' }).click();
    await visible(chair.getByTestId('paper-saved'));
    await visible(chair.getByText('Số liệu khớp: không có sai lệch khi đối chiếu.'));

    // Per candidate: electronic ballots as planned plus the paper one (agree to all).
    const rows = tableRows(chair, 'result-table');
    await expect.poll(() => rows.count()).toBe(candidates.length);
    for (const [k, c] of eligible.entries()) {
      const agree = voters.filter((_, i) => plan(i, eligible)[c.name] === 'agree').length + 1;
      const disagree = voters.filter((_, i) => plan(i, eligible)[c.name] === 'disagree').length;
      const row = chair.locator(`[data-testid="result-table"] tr[data-candidate="${c.name}"]`);
      const cells = await row.locator('td').allTextContents();
      expect(cells.slice(1, 4).map(Number), c.name).toEqual([agree, disagree, 6 - agree - disagree]);
      // More than 50% of the 6 present: 4 or more.
      expect(await row.getAttribute('data-verdict'), c.name).toBe(agree > 3 ? 'passed' : 'failed');
      if (k === 0) expect(cells[5]).toBe('Không đạt');
    }
    for (const c of ineligible) {
      const row = chair.locator(`[data-testid="result-table"] tr[data-candidate="${c.name}"]`);
      expect(await row.getAttribute('data-verdict')).toBe('ineligible');
    }
    expect(await chair.getByTestId('result-base').textContent()).toBe(
      'Căn cứ tính tỷ lệ: 6 (số thành viên có mặt). Ngưỡng: Hơn 50% số thành viên có mặt.',
    );
    // The published list: five ballots in receipt order; a receipt checks out.
    const published = tableRows(chair, 'published-list');
    await expect.poll(() => published.count()).toBe(5);
    const order = await published.evaluateAll((els) => els.map((e) => e.getAttribute('data-receipt')));
    expect(order).toEqual([...receipts].sort());
    await chair.locator('input[aria-label="Kiểm tra biên nhận"]').fill(receipts[3]?.slice(0, 16) ?? '');
    await chair.getByRole('button', { name: /Kiểm tra biên nhận$/ }).click();
    await visible(chair.locator('[data-testid="receipt-check"][data-result="found"]'));
    await shot(chair, 'ballot-console-result');

    // ── A member checks their receipt on the phone ─────────────────────────────────────────
    const phone = pages[1] as Page;
    await phone.reload();
    const check = await visible(phone.locator('[data-testid="my-receipt-check"][data-result="found"]'));
    expect(await check.textContent()).toContain('Phiếu của bạn đã được đếm');
    await visible(phone.getByTestId('result-table'));
    await shot(phone, 'ballot-vote-phone-counted');

    // ── The projector shows the result by itself, paper count included ─────────────────────
    await visible(projector.getByTestId('projector-result'));
    await expect.poll(() => tableRows(projector, 'result-table').count()).toBe(candidates.length);
    const first = projector.locator(`[data-testid="result-table"] tr[data-candidate="${eligible[0]?.name}"]`);
    await expect.poll(() => first.locator('td').nth(1).textContent(), { timeout: UI_TIMEOUT }).toBe('3');
    expect(await first.getAttribute('data-verdict')).toBe('failed');
    expect(await projector.getByText('Kết quả chưa công bố được').count()).toBe(0);
    await shot(projector, 'ballot-projector-result');

    expect(chairTrouble).toEqual([]);
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
  }
});
