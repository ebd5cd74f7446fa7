/**
 * The catalogue editor in real Chromium on the built app, in Vietnamese: approver A adds a new
 * indicator (a value counted in units, in the digital-society group), first refused by field for a
 * missing English name; approver B, not its author, publishes it; once it has a figure it is a
 * card on the overview. Then the kind of an indicator with figures is shown fixed, with the reason
 * and the way to start a new indicator that continues its series.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { createAccount, publishFigure, signIn, type Session } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';
import type { Page } from 'playwright-core';

const ADMIN_PASSWORD = 'e2e-catalogue-admin-password';
const PASSWORD = 'e2e-catalogue-user-password';
const CODE = 'digital-signature-holders';
const NAME = 'Số người dân có chữ ký số cá nhân';

let server: RunningServer;
let browser: Browser;
let analyst: Session;
let approverB: Session;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  analyst = await createAccount(admin, 'cat-analyst', 'analyst', PASSWORD);
  await createAccount(admin, 'approver-a', 'approver', PASSWORD);
  approverB = await createAccount(admin, 'approver-b', 'approver', PASSWORD);
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

describe('the catalogue editor', () => {
  it('adds an indicator as one approver, publishes it as another, and shows it on the overview', async () => {
    const page = await browser.context.newPage();
    await signInAs(page, 'approver-a', '/');
    await page.getByRole('navigation').getByRole('link', { name: 'Danh mục chỉ tiêu' }).click();
    await page.waitForURL((url) => url.pathname === '/catalogue');
    const bluezone = page.getByRole('row', { name: /bluezone-install-rate/ });
    await bluezone.getByText('Đã công bố').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: artifact('catalogue-list-vi-1366.png') });

    await page.getByRole('link', { name: 'Thêm chỉ tiêu' }).click();
    await page.waitForURL((url) => url.pathname === '/catalogue/new');
    const form = page.getByRole('form', { name: 'Định nghĩa chỉ tiêu' });
    await form.getByLabel('Mã chỉ tiêu').fill(CODE);
    await form.getByLabel('Tên (tiếng Việt)').fill(NAME);
    await form.getByLabel('Nhóm chỉ tiêu').selectOption('digital-society');
    await form.getByLabel('Loại chỉ tiêu').selectOption('value');
    await form.getByLabel('Đơn vị tính').selectOption('count');
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    // The English name is missing: said beside its field, in Vietnamese, before anything is sent.
    const english = form.getByLabel('Tên (tiếng Anh)');
    await expect.poll(() => english.getAttribute('aria-invalid')).toBe('true');
    const messages = await english.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${messages}"]`).innerText()).toContain('Bắt buộc nhập.');
    await english.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('catalogue-field-error-vi-1366.png') });

    await english.fill('Citizens with a personal digital signature');
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.waitForURL((url) => url.pathname === `/catalogue/${CODE}`, { timeout: 10_000 });
    await page.getByText('Bạn là người soạn bản nháp này: cần một người duyệt khác công bố hoặc trả lại.').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Công bố' }).count()).toBe(0);

    // Four eyes: approver B publishes what A wrote.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor({ state: 'detached', timeout: 10_000 });
    await signInAs(page, 'approver-b', `/catalogue/${CODE}`);
    await page.getByText('Bản nháp của approver-a, chờ duyệt').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Đã công bố định nghĩa.').waitFor({ timeout: 10_000 });

    // A card needs a figure: an analyst enters one and approver B publishes it, through the API.
    await publishFigure(analyst, approverB, CODE, 2024, { kind: 'value', value: 12500, sourceId: 1, locator: 'Trang 2' }, 0);
    await page.goto(`${server.url}/?year=2024`);
    const card = page.getByRole('heading', { level: 3, name: NAME });
    await card.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('link', { name: NAME }).first().getAttribute('href')).toContain(`/indicators/${CODE}`);
  });

  it('keeps the kind of an indicator with figures fixed and says why', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/catalogue/bluezone-install-rate`);
    const kind = page.getByLabel('Loại chỉ tiêu', { exact: true });
    await kind.waitFor({ timeout: 10_000 });
    expect(await kind.isDisabled()).toBe(true);
    expect(await page.getByLabel('Đơn vị tính', { exact: true }).isDisabled()).toBe(true);
    const lock = page.getByRole('region', { name: 'Loại và đơn vị tính đã cố định' });
    expect(await lock.innerText()).toContain('không thể đổi loại hay đơn vị tính tại chỗ');
    await page.screenshot({ path: artifact('catalogue-lock-vi-1366.png') });

    await lock.getByRole('link', { name: 'Bắt đầu chỉ tiêu mới nối tiếp chuỗi số liệu' }).click();
    await page.waitForURL((url) => url.pathname === '/catalogue/new' && url.searchParams.get('continues') === 'bluezone-install-rate');
    await expect.poll(() => page.getByLabel('Nối tiếp chuỗi số liệu của chỉ tiêu (mã)').inputValue()).toBe('bluezone-install-rate');
    expect(await page.getByLabel('Loại chỉ tiêu', { exact: true }).isDisabled()).toBe(false);
  });

  it('has no serious or critical axe finding on its pages, in Vietnamese and English', async () => {
    const page = await browser.context.newPage();
    const found: string[] = [];
    for (const path of ['/catalogue', '/catalogue/bluezone-install-rate', '/catalogue/new', '/catalogue?lang=en', '/catalogue/bluezone-install-rate?lang=en']) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 10_000 });
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations)
        if (v.impact === 'serious' || v.impact === 'critical') found.push(`${path}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await page.screenshot({ path: artifact('catalogue-indicator-en-1366.png') });
    expect(found).toEqual([]);
  }, 60_000);
});
