/**
 * A meeting-room screen showing one indicator by commune: real Chromium at 1920×1080 on the built
 * app and server. Communes' Bluezone rates for 2025 are published through the API; the screen ranks
 * them furthest behind first with "N trên 65 xã, phường đã báo cáo"; a commune published while it is
 * up takes the top row within a few seconds, through the screen's live stream, without a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, PASSWORD } from '../support/accounts.js';
import { artifact } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { createScreen, publishUnitRatio, send, signIn, type IssuedScreen, type Session } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

const CODE = 'bluezone-install-rate';
const YEAR = 2025;

let server: RunningServer;
let browser: Browser;
let page: Page;
let analyst: Session;
let approver: Session;
let issued: IssuedScreen;
const errors: Error[] = [];

/** A commune's figure, drafted and published through the API. */
const publishUnit = (unit: string, numerator: number, denominator = 1000) =>
  publishUnitRatio(server, { analyst, approver }, { code: CODE, year: YEAR, unit, numerator, denominator });

/** The names in the slide's rows, top first. */
const rankedNames = () => page.locator('.screen-units tbody th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  analyst = await signIn(server.url, 'analyst', PASSWORD);
  approver = await signIn(server.url, 'approver', PASSWORD);
  await send(approver, 'PUT', `/api/indicators/${CODE}/targets/${YEAR}`, { revision: 0, value: 80, comparator: 'gte', sourceId: 1 });
  // Tam Thanh is judged by a target of its own, 40 %, which its 45 % meets.
  await send(approver, 'PUT', `/api/indicators/${CODE}/targets/${YEAR}?unit=tam-thanh`, { revision: 0, value: 40, comparator: 'gte', sourceId: 1 });
  await publishUnit('tam-thanh', 450);
  await publishUnit('dong-dang', 300);
  await publishUnit('luong-van-tri', 920);
  issued = await createScreen(admin, { name: 'Phòng họp giao ban', secondsPerSlide: 30, playlist: [{ type: 'units', code: CODE }] });
  browser = await launchBrowser({ width: 1920, height: 1080 }, 'vi-VN');
  page = await browser.context.newPage();
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${server.url}${issued.url}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a screen’s units slide', () => {
  it('ranks the communes that reported, furthest behind first, with how many of the 65 reported', async () => {
    await page
      .getByRole('heading', { level: 2, name: `Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone theo xã, phường – năm ${YEAR}` })
      .waitFor({ timeout: 10_000 });
    expect(await page.getByText('3 trên 65 xã, phường đã báo cáo').isVisible()).toBe(true);
    expect(await page.getByText('Mục tiêu của tỉnh: ≥ 80%').isVisible()).toBe(true);
    expect(await rankedNames()).toEqual(['Xã Đồng Đăng', 'Phường Tam Thanh', 'Phường Lương Văn Tri']);
    const rows = page.locator('.screen-units tbody tr');
    expect(await rows.nth(0).innerText()).toMatch(/30%[\s\S]*Chậm tiến độ/);
    expect(await rows.nth(1).innerText()).toMatch(/Mục tiêu riêng ≥ 40%[\s\S]*Đạt mục tiêu/);
    expect(await page.getByText('62 đơn vị chưa báo cáo').isVisible()).toBe(true);
    // Large enough for the back of the room, and nothing runs off the screen.
    const look = await page.evaluate(() => ({
      rowText: parseFloat(getComputedStyle(document.querySelector('.screen-units tbody th')!).fontSize) / window.innerHeight,
      overflow: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(look.rowText).toBeGreaterThanOrEqual(0.025);
    expect(look.overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifact('screen-units-1920-ranked.png') });
  });

  it('puts a commune published while it is up at the top within a few seconds, without a reload', async () => {
    await page.evaluate(() => ((window as unknown as { __loadedOnce: boolean }).__loadedOnce = true));
    await publishUnit('ky-lua', 100);
    await page.getByText('4 trên 65 xã, phường đã báo cáo').waitFor({ timeout: 3_000 });
    expect((await rankedNames())[0]).toBe('Phường Kỳ Lừa');
    // The same page, redrawn from the stream: not a reload.
    expect(await page.evaluate(() => (window as unknown as { __loadedOnce?: boolean }).__loadedOnce)).toBe(true);
    await page.screenshot({ path: artifact('screen-units-1920-live.png') });
    expect(errors).toEqual([]);
  });
});
