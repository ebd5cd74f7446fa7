/**
 * The reporting calendar's editor: an approver makes an analyst responsible for an indicator and
 * gives last year's figure a date of its own; the analyst then finds it in their inbox with that
 * date. axe finds nothing serious on the page. Real Chromium, built app, real server, fresh database.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { addDays, todayIn } from '@kpi/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, signedInPage } from '../support/accounts.js';
import { wholePageScreenshot } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

// Last year's figures, due in five days by a date of their own: "due soon" in the analyst's inbox.
const today = todayIn(new Date());
const year = Number(today.slice(0, 4)) - 1;
const due = addDays(today, 5);
const shown = `${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`;
const DTI = 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)';

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the reporting calendar editor', () => {
  it('lets an approver give an indicator a responsible analyst and a date of its own, which the analyst’s inbox then shows', async () => {
    const page = await signedInPage(browser, server, 'approver', `/calendar?year=${year}`);
    const table = page.getByRole('table', { name: `Lịch báo cáo số liệu năm ${year}` });
    await table.waitFor({ timeout: 10_000 });
    await table.getByRole('button', { name: `Sửa ${DTI}` }).click();

    const rule = page.getByRole('form', { name: 'Hạn nộp hằng năm' });
    await rule.getByLabel('Người phụ trách', { exact: true }).selectOption({ label: 'E2E analyst' });
    await rule.getByRole('button', { name: 'Lưu hạn nộp và người phụ trách' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã lưu hạn nộp và người phụ trách của “${DTI}”.` })
      .waitFor();

    const own = page.getByRole('form', { name: `Hạn riêng cho số liệu năm ${year}` });
    await own.getByLabel('Ngày hạn nộp').fill(due);
    // The browser orders a date input's parts by its own locale: the form says the date as the app writes it.
    await own.getByText(`Ngày đã chọn: ${shown}.`).waitFor();
    await own.getByRole('button', { name: 'Lưu hạn riêng' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã đặt hạn riêng ${shown} cho “${DTI}”.` })
      .waitFor();

    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: DTI }) });
    await row.filter({ hasText: `${shown} ★ hạn riêng năm nay` }).waitFor();
    expect(await row.innerText()).toContain('E2E analyst');

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await wholePageScreenshot(page, 'calendar-editor.png');

    const analyst = await signedInPage(browser, server, 'analyst', '/inbox');
    const soon = analyst.getByRole('region', { name: /Sắp đến hạn \(1\)/ });
    await soon.waitFor({ timeout: 10_000 });
    const text = await soon.innerText();
    expect(text).toContain(`${DTI} – năm ${year}`);
    expect(text).toContain(`Hạn nộp ${shown}`);
  });
});
