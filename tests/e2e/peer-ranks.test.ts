/**
 * A ranking indicator's peers in real Chromium on the built app (issue 17): the DTI page shows
 * Lạng Sơn's ranks 2020–2023 (16, 5, 6, 4 of 63) beside a peer whose ranks are sourced, says the
 * 2024 change in words, and a custom peer set kept in the address survives a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, launchBrowser, scrollThrough, type Browser } from '../support/browser.js';
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

describe('peers on the DTI page', () => {
  it('shows Lạng Sơn beside sourced peers with the 2024 note, and keeps a chosen set through a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/indicators/dti-rank?year=2023`);
    // The section loads as the reader comes near it.
    await appReady(page);
    await scrollThrough(page);
    const section = page.getByRole('region', { name: 'So sánh với các tỉnh, thành phố' });
    const home = section.getByRole('row', { name: /^Lạng Sơn \(tỉnh nhà\)/ });
    await home.waitFor({ timeout: 15_000 });
    const cells = (await home.getByRole('cell').allTextContents()).map((text) => text.replace(/\[\d+\]$/, ''));
    expect(cells.slice(0, 4)).toEqual(['16/63', '5/63', '6/63', '4/63']);
    // Each rank cites its numbered source.
    expect(await home.getByRole('cell').first().locator('sup').textContent()).toMatch(/^\[\d+\]$/);
    // The neighbours by default: Quảng Ninh's 2022 rank is sourced.
    const quangNinh = section.getByRole('row', { name: /^Quảng Ninh/ });
    expect((await quangNinh.getByRole('cell').allTextContents())[2]).toMatch(/^3\/63/);
    await section.getByText('Từ năm 2024 xếp hạng 34 tỉnh, thành sau sáp nhập').waitFor();

    // The chart is drawn on the client alone: once it is there, the page has hydrated and the picker answers.
    await section.scrollIntoViewIfNeeded();
    await section.locator('.peer-chart svg').first().waitFor({ timeout: 15_000 });
    // A click, not check(): the radio follows the address, which changes a moment after the click.
    await section.getByLabel('Tự chọn').click();
    await page.waitForURL((url) => url.searchParams.get('peers') === 'custom');
    await section.getByLabel('Thêm tỉnh, thành phố').selectOption({ label: 'Trà Vinh' });
    await page.waitForURL((url) => url.searchParams.get('peers') === 'tra-vinh');
    const traVinh = section.getByRole('row', { name: /^Trà Vinh/ });
    await traVinh.waitFor();
    expect((await traVinh.getByRole('cell').allTextContents())[2]).toMatch(/^25\/63/);
    await traVinh.getByText('sáp nhập vào Vĩnh Long từ 01/07/2025').waitFor();

    await page.reload();
    await appReady(page);
    await scrollThrough(page);
    await section.getByRole('row', { name: /^Trà Vinh/ }).waitFor({ timeout: 15_000 });
    expect(await section.getByLabel('Tự chọn').isChecked()).toBe(true);
    expect(await section.getByRole('row', { name: /^Quảng Ninh/ }).count()).toBe(0);
    await page.close();
  });
});
