/**
 * The leaders' pages arrive with their figures in the HTML: a phone with JavaScript off reads every
 * card's figure, status and target on the overview, and an indicator's figure on its page; with
 * JavaScript on, the same HTML hydrates without an error and answers a tap. The meeting-room screen
 * stays rendered in the browser. Real Chromium, built app, real server, fresh database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from '../support/artifacts.js';
import { appReady, drawnText, launchBrowser, PHONE, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let noScript: Browser;
let withScript: Browser;

beforeAll(async () => {
  server = await startServer();
  noScript = await launchBrowser(PHONE.viewport, 'vi-VN', { ...PHONE.device, javaScriptEnabled: false });
  withScript = await launchBrowser(PHONE.viewport, 'vi-VN', PHONE.device);
});
afterAll(async () => {
  await noScript?.close();
  await withScript?.close();
  await server?.stop();
});

/** What the page reports as going wrong while it loads and hydrates: uncaught errors and console errors. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const BLUEZONE = 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone';
const ONLINE_SERVICES = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';

describe('the first HTML of the leaders’ pages', () => {
  it('shows the overview’s figures, statuses and targets with JavaScript off', async () => {
    const page = await noScript.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    const read = async (name: string) => (await drawnText(page.locator('article', { has: page.getByRole('heading', { name }) }))).replace(/\s+/g, ' ');
    expect(await read(BLUEZONE)).toContain('29,67%');
    const online = await read(ONLINE_SERVICES);
    expect(online).toContain('37,6%');
    expect(online).toContain('Đạt mục tiêu');
    expect(online).toContain('Mục tiêu ≥ 30% (2020)');
    // The status tiles count the cards, as they do with scripts on.
    const tiles = page.getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' });
    expect((await tiles.innerText()).replace(/\s+/g, ' ')).toContain('1 ✔ Đạt mục tiêu');
    // Styled before any script: the overview's own sheet is in the one the page links (the phone's
    // filter button is shown by it, hidden by default).
    expect(await page.getByRole('button', { name: 'Lọc và tìm chỉ tiêu' }).isVisible()).toBe(true);
    await page.screenshot({ path: artifact('server-rendered-no-js-390.png') });
    await page.close();
  });

  it('shows an indicator’s figure and status with JavaScript off, in the language of the address', async () => {
    const page = await noScript.context.newPage();
    await page.goto(`${server.url}/indicators/dti-rank?year=2021&lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toMatch(/^ICT indicators/);
    const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(main).toContain('Provincial digital transformation index (DTI) rank');
    expect(main).toContain('5/63');
    expect(main).toContain('Achieved');
    await page.close();
  });

  it('hydrates the same HTML without an error and answers a tap on a status tile', async () => {
    const page = await withScript.context.newPage();
    const errors = pageErrors(page);
    // Intl's data is loaded by a worker while the page paints (web/src/app/warm-intl-in-worker.ts):
    // it starts under the page's Content-Security-Policy, or an error above says why not.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    const response = await page.goto(`${server.url}/?year=2020`);
    // The figure is in the HTML the server sent, before any script ran.
    expect(await response?.text()).toContain('29,67%');
    await page.waitForLoadState('networkidle');
    await appReady(page);
    await page
      .getByRole('button', { name: /Đạt mục tiêu/ })
      .first()
      .click();
    await expect.poll(() => page.locator('.filter-result').innerText(), { timeout: 5_000 }).toMatch(/Đạt mục tiêu/);
    expect(errors).toEqual([]);
    expect(workers).toEqual([expect.stringMatching(/^\/assets\/warm-intl\.worker-[\w-]+\.js$/)]);
    await page.close();
  });

  it('hydrates an indicator’s page as the server sent it, with the page’s own chunk', async () => {
    const page = await withScript.context.newPage();
    const errors = pageErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    // The server's heading element, kept: a render that replaced the markup (a mismatch, or a loading
    // state while the page's chunk came) would leave it out of the document.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const heading = document.getElementById('indicator-name');
        Object.assign(window, { serverHeadingKept: () => heading !== null && heading.isConnected });
      });
    });
    await page.goto(`${server.url}/indicators/dti-rank?year=2021`);
    await appReady(page);
    expect(await page.evaluate(() => (window as unknown as { serverHeadingKept: () => boolean }).serverHeadingKept())).toBe(true);
    expect(scripts).toContainEqual(expect.stringMatching(/^\/assets\/IndicatorPage-[\w-]+\.js$/));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves the meeting-room screen to the browser', async () => {
    const html = await (await fetch(`${server.url}/screen/1?token=x`)).text();
    expect(html).toContain('<div id="root"></div>');
  });
});
