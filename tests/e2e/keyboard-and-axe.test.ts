/**
 * Every page is reachable by keyboard with a visible focus, in both themes, signed out and signed
 * in, and axe finds nothing serious on any page an admin opens. Real Chromium, built app, real
 * server, fresh database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, PASSWORD } from '../support/accounts.js';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type Browser } from '../support/browser.js';
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

const SERVICES = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';

interface Stop {
  /** Numbered on first focus, so two look-alike fields are still two stops. */
  id: string;
  name: string;
  outline: string;
}

/**
 * Tabs through the page until focus has gone all the way round (out of the page and back to a
 * stop already seen), recording each stop and its outline. Where the page put focus first (the
 * sign-in form focuses its first field) does not matter. Fails if focus stays put (a trap) or
 * never comes round.
 */
async function tabThrough(page: Page, limit = 150): Promise<Stop[]> {
  const stops: Stop[] = [];
  let wrapped = false;
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((n) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.tabStop ??= String(n);
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      return { id: el.dataset.tabStop, name, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    }, i);
    if (stop === null) {
      wrapped = true; // past the last stop: focus is in the browser's own UI
      continue;
    }
    if (wrapped && stops.some((s) => s.id === stop.id)) return stops;
    // A date field keeps focus over its day, month and year: stuck is more Tabs than that.
    if (stops.length >= 4 && stops.slice(-4).every((s) => s.id === stop.id)) throw new Error(`focus is stuck on ${stop.name}`);
    if (!stops.some((s) => s.id === stop.id)) stops.push(stop);
  }
  throw new Error(`focus did not come round after ${limit} Tabs: ${stops.map((s) => s.name).join(' → ')}`);
}

function expectVisibleFocus(stops: Stop[]) {
  expect(stops.length).toBeGreaterThan(3);
  expect(stops.map((s) => s.name)).toContain('a "Bỏ qua, đến nội dung chính"');
  const unringed = stops.filter((s) => !/^solid [3-9]/.test(s.outline));
  expect(unringed, 'every stop shows a solid focus outline of 3 px or more').toEqual([]);
}

describe('by keyboard', () => {
  it('skips to the content, and every stop on the overview, review and sign-in pages shows its focus, in both themes', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    await page.getByText(SERVICES).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Chế độ tối' }).click();
      for (const path of ['/?year=2020', '/review?year=2020&lang=vi', '/sign-in']) {
        await page.goto(`${server.url}${path}`);
        await page.locator('main h2, main article').first().waitFor({ timeout: 10_000 });
        expectVisibleFocus(await tabThrough(page));
        expect(await seriousViolations(page), `${path} in ${theme}`).toEqual([]);
      }
    }
    await page.getByRole('button', { name: 'Chế độ tối' }).click();
    await page.close();
  }, 180_000); // six pages tabbed through and checked by axe

  it('reaches the entry form, signed in, with a visible focus and nothing serious for axe', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/entry')}`);
    await page.getByLabel('Tên đăng nhập').fill('analyst');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/entry');
    await page.locator('main a[href^="/entry/"]').first().click();
    await page.locator('main form').first().waitFor({ timeout: 10_000 });
    expectVisibleFocus(await tabThrough(page));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('leaves axe nothing serious on every other page an admin opens, in both themes', async () => {
    const page = await browser.context.newPage();
    // The admin area's own address opens its first tab.
    await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/admin')}`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await page.getByRole('table').first().waitFor({ timeout: 10_000 });
    const found: string[] = [];
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Chế độ tối' }).click();
      for (const path of ['/entry', '/import', '/export', '/approval', '/admin/users', '/admin/audit', '/admin/screens', '/no-such-page']) {
        await page.goto(`${server.url}${path}`);
        await page.locator('main h2, main h1, main table, main form').first().waitFor({ timeout: 10_000 });
        found.push(...(await seriousViolations(page)).map((v) => `${path} (${theme}): ${v}`));
      }
    }
    expect(found).toEqual([]);
    await page.getByRole('button', { name: 'Chế độ tối' }).click();
    await page.close();
  }, 240_000); // sixteen axe runs
});
