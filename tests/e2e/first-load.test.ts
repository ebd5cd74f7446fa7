/**
 * A leader opens the overview on a phone: the JS the browser fetches before the first card shows
 * stays within its budget and carries neither the English words nor the staff pages'; English
 * arrives when chosen, and a link in English paints in English from the first frame. Real
 * Chromium, built app, real server, fresh database.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from '../support/artifacts.js';
import { appReady, launchBrowser, PHONE, type Browser } from '../support/browser.js';
import { FIRST_LOAD_BUDGET } from '../support/first-load.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let phone: Browser;

beforeAll(async () => {
  server = await startServer();
  phone = await launchBrowser(PHONE.viewport, 'vi-VN', PHONE.device);
});
afterAll(async () => {
  await phone?.close();
  await server?.stop();
});

const SERVICES = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';
/** Words only the English dictionary has, and only the import page's Vietnamese one. */
const ENGLISH_WORDS = 'information and communications indicators';
const STAFF_WORDS = 'Nhập số liệu từ tệp Excel hoặc CSV';

interface Script {
  url: string;
  text: string;
  /** When the browser asked for it, in ms since the epoch. */
  requestedAt: number;
}

/** Every script the page fetches, as the browser got it (decoded), in order. */
function recordScripts(page: Page): Script[] {
  const scripts: Script[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const requestedAt = response.request().timing().startTime;
    // A response still arriving when the test closes the page has no body to read: not counted.
    response.text().then(
      (text) => scripts.push({ url: response.url(), text, requestedAt }),
      () => undefined,
    );
  });
  return scripts;
}

/** When the app took the page over (`performance.mark('app-ready')`, web/src/app/AppReady.tsx), in ms since the epoch. */
const readyAt = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('app-ready')[0]!.startTime);

const gzipBytes = (scripts: Script[]) => scripts.reduce((sum, s) => sum + gzipSync(s.text, { level: 9 }).length, 0);

describe('the overview’s first load on a phone', () => {
  it('fetches its budget of JS at most until the cards answer a tap, with no English and no staff words', async () => {
    const page = await phone.context.newPage();
    const scripts = recordScripts(page);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: SERVICES, exact: true }).waitFor({ timeout: 10_000 });
    // The server's page shows the cards before any script: count what it takes to make them answer.
    await page.waitForLoadState('networkidle');
    await appReady(page);
    await page
      .getByRole('button', { name: /Đạt mục tiêu/ })
      .first()
      .click();
    await expect.poll(() => page.locator('.filter-result').innerText(), { timeout: 5_000 }).toMatch(/Đạt mục tiêu/);
    // What was asked for before the app took over; the indicator page's chunk, which the overview
    // fetches once the app is idle (web/src/app/start.tsx), comes after.
    const ready = await readyAt(page);
    const beforeCards = scripts.filter((s) => s.requestedAt < ready);
    await expect.poll(() => scripts.some((s) => s.requestedAt > ready && /\/assets\/IndicatorPage-/.test(s.url)), { timeout: 10_000 }).toBe(true);
    const listing = beforeCards.map((s) => `${new URL(s.url).pathname}: ${gzipSync(s.text, { level: 9 }).length} B gzip`).join('\n');

    expect(beforeCards.length, listing).toBeGreaterThan(0);
    expect(gzipBytes(beforeCards), listing).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    expect(beforeCards.filter((s) => s.text.includes(ENGLISH_WORDS)).map((s) => s.url)).toEqual([]);
    expect(beforeCards.filter((s) => s.text.includes(STAFF_WORDS)).map((s) => s.url)).toEqual([]);

    // English is fetched when chosen, and the page then reads in it.
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Tùy chọn/ })
      .click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /information and communications indicators/ }).waitFor({ timeout: 10_000 });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    expect(scripts.some((s) => s.text.includes(ENGLISH_WORDS))).toBe(true);
    await page.getByRole('heading', { name: 'Level-4 online public services', exact: true }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: artifact('first-load-english.png') });
    await page.close();
  });

  it('paints a link in English in English from its first frame', async () => {
    const page = await phone.context.newPage();
    // Every heading text the page ever shows, from the first mutation on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
      new MutationObserver(() => {
        const h1 = document.querySelector('h1')?.textContent;
        if (h1 && seen.at(-1) !== h1) seen.push(h1);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${server.url}/?lang=en`);
    await page.getByRole('heading', { name: 'Level-4 online public services', exact: true }).waitFor({ timeout: 10_000 });
    const seen = await page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings);
    expect(seen).toEqual(['Lạng Sơn province: information and communications indicators']);
    await page.close();
  });
});
