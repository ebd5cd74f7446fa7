/**
 * The catalogue editor in real Chromium on the built app, in Vietnamese: the kind of an indicator
 * with figures is shown fixed, with the reason and the way to start a new indicator that continues
 * its series; its pages have no serious axe finding. Adding an indicator and following it to the
 * overview and a screen is new-indicator-journey.test.ts.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { createAccount, signIn } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

const ADMIN_PASSWORD = 'e2e-catalogue-admin-password';
const PASSWORD = 'e2e-catalogue-user-password';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccount(await signIn(server.url, 'admin', ADMIN_PASSWORD), 'approver-a', 'approver', PASSWORD);
  browser = await launchBrowser({ width: 1366, height: 900 });
  // The catalogue is the approvers': every page of this browser is signed in as one.
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/catalogue')}`);
  await page.getByLabel('Tên đăng nhập').fill('approver-a');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === '/catalogue');
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the catalogue editor', () => {
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
