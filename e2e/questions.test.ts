/**
 * Journey (plan III.3): the head of Phòng Kinh tế asks the Chánh Văn phòng a question; HCQT
 * forwards it to the Chief, then answers it and publishes the answer; an ordinary employee of
 * another unit finds the answer under "Công khai".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { atPath, journey, menuItem, shot, signIn, visible } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SUBJECT = 'Nghỉ thai sản có tính vào thời gian công tác?';
const ANSWER = 'Thời gian nghỉ thai sản theo quy định được tính là thời gian công tác trong năm.';

async function openQuestions(page: Page): Promise<void> {
  await menuItem(page.getByRole('navigation', { name: 'Menu chính' }), 'Hỏi đáp, vướng mắc').click();
  await atPath(page, '/hoi-dap');
  await visible(page.getByTestId('questions-list'));
}

const item = (page: Page) => page.getByTestId('question-item').filter({ hasText: SUBJECT });

test('a unit asks, HCQT forwards and answers publicly, everyone sees the answer', async () => {
  await journey(browser, 'questions-ask', async (page) => {
    await signIn(page, 'tp.kinhte');
    await openQuestions(page);
    await page.getByTestId('ask-button').click();
    const dialog = page.getByRole('dialog', { name: 'Gửi câu hỏi' });
    await visible(dialog);
    await dialog.getByLabel('Tiêu đề').fill(SUBJECT);
    await dialog.getByLabel('Nội dung').fill('Đơn vị có 2 công chức nghỉ thai sản 6 tháng trong năm.');
    const asked = page.waitForResponse(
      (r) => r.url().endsWith('/api/questions') && r.request().method() === 'POST',
    );
    await page.getByTestId('ask-submit').click();
    expect((await asked).status()).toBe(201);
    await visible(item(page).getByText('Chờ trả lời'));
    // The asking unit does not answer its own question.
    expect(await item(page).getByTestId('answer-button').count()).toBe(0);
    await shot(page, 'questions-asked');
  });

  await journey(browser, 'questions-answer', async (page) => {
    await signIn(page, 'hcqt');
    await openQuestions(page);
    await visible(item(page));

    await item(page).getByTestId('forward-button').click();
    await page.getByTestId('forward-note').fill('Kính chuyển Chánh Văn phòng cho ý kiến.');
    const forwarded = page.waitForResponse((r) => r.url().endsWith('/forward'));
    await page.getByTestId('forward-confirm').click();
    expect((await forwarded).status()).toBe(200);
    await visible(item(page).getByText('Đã chuyển Chánh Văn phòng'));

    await item(page).getByTestId('answer-button').click();
    const dialog = page.getByRole('dialog', { name: 'Trả lời câu hỏi' });
    await visible(dialog);
    await dialog.getByLabel('Nội dung trả lời').fill(ANSWER);
    await dialog.getByText('Công khai cho tất cả các đơn vị').click();
    const answered = page.waitForResponse((r) => r.url().endsWith('/answer'));
    await page.getByTestId('answer-submit').click();
    expect((await answered).status()).toBe(200);
    await visible(item(page).getByTestId('question-answer').getByText(ANSWER));
    await visible(item(page).getByText('Đã trả lời'));
    await visible(item(page).getByText('Công khai', { exact: true }));
    await visible(item(page).getByTestId('publish-button').getByText('Thôi công khai'));
    await shot(page, 'questions-answered');
  });

  await journey(browser, 'questions-published', async (page) => {
    await signIn(page, 'nhanvien');
    await openQuestions(page);
    expect(await page.getByTestId('ask-button').count()).toBe(0);
    await page.getByRole('tab', { name: /^Công khai/ }).click();
    await visible(item(page).getByTestId('question-answer').getByText(ANSWER));
    expect(await item(page).getByTestId('answer-button').count()).toBe(0);
    await shot(page, 'questions-published');
  });
});
