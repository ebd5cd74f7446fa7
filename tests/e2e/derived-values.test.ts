/**
 * A leader reads a figure the source does not state as such: the report gives Bluezone's rank as
 * "9th", and "of 63" is derived. The overview's card, the indicator's headline, its table and its
 * chart's tooltip say so, as an icon and a word, in Vietnamese and in English; the report's stated
 * e-government rank of 2020 carries no mark. Real Chromium, built app, fresh seeded database.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, wholePageScreenshot } from '../support/artifacts.js';
import { appReady, launchBrowser, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const LANGUAGES = [
  { lang: 'vi', derived: 'Suy ra', rank: 'Xếp hạng tỷ lệ cài đặt Bluezone toàn quốc', egov: 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử' },
  { lang: 'en', derived: 'Derived', rank: 'Bluezone install rate, national rank', egov: 'E-government (ICT application) ranking' },
] as const;

function card(page: Page, name: string): Locator {
  return page.locator('article.card', { has: page.getByRole('link', { name, exact: true }) });
}

/** The mark's visible text, its icon left aside (the icon is aria-hidden decoration). */
async function markWords(scope: Locator): Promise<string[]> {
  return scope.locator('.basis-mark').evaluateAll((marks) => marks.map((mark) => mark.lastChild?.textContent?.trim() ?? ''));
}

describe('derived values', () => {
  for (const { lang, derived, rank, egov } of LANGUAGES) {
    it(`marks Bluezone's "of 63" as ${derived} on the overview and the indicator page (${lang})`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/?year=2020&lang=${lang}`);
      await appReady(page);
      const bluezone = card(page, rank);
      await bluezone.locator('.figure__value', { hasText: '9/63' }).waitFor({ timeout: 10_000 });
      const mark = bluezone.locator('.basis-mark');
      await mark.waitFor();
      expect(await mark.isVisible()).toBe(true);
      expect(await markWords(bluezone)).toEqual([derived]);
      expect(await mark.getAttribute('title')).toMatch(lang === 'vi' ? /suy ra từ số liệu nguồn nêu/ : /derived from what the source states/);
      // The e-government rank of 2020 is as the report states it: no mark.
      expect(await markWords(card(page, egov))).toEqual([]);
      await bluezone.scrollIntoViewIfNeeded();
      await page.screenshot({ path: artifact(`derived-overview-${lang}.png`) });

      await page.goto(`${server.url}/indicators/bluezone-install-rank?year=2020&lang=${lang}`);
      await appReady(page);
      await page.getByRole('heading', { level: 2, name: rank }).waitFor({ timeout: 10_000 });
      // The headline, and the latest figure among the facts behind the status.
      expect(await markWords(page.locator('.indicator-detail__top'))).toEqual([derived, derived]);
      const row2020 = page.locator('table.series-table tbody tr', { has: page.getByRole('rowheader', { name: '2020' }) });
      expect(await markWords(row2020)).toEqual([derived]);
      // The chart's tooltip names the basis beside the figure.
      const dot = page.locator('.recharts-line-dots circle, .recharts-line-dot').first();
      await dot.waitFor({ timeout: 10_000 });
      await dot.hover();
      const tooltip = page.locator('.recharts-tooltip-wrapper');
      await tooltip.getByText(`(${derived})`, { exact: false }).waitFor({ timeout: 5_000 });
      await wholePageScreenshot(page, `derived-indicator-${lang}.png`);
      await page.close();
    });
  }
});
