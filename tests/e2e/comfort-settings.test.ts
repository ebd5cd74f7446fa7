/**
 * Night mode and text size survive a reload and fit a phone at the largest text, the overview's
 * charts keeping their data as tables, and axe finds nothing serious. Real Chromium, built app,
 * real server, fresh database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../support/accounts.js';
import { artifact, wholePageScreenshot } from '../support/artifacts.js';
import { seriousViolations } from '../support/axe.js';
import { appReady, drawnText, launchBrowser, scrollThrough, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;
let phone: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  browser = await launchBrowser({ width: 1366, height: 900 });
  phone = await launchBrowser({ width: 390, height: 844 });
});
afterAll(async () => {
  await browser?.close();
  await phone?.close();
  await server?.stop();
});

const SERVICES = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';

describe('night mode and text size', () => {
  it('survive a reload, and the overview keeps its charts’ data as tables', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    await page.getByText(SERVICES).first().waitFor({ timeout: 10_000 });
    await appReady(page);
    expect(await page.getAttribute('html', 'data-theme')).toBe('light'); // the profile's system scheme

    const night = page.getByRole('button', { name: 'Chế độ tối' });
    await night.click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = 16 * 1; // at 1366 wide: clamp(16px, 0.45vw + 10px, 19px) = 16.1 px
    expect(await rootSize()).toBeGreaterThan(normal * 1.2);

    await page.reload();
    await page.getByText(SERVICES).first().waitFor({ timeout: 10_000 });
    // The server renders the default display; the reader's own shows from the first paint (on
    // <html>) and in the controls once the app has hydrated.
    await appReady(page);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('html', 'data-text-size')).toBe('large');
    expect(await night.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Tăng cỡ chữ' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBeGreaterThan(normal * 1.2);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 22, 32)');

    // Every chart on the overview carries its figures as a table for screen readers.
    await scrollThrough(page);
    await expect.poll(() => page.locator('figure.trend').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    const charts = page.locator('figure.trend');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i += 1) {
      const table = charts.nth(i).locator('table');
      expect(await table.count()).toBe(1);
      expect(await drawnText(table.locator('caption'))).toMatch(/^Số liệu theo năm: /);
    }
    await wholePageScreenshot(page, 'comfort-overview-night-large-1366.png');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
    await page.screenshot({ path: artifact('comfort-overview-night-1366.png') });
    await night.click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await page.screenshot({ path: artifact('comfort-overview-large-1366.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
    await page.close();
  }, 120_000); // two axe runs on a busy machine

  it('fit a phone at the largest text in night mode', async () => {
    const page = await phone.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    await page.getByText(SERVICES).first().waitFor({ timeout: 10_000 });
    // The menu opens once the app has taken over the server's page.
    await appReady(page);
    // On a phone the display settings sit in the header's one menu.
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Tùy chọn/ })
      .click();
    await page.getByRole('button', { name: 'Chế độ tối' }).click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await wholePageScreenshot(page, 'comfort-overview-night-large-390.png');
    await page.close();
  });
});
