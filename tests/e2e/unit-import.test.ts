/**
 * Figures by commune through a spreadsheet: an analyst uploads, in the browser, a CSV of the 65
 * communes' and wards' figures for one year (named as people write them: with the kind word, in
 * capitals, without diacritics, by code), sees every row planned under its unit, imports, and
 * finds 65 drafts, one per unit. Real Chromium, built app, real server, fresh database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, PASSWORD } from '../support/accounts.js';
import { artifact } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
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

interface Unit {
  code: string;
  name: string;
  kind: string;
  validFrom: string | null;
}

async function signedIn(username: string, next: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
  return page;
}

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');

/** The unit as a person might write it, a different way each row. */
const written = (unit: Unit, i: number) =>
  [`${unit.kind === 'ward' ? 'Phường' : 'Xã'} ${unit.name}`, unit.name.toUpperCase(), plain(unit.name).toLowerCase(), unit.code][i % 4]!;

describe('importing the communes’ figures in the browser', () => {
  it('plans 65 rows, each under its unit, and writes them as 65 drafts', async () => {
    const analyst = await signedIn('analyst', '/import');
    const units = ((await (await analyst.request.get(`${server.url}/api/org-units`)).json()) as { units: Unit[] }).units;
    const communes = units.filter((u) => u.validFrom === '2025-07-01');
    expect(communes).toHaveLength(65);
    const csv = [
      'Mã chỉ tiêu,Đơn vị hành chính,Năm,Tử số,Mẫu số,Mã văn bản nguồn',
      'indicator_code,org_unit,year,numerator,denominator,source_id',
      ...communes.map((u, i) => `bluezone-install-rate,${written(u, i)},2025,${1000 + i * 7},${2000 + i * 9},1`),
    ].join('\r\n');
    await analyst.getByLabel('Tệp số liệu (.xlsx hoặc .csv)').setInputFiles({ name: 'xa-phuong-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await analyst.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const table = analyst.getByRole('table');
    await table.waitFor({ timeout: 30_000 });
    expect(await analyst.getByRole('list', { name: 'Số dòng theo kết quả' }).innerText()).toContain('65 mới');
    expect(await table.locator('tbody tr').count()).toBe(65);
    // Each row names the unit the file meant, however it was written: row 3 is the first unit.
    const unitCell = (row: number) =>
      table
        .locator('tr', { has: analyst.getByRole('rowheader', { name: String(row), exact: true }) })
        .locator('td')
        .nth(1);
    for (const i of [0, 1, 2, 3, 64]) {
      const unit = communes[i]!;
      expect(await unitCell(i + 3).innerText(), written(unit, i)).toContain(unit.code);
    }
    await table.locator('tbody tr').first().scrollIntoViewIfNeeded();
    await analyst.screenshot({ path: artifact('import-communes-dry-run.png'), fullPage: false });

    await analyst.getByRole('button', { name: 'Nhập 65 dòng' }).click();
    await analyst.getByText(/Đã lưu 65 dòng thành bản nháp, đang chờ duyệt/).waitFor({ timeout: 30_000 });
    const drafts = (
      (await (await analyst.request.get(`${server.url}/api/drafts`)).json()) as { drafts: { indicatorCode: string; year: number; orgUnit: string }[] }
    ).drafts;
    const written2025 = drafts.filter((d) => d.indicatorCode === 'bluezone-install-rate' && d.year === 2025);
    expect(new Set(written2025.map((d) => d.orgUnit))).toEqual(new Set(communes.map((u) => u.code)));
    await analyst.screenshot({ path: artifact('import-communes-written.png'), fullPage: false });
  });

  it('refuses an ambiguous and an unknown unit by the column, listing the candidates', async () => {
    const analyst = await signedIn('analyst', '/import');
    const csv = [
      'indicator_code,org_unit,year,numerator,denominator,source_id',
      'bluezone-install-rate,Lộc Bình,2024,10,20,1',
      'bluezone-install-rate,Xã Tân Đoàn Mới,2025,10,20,1',
    ].join('\r\n');
    await analyst.getByLabel('Tệp số liệu (.xlsx hoặc .csv)').setInputFiles({ name: 'sai-don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await analyst.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const table = analyst.getByRole('table');
    await table.waitFor({ timeout: 30_000 });
    const details = (row: string) =>
      table
        .locator('tr', { has: analyst.getByRole('rowheader', { name: row, exact: true }) })
        .locator('.plan-details li')
        .allInnerTexts();
    expect(await details('2')).toEqual([
      '✖ Đơn vị hành chính: “Lộc Bình” có thể là Huyện Lộc Bình (huyen-loc-binh), Thị trấn Lộc Bình (loc-binh-thi-tran-loc-binh): hãy ghi mã đơn vị, hoặc thêm loại đơn vị trước tên (xã, phường…).',
    ]);
    expect((await details('3'))[0]).toMatch(/^✖ Đơn vị hành chính: Không có đơn vị hành chính “Xã Tân Đoàn Mới”; gần nhất: Xã Tân Đoàn \(tan-doan\), /);
    await table.scrollIntoViewIfNeeded();
    await analyst.screenshot({ path: artifact('import-communes-refused.png'), fullPage: false });
  });
});
