/** Shared pieces of the browser journeys: a fresh context per journey, sign-in, screenshots. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SHOTS_DIR = path.join(ROOT, '.tmp', 'e2e-shots');

/** The URL of the one server started by global-setup.ts. */
export const baseUrl = (): string => inject('e2eUrl');

/** How long a visible UI state may take to appear (lazy chunks, queries, debounced search). */
export const UI_TIMEOUT = 15_000;

/** A fresh context (own cookies) and page, with animations off and a generous default timeout. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
    viewport: { width: 1366, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return { context, page };
}

/**
 * Runs one journey in its own fresh context. On failure it saves `<name>-failed.png` and adds the
 * page's uncaught errors and failed requests to the error, then always closes the context.
 */
export async function journey(
  browser: Browser,
  name: string,
  run: (page: Page, context: BrowserContext) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const { context, page } = await openPage(browser, options);
  const trouble: string[] = [];
  page.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) =>
    trouble.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 500 || (r.status() === 404 && r.url().includes('/assets/'))) {
      trouble.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
    }
  });
  try {
    await run(page, context);
  } catch (err) {
    await shot(page, `${name}-failed`).catch(() => undefined);
    if (err instanceof Error && trouble.length > 0) {
      err.message += `\n(at ${page.url()})\n${trouble.slice(0, 20).join('\n')}`;
    }
    throw err;
  } finally {
    await context.close();
  }
}

/** Waits until the locator is visible and returns it. */
export async function visible(locator: Locator, timeout = UI_TIMEOUT): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

/** Waits until the locator is hidden or detached. */
export async function hidden(locator: Locator, timeout = UI_TIMEOUT): Promise<void> {
  await locator.waitFor({ state: 'hidden', timeout });
}

/** Waits until the page's path (without query) is `pathname`. */
export async function atPath(page: Page, pathname: string): Promise<void> {
  await page.waitForURL((u) => u.pathname === pathname, { timeout: UI_TIMEOUT });
}

/** Signs in through the form (password `demo`) and waits for the signed-in frame. */
export async function signIn(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await visible(page.getByTestId('user-menu'));
}

/** Saves a full-page screenshot to .tmp/e2e-shots/<name>.png. */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The rows of an antd table inside the element with `data-testid=testId` (placeholder rows excluded). */
export function tableRows(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator('tbody tr.ant-table-row');
}

/** A fresh temporary directory for files a journey uploads. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `binhxet-e2e-${prefix}-`));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A side-menu (or drawer) item by its exact label. The accessible name starts with the antd icon's
 * label ("team Nhân sự"), so match the label as the whole name after one optional icon word.
 */
export function menuItem(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('menuitem', { name: new RegExp(`^(\\S+ )?${escapeRegExp(label)}$`) });
}

/** A signed-in API session on a server at `baseUrl` (a journey's other actors act through the API). */
export async function apiSession(baseUrl: string, username: string, password = 'demo') {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in as ${username}: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, text, json: text ? JSON.parse(text) : null };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown = {}) => call('POST', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
  };
}
