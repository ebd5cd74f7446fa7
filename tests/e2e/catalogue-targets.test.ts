/**
 * Targets with their documents, set from the catalogue editor, in real Chromium on
 * the built app, in Vietnamese: an approver opens a published indicator's definition, sets a
 * target for a new year citing a new document whose scanned PDF they upload from the same form,
 * and the public indicator page shows the target with its document and the scan's link. An
 * analyst, whom the API does not let set targets, is not let into the editor at all.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholePageScreenshot } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { createAccount, signIn } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';
import type { Page } from 'playwright-core';

const ADMIN_PASSWORD = 'e2e-targets-admin-password';
const PASSWORD = 'e2e-targets-user-password';
const CODE = 'bluezone-install-rate';
const NUMBER = '45/KH-UBND';
const TITLE = 'Kế hoạch chuyển đổi số tỉnh Lạng Sơn năm 2026';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  await createAccount(admin, 'targets-approver', 'approver', PASSWORD);
  await createAccount(admin, 'targets-analyst', 'analyst', PASSWORD);
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signInAs(page: Page, username: string, next: string) {
  await page.goto(`${server.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

describe('targets in the catalogue editor', () => {
  it('adds a target with an uploaded document from the definition page, and the indicator page shows it', async () => {
    const page = await browser.context.newPage();
    await signInAs(page, 'targets-approver', `/catalogue/${CODE}`);
    const targets = page.getByRole('region', { name: 'Mục tiêu theo năm' });
    await targets.getByLabel('Năm mục tiêu').fill('1999');
    await targets.getByRole('button', { name: 'Mở mục tiêu của năm' }).click();
    await targets.getByText('Năm mục tiêu phải là một năm từ 2000 đến 2100.').waitFor({ timeout: 10_000 });
    await targets.getByLabel('Năm mục tiêu').fill('2026');
    await targets.getByRole('button', { name: 'Mở mục tiêu của năm' }).click();

    const form = page.getByRole('form', { name: 'Mục tiêu năm 2026' });
    await form.getByText('Chưa có mục tiêu cho năm này.').waitFor({ timeout: 10_000 });
    await form.getByLabel('Giá trị mục tiêu').fill('85');
    await form.getByRole('button', { name: '+ Thêm văn bản mới' }).click();
    const subform = form.getByRole('group', { name: 'Văn bản nguồn mới' });
    await subform.getByLabel('Số hiệu').fill(NUMBER);
    await subform.getByLabel('Loại văn bản').selectOption('plan');
    await subform.getByLabel('Tên, trích yếu').fill(TITLE);
    await subform.getByRole('button', { name: 'Thêm văn bản' }).click();
    await form.getByText(`Đã thêm và chọn văn bản nguồn: ${NUMBER} – ${TITLE}`).waitFor({ timeout: 10_000 });

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await form.getByLabel(/Đính kèm bản scan của văn bản/).setInputFiles({ name: 'kh45-2026.pdf', mimeType: 'application/pdf', buffer: pdf });
    await form.getByRole('link', { name: /Xem văn bản đính kèm: kh45-2026\.pdf/ }).waitFor({ timeout: 10_000 });
    await form.getByRole('button', { name: 'Lưu mục tiêu' }).click();
    await form.getByText('Đã lưu mục tiêu (lần sửa 1).').waitFor({ timeout: 10_000 });

    // The list beside the definition reads it back, document and scan included.
    const row = targets.getByRole('listitem').filter({ hasText: '2026:' });
    await row.getByText('Đang áp dụng').waitFor({ timeout: 10_000 });
    expect(await row.innerText()).toContain(`${NUMBER} – ${TITLE}`);
    const scan = row.getByRole('link', { name: /Xem văn bản đính kèm: kh45-2026\.pdf/ });
    const href = await scan.getAttribute('href');
    expect(href).toMatch(/^\/api\/sources\/\d+\/file$/);
    await targets.scrollIntoViewIfNeeded();
    await wholePageScreenshot(page, 'catalogue-targets-vi-1366.png');
    // The page with the target form open, its source picker and file field included.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // The indicator's page: the target, its document and the scan itself.
    await page.goto(`${server.url}/indicators/${CODE}`);
    const target2026 = page.getByRole('table', { name: /Các mục tiêu theo năm/ }).getByRole('row', { name: /^2026/ });
    await target2026.waitFor({ timeout: 10_000 });
    expect(await target2026.innerText()).toContain(`${NUMBER} – ${TITLE}`);
    expect(await target2026.innerText()).toContain('85');
    expect(await target2026.innerText()).toContain('Đang áp dụng');
    expect(await page.getByRole('link', { name: new RegExp(`Xem bản scan “${NUMBER}”`) }).getAttribute('href')).toBe(href);
    const file = await fetch(`${server.url}${href}`);
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor({ state: 'detached', timeout: 10_000 });
  }, 60_000);

  it('keeps an analyst out of the editor, targets included', async () => {
    const page = await browser.context.newPage();
    await signInAs(page, 'targets-analyst', '/');
    await page.goto(`${server.url}/catalogue/${CODE}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 10_000 });
    expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe('Không có quyền truy cập');
    expect(await page.getByRole('region', { name: 'Mục tiêu theo năm' }).count()).toBe(0);
    expect(await page.getByLabel('Năm mục tiêu').count()).toBe(0);
  });
});
