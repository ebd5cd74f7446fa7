/**
 * The 65 communes and wards publish their Bluezone rates for 2025 through the API (generated
 * figures, five far behind); a leader opens the indicator on a phone in Vietnamese and reads
 * "65/65", the province computed from them, and the five furthest behind first, marked; then on a
 * desktop. Real Chromium, built app, real server, fresh seeded database. Screenshots at both widths.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, PASSWORD } from '../support/accounts.js';
import { artifact } from '../support/artifacts.js';
import { appReady, launchBrowser, PHONE, scrollThrough, type Browser } from '../support/browser.js';
import { publishUnitRatio, send, signIn } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

const CODE = 'bluezone-install-rate';
const YEAR = 2025;

let server: RunningServer;
let phone: Browser;
let desktop: Browser;
/** The five communes given the lowest rates, furthest behind first. */
const behind: string[] = [];

interface Unit {
  code: string;
  name: string;
  kind: string;
  parent: string | null;
  validFrom: string | null;
}

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  const analyst = await signIn(server.url, 'analyst', PASSWORD);
  const approver = await signIn(server.url, 'approver', PASSWORD);
  await send(approver, 'PUT', `/api/indicators/${CODE}/targets/${YEAR}`, { revision: 0, value: 80, comparator: 'gte', sourceId: 1 });
  const { units } = (await (await fetch(`${server.url}/api/org-units`, { headers: { cookie: analyst.cookie } })).json()) as { units: Unit[] };
  const communes = units.filter((u) => u.parent === 'lang-son' && u.validFrom === '2025-07-01');
  expect(communes).toHaveLength(65);
  // Generated figures: every seventh commune far behind (4 %, 7 %, … of its smartphones), the rest 55–95 %.
  for (const [i, unit] of communes.entries()) {
    const denominator = 2000 + 37 * i;
    const farBehind = i % 7 === 3 && behind.length < 5;
    const rate = farBehind ? 4 + 3 * behind.length : 55 + ((i * 13) % 41);
    if (farBehind) behind.push(unit.name);
    const numerator = Math.round((denominator * rate) / 100);
    await publishUnitRatio(server, { analyst, approver }, { code: CODE, year: YEAR, unit: unit.code, numerator, denominator });
  }
  phone = await launchBrowser(PHONE.viewport, 'vi-VN', PHONE.device);
  desktop = await launchBrowser({ width: 1366, height: 900 });
}, 120_000);
afterAll(async () => {
  await phone?.close();
  await desktop?.close();
  await server?.stop();
});

async function openBreakdown(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/indicators/${CODE}?year=${YEAR}&lang=vi`);
  await appReady(page);
  // The section loads as the reader comes near it.
  await scrollThrough(page);
  await page.getByRole('heading', { level: 3, name: 'Theo xã, phường' }).waitFor({ timeout: 10_000 });
  return page;
}

describe('an indicator by commune', () => {
  it('shows a leader on a phone 65/65 reported and the five furthest behind first, marked', async () => {
    const page = await openBreakdown(phone);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'Theo xã, phường' }) });
    await expect(section.getByText('65/65 xã, phường đã báo cáo').isVisible()).resolves.toBe(true);
    await expect(section.getByText(/tổng tử số trên tổng mẫu số/).isVisible()).resolves.toBe(true);
    const table = section.getByRole('table', { name: `Xếp hạng xã, phường năm ${YEAR}, đơn vị chậm nhất trước` });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(65);
    const names = await rows.locator('th').allTextContents();
    expect(names.slice(0, 5).map((n) => n.replace(/^(Xã|Phường) /, ''))).toEqual(behind);
    const marked = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent?.includes('Một trong năm đơn vị chậm nhất') ?? false));
    expect(marked.slice(0, 6)).toEqual([true, true, true, true, true, false]);
    expect(await rows.first().textContent()).toContain('Chậm tiến độ');

    // The table's rows stack as cards: nothing runs off a 390 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    await section.scrollIntoViewIfNeeded();
    await scrollThrough(page);
    await section.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 10_000 });
    await section.screenshot({ path: artifact('commune-breakdown-phone.png') });
    await page.screenshot({ path: artifact('commune-breakdown-phone-top.png') });
  });

  it('draws the communes against the target on a desktop, with no serious accessibility finding', async () => {
    const page = await openBreakdown(desktop);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'Theo xã, phường' }) });
    // The chart is drawn once it nears the screen.
    await section.locator('figure').scrollIntoViewIfNeeded();
    await section.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 10_000 });
    expect(await section.locator('.recharts-bar-rectangle').count()).toBe(65);
    await section.screenshot({ path: artifact('commune-breakdown-desktop.png') });
    const { violations } = await new AxeBuilder({ page }).include('.unit-breakdown').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
