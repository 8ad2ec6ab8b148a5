/** Journey 1: sign in through the form, a wrong password, the demo accounts, sign out. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { atPath, hidden, journey, shot, visible } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a wrong password shows the Vietnamese error and stays on the sign-in page', async () => {
  await journey(browser, 'sign-in-wrong-password', async (page) => {
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('hcqt');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

    const alert = await visible(
      page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng' }),
    );
    expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    await shot(page, 'sign-in-wrong-password');
  });
});

test('hcqt signs in through the form, sees their name, signs out; protected pages then redirect', async () => {
  await journey(browser, 'sign-in', async (page) => {
    // An anonymous visit to the app lands on the sign-in page.
    await page.goto('/');
    await atPath(page, '/dang-nhap');

    // Demo mode: the demo accounts card lists the main accounts; a click fills the username.
    const demoCard = await visible(page.locator('.ant-card').filter({ hasText: 'Tài khoản dùng thử' }));
    const account = (username: string) =>
      demoCard.getByRole('button').filter({ has: page.getByText(username, { exact: true }) });
    for (const username of ['hcqt', 'cvp', 'quantri']) await visible(account(username));
    expect(await account('hcqt').textContent()).toContain('Nguyễn Thị Thu Trang');
    await account('hcqt').click();
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('hcqt');

    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

    await atPath(page, '/');
    await visible(page.getByRole('heading', { name: 'Xin chào, Nguyễn Thị Thu Trang!' }));
    expect(await page.getByTestId('user-menu').textContent()).toContain('Nguyễn Thị Thu Trang');
    await visible(page.getByText('Thư ký kỳ đánh giá', { exact: true }));
    await shot(page, 'sign-in-home');

    // Sign out through the user menu.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await atPath(page, '/dang-nhap');
    await visible(page.getByRole('button', { name: 'Đăng nhập', exact: true }));
    await hidden(page.getByTestId('user-menu'));

    // The session is gone on the server too: a protected page sends us back to sign in.
    await page.goto('/nhan-su');
    await atPath(page, '/dang-nhap');
    await visible(page.getByLabel('Tên đăng nhập'));
    const me = await page.request.get('/api/me');
    expect(me.status()).toBe(401);
    await shot(page, 'sign-in-signed-out');
  });
});
