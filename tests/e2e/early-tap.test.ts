/**
 * A leader on a slow phone taps a status tile as soon as the server's overview appears, before the
 * app has arrived: the tap is kept and, once the app takes over, the cards are filtered as asked.
 * The app's scripts are held back (all but the small entry) so the tap surely comes first.
 * Real Chromium, built app, real server, fresh database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from '../support/artifacts.js';
import { appReady, launchBrowser, PHONE, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const HOLD_MS = 2_500;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser(PHONE.viewport, 'vi-VN', PHONE.device);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a tap before the app has arrived', () => {
  it('filters the overview to the tile tapped, once the app takes over', async () => {
    const page = await browser.context.newPage();
    // Every script but the entry (index-*.js) arrives HOLD_MS late: the app cannot hydrate before then.
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      if (!/\/assets\/index-[^/]+\.js$/.test(route.request().url())) await new Promise((r) => setTimeout(r, HOLD_MS));
      await route.continue();
    });
    await page.goto(`${server.url}/?year=2022`);
    const tile = page.getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' }).getByRole('button', { name: /Chậm tiến độ/ });
    await tile.waitFor({ timeout: 10_000 });
    // The server's page, not yet the app's; in 2022 a task past its due date is behind.
    expect(await page.locator('html[data-app="ready"]').count()).toBe(0);
    const behind = Number((await tile.locator('.status-strip__count').innerText()).trim());
    expect(behind).toBeGreaterThan(0);
    await tile.click();
    expect(await page.locator('html[data-app="ready"]').count()).toBe(0);

    await appReady(page, 20_000);
    await page.locator('.status-strip__button[aria-pressed="true"]').waitFor({ timeout: 5_000 });
    expect(await tile.getAttribute('aria-pressed')).toBe('true');
    const statuses = await page
      .locator('article.card, li.milestone')
      .evaluateAll((cards) => cards.map((c) => [...c.classList].find((k) => k.startsWith('card--'))));
    await page.screenshot({ path: artifact('early-tap-filtered.png'), fullPage: false });
    expect(statuses).toEqual(Array.from({ length: behind }, () => 'card--off-track'));
  });
});
