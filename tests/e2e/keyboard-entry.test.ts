/**
 * An analyst enters a figure with the keyboard alone, from the entry list to a saved draft, adding
 * a source on the way; after each action the focus is where the outcome is, never back at the top.
 * No clicks: only Tab, Shift+Tab, Enter, Space, arrow keys and typing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiSignIn, createAccounts, PASSWORD } from '../support/accounts.js';
import { wholePageScreenshot } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { describeFocus, hasFocus, tabTo } from '../support/focus.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page already signed in as the analyst (the session cookie set directly: the walk starts at the list). */
async function analystPage(): Promise<Page> {
  const [name, value] = (await apiSignIn(server, 'analyst', PASSWORD)).split('=') as [string, string];
  await browser.context.addCookies([{ name, value, url: server.url }]);
  return browser.context.newPage();
}

describe('entry with the keyboard alone', () => {
  it('walks from the list to a saved draft, adding a source, with focus on each outcome', async () => {
    const page = await analystPage();
    const focused = async (target: Parameters<typeof hasFocus>[0], what: string) =>
      expect.poll(async () => ((await hasFocus(target)) ? what : `not ${what}: ${await describeFocus(page)}`), { timeout: 5000 }).toBe(what);

    await page.goto(`${server.url}/entry?year=2021`);
    const link = page.getByRole('link', { name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone' });
    await link.waitFor();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/entry/bluezone-install-rate/2021');

    // Passing an empty field is not an error: messages wait for a save.
    const numerator = page.getByLabel('Tử số', { exact: true });
    const denominator = page.getByLabel('Mẫu số', { exact: true });
    await numerator.waitFor();
    await tabTo(page, numerator);
    await page.keyboard.press('Tab');
    await focused(denominator, 'denominator');
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    await page.keyboard.press('Shift+Tab');
    await focused(numerator, 'numerator');
    await page.keyboard.type('160.000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('520.000');
    await page.getByText('30,77%').first().waitFor();

    // Add a source: the form opens on its first field, and Tab follows the fields as laid out.
    const add = page.getByRole('button', { name: '+ Thêm văn bản mới' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    const subform = page.getByRole('group', { name: 'Văn bản nguồn mới' });
    await focused(subform.getByLabel('Số hiệu'), 'source number');
    await page.keyboard.type('12/BC-STTTT');
    await page.keyboard.press('Tab');
    await focused(subform.getByLabel('Loại văn bản'), 'source kind');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await focused(subform.getByLabel('Tên, trích yếu'), 'source title');
    await page.keyboard.type('Báo cáo ứng dụng Bluezone năm 2021');
    await page.keyboard.press('Tab');
    await focused(subform.getByLabel('Cơ quan ban hành'), 'source issuer');
    await page.keyboard.type('Sở Thông tin và Truyền thông');
    await page.keyboard.press('Tab');
    await focused(subform.getByLabel('Nơi đăng tải'), 'source publisher');
    await page.keyboard.type('stttt.langson.gov.vn');
    await page.keyboard.press('Tab');
    await focused(subform.getByLabel('Ngày ban hành'), 'source date');
    // Chromium's Tab walks a date input's parts (day, month, year, calendar) before the next field.
    await tabTo(page, subform.getByLabel('Đường dẫn (URL)'), { max: 6 });
    await wholePageScreenshot(page, 'keyboard-new-source.png');
    // Enter in a field adds the source (not the figure): focus lands on what happened.
    await page.keyboard.press('Enter');
    const added = page.getByRole('status').filter({ hasText: 'Đã thêm và chọn văn bản nguồn: 12/BC-STTTT – Báo cáo ứng dụng Bluezone năm 2021' });
    await focused(added, 'source added');
    expect(await page.getByLabel('Văn bản nguồn', { exact: true }).locator('option:checked').innerText()).toBe(
      '12/BC-STTTT – Báo cáo ứng dụng Bluezone năm 2021',
    );

    // On to the locator, then the save button, pressed with Space.
    await tabTo(page, page.getByLabel('Vị trí trong văn bản'));
    await page.keyboard.type('Mục 2');
    await tabTo(page, page.getByRole('button', { name: 'Lưu bản nháp' }));
    await page.keyboard.press('Space');
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu bản nháp' });
    await focused(saved, 'draft saved');
    await wholePageScreenshot(page, 'keyboard-draft-saved.png');
    // The draft is the one typed, in the summary above the form.
    expect(await page.locator('.summary-box', { hasText: 'Bản nháp chờ duyệt' }).innerText()).toContain('12/BC-STTTT');
  });
});
