/**
 * The analyst's work finds them: after an approver returns a draft, the entry list says so with
 * the start of the comment, and opening the figure shows the returned values ready to correct.
 * Real Chromium, built app, real server, fresh database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiCall, apiSignIn, createAccounts, PASSWORD } from '../support/accounts.js';
import { wholePageScreenshot } from '../support/artifacts.js';
import { drawnText, launchBrowser, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

const obsPath = (code: string, year: number) => `/api/indicators/${code}/observations/${year}`;
const COMMENT = 'Mẫu số lấy từ niên giám 2020, cần lấy số dân năm 2021 của Cục Thống kê';

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  const analyst = await apiSignIn(server, 'analyst', PASSWORD);
  const approver = await apiSignIn(server, 'approver', PASSWORD);
  // A 2021 draft for Bluezone, sent back by the approver with a comment.
  const entry = { kind: 'ratio', numerator: 160000, denominator: 520000, sourceId: 1, locator: 'Bảng 2, trang 14', note: 'Số của Sở Y tế' };
  const saved = await apiCall<{ observation: { version: number } }>(server, analyst, 'PUT', obsPath('bluezone-install-rate', 2021), { ...entry, version: 0 });
  await apiCall(server, approver, 'POST', `${obsPath('bluezone-install-rate', 2021)}/return`, { version: saved.observation.version, comment: COMMENT });
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the analyst’s returned work', () => {
  it('shows in the entry list with the comment’s first words, and opens pre-filled with what was returned', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/entry?year=2021')}`);
    await page.getByLabel('Tên đăng nhập').fill('analyst');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname === '/entry');

    const link = page.getByRole('link', { name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone' });
    const item = page.locator('li', { has: link });
    const state = item.getByText(/Bị trả lại/);
    await state.waitFor({ timeout: 10_000 });
    // The entry list draws an area only near the screen: its text is read as a reader scrolled to it sees it.
    expect(await drawnText(state)).toBe('↩ Bị trả lại: “Mẫu số lấy từ niên giám…”');
    // The state is part of what a screen reader says for the link.
    expect(await link.getAttribute('aria-describedby')).toBe(await state.getAttribute('id'));
    // Figures nobody has entered for 2021 say so, in words as well as a mark.
    const notEntered = page.locator('li', { has: page.getByRole('link', { name: 'Xếp hạng Vietnam ICT Index' }) });
    expect(await drawnText(notEntered.getByText(/Chưa nhập|Đã công bố/))).toMatch(/^(○ Chưa nhập|✔ Đã công bố)$/);
    await wholePageScreenshot(page, 'entry-list-states.png');

    await link.click();
    await page.waitForURL((url) => url.pathname === '/entry/bluezone-install-rate/2021');
    const notice = page.locator('section', { hasText: 'Biểu mẫu đã điền sẵn số liệu bị trả lại' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(COMMENT);
    expect(await page.getByLabel('Tử số', { exact: true }).inputValue()).toBe('160000');
    expect(await page.getByLabel('Mẫu số', { exact: true }).inputValue()).toBe('520000');
    expect(await page.getByLabel('Vị trí trong văn bản').inputValue()).toBe('Bảng 2, trang 14');
    expect(await page.getByLabel('Ghi chú', { exact: true }).inputValue()).toBe('Số của Sở Y tế');
    await expect.poll(() => page.getByLabel('Văn bản nguồn', { exact: true }).inputValue()).toBe('1');
    await wholePageScreenshot(page, 'entry-returned-prefilled.png');

    // Correcting one number and saving makes a new draft; the list then says it awaits approval.
    await page.getByLabel('Mẫu số', { exact: true }).fill('519755');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Đã lưu bản nháp').first().waitFor();
    await page.getByRole('link', { name: '← Danh sách chỉ tiêu' }).click();
    await page.waitForURL((url) => url.pathname === '/entry');
    await expect.poll(() => item.getByText(/Bản nháp/).innerText(), { timeout: 10_000 }).toBe('✎ Bản nháp chờ duyệt');
  });
});
