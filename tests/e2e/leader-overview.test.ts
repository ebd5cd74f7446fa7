/**
 * A provincial leader opens the 2020 view: the report's four figures in Vietnamese formats,
 * then in English formats, with charts. Real Chromium, built app, real server, fresh database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholePageScreenshot } from '../support/artifacts.js';
import { appReady, drawnText, launchBrowser, scrollThrough, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The card of an indicator, found by its visible name. */
function card(page: Page, name: string) {
  return page.locator('article', { has: page.getByRole('heading', { name }) });
}

async function text(page: Page, name: string): Promise<string> {
  return (await drawnText(card(page, name))).replace(/\s+/g, ' ');
}

describe('the leader’s overview of 2020', () => {
  it('shows the report’s figures in Vietnamese, then in English, with charts', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByText('Tỷ lệ dịch vụ công trực tuyến mức độ 4').first().waitFor({ timeout: 10_000 });
    // The figures are in the server's HTML; the buttons answer once the app has taken over.
    await appReady(page);

    const bluezone = await text(page, 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone');
    expect(bluezone).toContain('29,67%');
    expect(bluezone).toMatch(/Số công bố 29,71% khác số tính từ tử\/mẫu 29,67%/);
    expect(await text(page, 'Xếp hạng tỷ lệ cài đặt Bluezone toàn quốc')).toContain('9/63');
    const services = await text(page, 'Tỷ lệ dịch vụ công trực tuyến mức độ 4');
    expect(services).toContain('37,6%');
    expect(services).toContain('30%');
    expect(services).toContain('17/NQ-CP');
    expect(services).toContain('Đạt mục tiêu');
    const egov = await text(page, 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử');
    expect(egov).toContain('26/63');
    expect(egov).toContain('↑ 24 bậc so với 2019');

    // Numerator and denominator on demand, in Vietnamese grouping.
    await card(page, 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone').getByRole('button', { name: 'Xem tử số / mẫu số' }).click();
    expect(await text(page, 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone')).toContain('154.231 / 519.755');

    // Charts arrive after the cards (lazy chunk), each once the reader scrolls near it, and draw SVG.
    await scrollThrough(page);
    await expect.poll(() => page.locator('svg.recharts-surface').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    await wholePageScreenshot(page, 'overview-2020-vi-1920.png');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Level-4 online public services').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const bluezoneEn = await text(page, 'Smartphones with the Bluezone app installed');
    expect(bluezoneEn).toContain('29.67%');
    expect(bluezoneEn).toContain('29.71%');
    const servicesEn = await text(page, 'Level-4 online public services');
    expect(servicesEn).toContain('37.6%');
    expect(servicesEn).toContain('Achieved');
    expect(await text(page, 'E-government (ICT application) ranking')).toMatch(/26\/63.*↑ 24 places/);
    await wholePageScreenshot(page, 'overview-2020-en-1920.png');

    // The choice of language survives a reload.
    await page.reload();
    await page.getByText('Level-4 online public services').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('keeps the year in the address and defaults to the latest year with data', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    const select = page.getByLabel(/Năm|Year/);
    // The picker fills in once the dashboard arrives (in whichever language the profile kept).
    await expect.poll(() => select.inputValue(), { timeout: 10_000 }).not.toBe('');
    const latest = await select.inputValue();
    expect(Number(latest)).toBeGreaterThanOrEqual(2020);
    await appReady(page);
    await select.selectOption('2020');
    await page.waitForURL(/[?&]year=2020/);
    await page
      .getByText(/26\/63/)
      .first()
      .waitFor();
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await launchBrowser({ width: 390, height: 844 });
    try {
      const page = await phone.context.newPage();
      await page.goto(`${server.url}/?year=2020`);
      await page.getByText('37,6%').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await wholePageScreenshot(page, 'overview-2020-vi-390.png');
    } finally {
      await phone.close();
    }
  });

  it('opens a deep link through the SPA fallback and shows the not-found page in the app', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto(`${server.url}/no-such-page`);
    expect(res?.status()).toBe(200);
    await page.getByRole('link').first().waitFor();
    await page.close();
  });
});
