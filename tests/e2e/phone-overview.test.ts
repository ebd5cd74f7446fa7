/**
 * A leader opens the overview on a phone (390 × 844 at 3 device pixels, touch): the status tiles
 * and the first card's figure are on the first screen at every text size the app offers; year,
 * language and display sit in one menu; a tapped tile scrolls to what it filtered; charts grow with
 * the text; a one-point chart has no legend for series it lacks; source lines open on tap; the
 * comparison names its years. Real Chromium, built app, real server, fresh database.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statuses } from '@kpi/shared';
import { artifact } from '../support/artifacts.js';
import { appReady, launchBrowser, PHONE, type Browser } from '../support/browser.js';
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

const FOLD = PHONE.viewport.height;
const SERVICES = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';
const BLUEZONE = 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone';

/** Opens a page at the given text size (as the comfort controls remember it), scrolled to the top. */
async function open(path: string, textSize: 'small' | 'normal' | 'large' = 'normal'): Promise<Page> {
  const page = await phone.context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.evaluate((size) => window.localStorage.setItem('kpi.textSize', size), textSize);
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 10_000 });
  // The page is the server's until the app hydrates it: the taps below need the app.
  await appReady(page);
  return page;
}

function card(page: Page, name: string): Locator {
  return page.locator('article', { has: page.getByRole('heading', { name, exact: true }) });
}

async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.y + box.height;
}

/** The menu's button: the year on screen and the word for the settings it holds. */
function menuButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: /Tùy chọn/ });
}

/** The computed size of the first axis tick's text and the plot's height, of the first chart drawn. */
async function chartMetrics(page: Page, scope: Locator): Promise<{ tick: number; height: number }> {
  const tick = scope.locator('.recharts-cartesian-axis-tick-value').first();
  await tick.waitFor({ state: 'attached', timeout: 10_000 });
  const size = await tick.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  const height = (await scope.locator('.trend__plot').first().boundingBox())?.height ?? 0;
  return { tick: size, height };
}

describe('the overview on a phone', () => {
  it('shows the status tiles and the first card’s figure on the first screen, at every text size', async () => {
    for (const size of ['small', 'normal', 'large'] as const) {
      const page = await open('/?year=2020', size);
      const tiles = page.getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' }).getByRole('listitem');
      // One tile per status the app knows, none dropped on a phone.
      expect(await tiles.count()).toBe(statuses.length);
      // The first card is a key task (its state in words) or an indicator (its figure), whichever leads.
      const firstCard = page.locator('main :is(li.milestone, article.card)').first();
      const firstValue = firstCard.locator(':is(.milestone__state, .figure__value)').first();
      await firstValue.waitFor();
      await page.screenshot({ path: artifact(`phone-overview-${size}-390.png`) });
      for (let i = 0; i < statuses.length; i += 1) expect(await bottomOf(tiles.nth(i)), `tile ${i} at ${size}`).toBeLessThanOrEqual(FOLD);
      expect(await bottomOf(firstValue), `first figure at ${size}`).toBeLessThanOrEqual(FOLD);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('holds year, language and display in one menu that the keyboard opens and Escape closes', async () => {
    const page = await open('/?year=2020');
    const button = menuButton(page);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('combobox', { name: 'Năm' }).isVisible()).toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
    expect(await panel.getByRole('combobox', { name: 'Năm' }).isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'English' }).isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Chế độ tối' }).isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Tăng cỡ chữ' }).isVisible()).toBe(true);
    await page.screenshot({ path: artifact('phone-menu-open-390.png') });

    await panel.getByRole('button', { name: 'Tăng cỡ chữ' }).focus();
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(await button.getAttribute('aria-controls'));
    expect(await panel.getByRole('combobox', { name: 'Năm' }).isVisible()).toBe(false);

    // A year chosen in the menu loads that year.
    await button.tap();
    await panel.getByRole('combobox', { name: 'Năm' }).selectOption('2021');
    await page.getByRole('heading', { level: 2, name: 'Kết quả năm 2021' }).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('scrolls to the filtered cards when a status tile is tapped, and puts focus there', async () => {
    const page = await open('/?year=2020');
    await page.getByRole('button', { name: /Chưa có mục tiêu/ }).tap();
    await page.waitForURL((url) => url.searchParams.get('status') === 'no-target');
    const result = page.locator('.filter-result');
    await expect.poll(async () => (await result.boundingBox())?.y ?? -1, { timeout: 5_000 }).toBeLessThan(FOLD / 4);
    expect((await result.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('filter-result');
    // The filtered cards follow the line: the first one's figure is on screen, and it has the status asked for.
    await expect.poll(() => page.locator('main article.card').count(), { timeout: 5_000 }).toBe(4);
    const first = page.locator('main article.card').first();
    expect(await first.getAttribute('class')).toContain('card--no-target');
    expect(await bottomOf(first.locator('.figure__value'))).toBeLessThanOrEqual(FOLD);
    await page.screenshot({ path: artifact('phone-status-tapped-390.png') });
    await page.close();
  });

  it('draws a one-point chart with no legend for series it does not have', async () => {
    const page = await open('/?year=2020');
    const bluezone = card(page, BLUEZONE);
    await bluezone.scrollIntoViewIfNeeded();
    const legend = bluezone.locator('.recharts-legend-item-text');
    await legend.first().waitFor({ timeout: 10_000 });
    expect(await legend.allInnerTexts()).toEqual(['Số liệu']);
    // A series with data keeps its legend entry: the level-4 services have targets and a path.
    const services = card(page, SERVICES);
    await services.scrollIntoViewIfNeeded();
    await services.locator('.recharts-legend-item-text').first().waitFor({ timeout: 10_000 });
    expect(await services.locator('.recharts-legend-item-text').allInnerTexts()).toEqual(['Số liệu', 'Lộ trình cần đạt', 'Mục tiêu']);
    await page.close();
  });

  it('opens a cut-off source line whole on a tap', async () => {
    const page = await open('/?year=2020');
    const services = card(page, SERVICES);
    await services.scrollIntoViewIfNeeded();
    const source = services.getByRole('button', { name: /^Nguồn:/ });
    expect(await source.getAttribute('aria-expanded')).toBe('false');
    expect(await source.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
    const before = (await source.boundingBox())?.height ?? 0;
    await source.tap();
    expect(await source.getAttribute('aria-expanded')).toBe('true');
    expect(await source.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
    expect((await source.boundingBox())?.height).toBeGreaterThan(before * 1.5);
    await page.screenshot({ path: artifact('phone-source-open-390.png') });
    await page.close();
  });

  it('labels the years of the comparison, in the headers and beside each figure', async () => {
    const page = await open('/?year=2020&compare=2019');
    const table = page.locator('section.compare table');
    await table.waitFor({ timeout: 10_000 });
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers.slice(1, 3)).toEqual(['Năm 2019', 'Năm 2020']);
    expect(headers[3]).toMatch(/2019.*2020/);
    // On a phone the rows stack and the header row is out of sight: each cell names its year itself.
    const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: SERVICES }) });
    const labels = await row.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels).toEqual(['"Năm 2019"', '"Năm 2020"', '"Thay đổi 2019 → 2020"']);
    expect(await row.locator('td').nth(1).innerText()).toContain('37,6%');
    await page.screenshot({ path: artifact('phone-compare-390.png') });
    await page.close();
  });
});

describe('charts follow the text size', () => {
  it('on the overview’s cards and on the indicator page: larger ticks and a taller plot at the largest text', async () => {
    const sizes: Record<string, { tick: number; height: number }[]> = { overview: [], indicator: [] };
    for (const size of ['normal', 'large'] as const) {
      const overview = await open('/?year=2020', size);
      const services = card(overview, SERVICES);
      await services.scrollIntoViewIfNeeded();
      sizes.overview!.push(await chartMetrics(overview, services));
      await overview.close();

      const indicator = await open('/indicators/online-services-level4-rate?year=2020', size);
      const chart = indicator.locator('.indicator-detail__chart');
      await chart.scrollIntoViewIfNeeded();
      sizes.indicator!.push(await chartMetrics(indicator, chart));
      await chart.screenshot({ path: artifact(`phone-indicator-chart-${size}-390.png`) });
      await indicator.screenshot({ path: artifact(`phone-indicator-${size}-390.png`) });
      await indicator.close();
    }
    for (const [where, [normal, large]] of Object.entries(sizes)) {
      expect(large!.tick, `${where} tick`).toBeGreaterThan(normal!.tick * 1.15);
      expect(large!.height, `${where} height`).toBeGreaterThan(normal!.height * 1.15);
    }
  });
});
