/**
 * The reporting calendar finds people: the analyst responsible for an indicator whose figure is
 * overdue sees it in the inbox, with the count in the header, and its link opens the entry form;
 * the approver sees a draft waiting and follows the link to the approval queue; the completeness
 * page puts the laggards first. Real Chromium, built app, real server, fresh database.
 */
import { addDays, todayIn } from '@kpi/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiCall, apiSignIn, createAccounts, PASSWORD } from '../support/accounts.js';
import { wholePageScreenshot } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

// Dates from the real clock, as the server reads it: last year's figure fell due three days ago.
const today = todayIn(new Date());
const year = Number(today.slice(0, 4)) - 1;
const due = addDays(today, -3);
const [dd, mm, yyyy] = [due.slice(8, 10), due.slice(5, 7), due.slice(0, 4)];

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  const analyst = await apiSignIn(server, 'analyst', PASSWORD);
  const approver = await apiSignIn(server, 'approver', PASSWORD);
  // The analyst answers for the DTI rank, whose figure for last year is three days late.
  await apiCall(server, approver, 'PUT', '/api/calendar/dti-rank', { version: 0, due: null, responsible: 'analyst' });
  await apiCall(server, approver, 'PUT', `/api/calendar/dti-rank/years/${year}`, { version: 0, due });
  // A Bluezone draft by the analyst waits for the approver.
  const entry = { kind: 'ratio', numerator: 160000, denominator: 520000, sourceId: 1, version: 0, acknowledgedWarnings: ['jump'] };
  await apiCall(server, analyst, 'PUT', `/api/indicators/bluezone-install-rate/observations/${year}`, entry);
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(username: string, next: string) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
  return page;
}

describe('the inbox', () => {
  it('shows the responsible analyst their overdue figure, counted in the header, linking to its entry', async () => {
    const page = await signIn('analyst', '/');
    const count = page.getByTestId('inbox-count');
    await count.waitFor({ timeout: 10_000 });
    expect(await count.innerText()).toBe('⚠ 1 việc, 1 quá hạn');

    await page.getByRole('link', { name: /^Việc cần làm/ }).click();
    await page.waitForURL((url) => url.pathname === '/inbox');
    const overdue = page.getByRole('region', { name: /Quá hạn \(1\)/ });
    await overdue.waitFor();
    const text = await overdue.innerText();
    expect(text).toContain(`Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) – năm ${year}`);
    expect(text).toContain(`Hạn nộp ${dd}/${mm}/${yyyy}`);
    expect(text).toContain('Tỉnh Lạng Sơn (chưa nhập)');
    await wholePageScreenshot(page, 'inbox-analyst.png');

    await overdue.getByRole('link', { name: /Nhập số liệu/ }).click();
    await page.waitForURL((url) => url.pathname === `/entry/dti-rank/${year}`);
    await page.getByLabel('Thứ hạng', { exact: false }).first().waitFor();
  });

  it('shows the approver the draft waiting, and its link opens the approval queue', async () => {
    const page = await signIn('approver', '/inbox');
    const waiting = page.getByRole('region', { name: /Chờ bạn duyệt \(1\)/ });
    await waiting.waitFor({ timeout: 10_000 });
    expect(await waiting.innerText()).toContain(`Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone – năm ${year}`);
    await wholePageScreenshot(page, 'inbox-approver.png');
    await waiting.getByRole('link', { name: /Mở hàng chờ duyệt/ }).click();
    await page.waitForURL((url) => url.pathname === '/approval');
    await page.getByRole('heading', { name: 'Duyệt số liệu' }).waitFor();
    await page.getByText(`Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone – năm ${year}`).first().waitFor();
  });

  it('gives the approver the year’s completeness, laggards first', async () => {
    const page = await signIn('approver', `/completeness?year=${year}`);
    const table = page.getByRole('table', { name: 'Theo chỉ tiêu' });
    await table.waitFor({ timeout: 10_000 });
    expect(await page.getByText(/^Toàn tỉnh: 0%/).innerText()).toMatch(/^Toàn tỉnh: 0% \(0\/\d+ số liệu đã công bố\)$/);
    await wholePageScreenshot(page, 'completeness.png');
  });
});
