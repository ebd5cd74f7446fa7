/**
 * An approver imports a provincial ranking table in the browser (issue 17, item 4): from the DTI
 * page's peers section to the import page, a small CSV of 2024 ranks is checked row by row, one
 * refused row blocks the run, the corrected file is imported all at once, and the DTI page's
 * peers section shows the new ranks. Real Chromium, built app, real server, fresh database; the
 * ranks are the test's own, never shipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, signedInPage } from '../support/accounts.js';
import { wholePageScreenshot } from '../support/artifacts.js';
import { appReady, launchBrowser, scrollThrough, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const csvFile = (rows: string[]) => ({
  name: 'dti-2024.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['"Tỉnh, thành phố",Năm,Xếp hạng,Trên tổng số', ...rows].join('\r\n')),
});

describe('importing a ranking table in the browser', () => {
  it('checks a CSV of 2024 ranks row by row, imports it all at once, and the DTI page shows the ranks', async () => {
    const page = await signedInPage(browser, server, 'approver', '/indicators/dti-rank');
    const peers = page.getByRole('region', { name: 'So sánh với các tỉnh, thành phố' });
    // The section loads as the reader comes near it.
    await appReady(page);
    await scrollThrough(page);
    await peers.getByRole('link', { name: 'Nhập bảng xếp hạng DTI từ tệp' }).click({ timeout: 15_000 });
    await page.waitForURL((url) => url.pathname === '/import/rankings/dti');

    const source = page.getByLabel('Văn bản nguồn của các dòng không ghi mã nguồn');
    await source.locator('option', { hasText: 'Công bố Chỉ số chuyển đổi số (DTI) năm 2024' }).waitFor({ state: 'attached', timeout: 15_000 });
    await source.selectOption({ label: 'Công bố Chỉ số chuyển đổi số (DTI) năm 2024 của 34 tỉnh, thành phố' });
    const file = page.getByLabel('Tệp bảng xếp hạng (.xlsx hoặc .csv)');

    // A province that no longer stands in 2024 refuses the whole file, naming the column and why.
    await file.setInputFiles(csvFile(['Cao Bang,2024,20,34', 'Quảng Ninh,2024,6,34', 'Bắc Giang,2024,9,34']));
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const counts = page.getByRole('list', { name: 'Số dòng theo kết quả' });
    await counts.waitFor({ timeout: 30_000 });
    expect(await counts.innerText()).toContain('1 bị từ chối');
    const refused = page.getByRole('row', { name: /Bị từ chối/ });
    expect(await refused.innerText()).toContain('Tỉnh, thành phố: Bắc Giang không có trong bảng xếp hạng năm 2024 (từ 01/07/2025 sáp nhập vào Bắc Ninh).');
    expect(await page.getByRole('button', { name: /^Nhập \d/ }).count()).toBe(0);
    await wholePageScreenshot(page, 'ranking-import-refused.png');

    await file.setInputFiles(csvFile(['Cao Bang,2024,20,34', 'Quảng Ninh,2024,6,34']));
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByRole('button', { name: 'Nhập 2 dòng' }).click({ timeout: 30_000 });
    const done = page.getByRole('status').filter({ hasText: 'Đã nhập' });
    await done.waitFor({ timeout: 30_000 });
    expect(await done.innerText()).toContain('Đã nhập: 2 dòng mới, 0 dòng thay đổi.');

    await done.getByRole('link', { name: 'Xem thứ hạng trên trang chỉ tiêu' }).click();
    await page.waitForURL((url) => url.pathname === '/indicators/dti-rank');
    await page.getByRole('heading', { level: 3, name: 'Số liệu qua các năm' }).waitFor();
    await scrollThrough(page);
    // The neighbours by default: Cao Bằng and Quảng Ninh now have their 2024 ranks, of 34.
    for (const [name, rank] of [
      ['Cao Bằng', '20/34'],
      ['Quảng Ninh', '6/34'],
    ] as const) {
      const row = peers.getByRole('row', { name: new RegExp(`^${name}`) });
      await row.waitFor({ timeout: 15_000 });
      expect((await row.getByRole('cell').allTextContents()).map((text) => text.replace(/\[\d+\]$/, ''))).toContain(rank);
    }
    await page.close();
  });
});
