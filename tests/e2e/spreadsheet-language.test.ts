/**
 * Spreadsheets in the analyst's language: the template downloaded in the browser is headed in
 * Vietnamese (English when the analyst reads English) above the machine names, and a dry run of a
 * file with problems tells each problem once, in Vietnamese, by the column's Vietnamese header.
 * The indicator page in English shows the English note and a source's issuer apart from the
 * newspaper it was read in. Real Chromium, built app, real server, fresh database.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wholePageScreenshot } from '../support/artifacts.js';
import { people } from '../support/people.js';

const site = people();
const { signedIn } = site;

/** Clicks a download link and reads the first two rows of the workbook's figures sheet. */
async function downloadHeaderRows(page: Page, linkName: string): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('figures')!;
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1, 5).map(String);
  return [row(1), row(2)];
}

describe('spreadsheets in the analyst’s language', () => {
  it('downloads the template headed in Vietnamese, or in English, above the machine names', async () => {
    const analyst = await signedIn('analyst', '/import');
    expect(await downloadHeaderRows(analyst, 'Tải mẫu Excel (.xlsx)')).toEqual([
      ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Loại số liệu', 'Đơn vị hành chính'],
      ['indicator_code', 'indicator_name', 'kind', 'org_unit'],
    ]);
    await analyst.goto(`${site.server.url}/import?lang=en`);
    expect(await downloadHeaderRows(analyst, 'Download the Excel template (.xlsx)')).toEqual([
      ['Indicator code', 'Indicator name', 'Kind of figure', 'Administrative unit'],
      ['indicator_code', 'indicator_name', 'kind', 'org_unit'],
    ]);
  });

  it('tells each problem of a file once, in Vietnamese, by its column', async () => {
    const analyst = await signedIn('analyst', '/import');
    const csv = [
      'Mã chỉ tiêu,Năm,Tử số,Mẫu số,Giá trị,Thứ hạng,Trên tổng số,Mã văn bản nguồn',
      'indicator_code,year,numerator,denominator,value,position,out_of,source_id',
      'khong-co,2021,,,,,,1',
      'bluezone-install-rate,2021,nhiều,520000,,,,1',
      'egov-rank,2021,,,20,,63,1',
    ].join('\r\n');
    await analyst.getByLabel('Tệp số liệu (.xlsx hoặc .csv)').setInputFiles({ name: 'co-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await analyst.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const table = analyst.getByRole('table');
    await table.waitFor({ timeout: 15_000 });
    const details = async (row: string) =>
      (
        await table
          .locator('tr', { has: analyst.getByRole('rowheader', { name: row, exact: true }) })
          .locator('.plan-details li')
          .allInnerTexts()
      ).map((text) => text.trim());
    expect(await details('3')).toEqual(['✖ Mã chỉ tiêu: Không có chỉ tiêu mã “khong-co”.']);
    expect(await details('4')).toEqual(['✖ Tử số: “nhiều” không phải là số.']);
    expect(await details('5')).toEqual(['✖ Giá trị: Chỉ tiêu loại thứ hạng không dùng cột này: hãy điền Thứ hạng, Trên tổng số.']);
    await table.scrollIntoViewIfNeeded();
    await wholePageScreenshot(analyst, 'import-dry-run-vietnamese.png');
  });

  it('shows a reader of English the English note, and a source’s issuer apart from where it was published', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/indicators/dti-rank?year=2020&lang=en`);
    const notes = page.locator('section', { has: page.getByRole('heading', { name: 'Notes and data-quality warnings' }) });
    await notes.getByText('Pillars: digital government 18, digital economy 8, digital society 24.').waitFor({ timeout: 15_000 });
    expect(await notes.innerText()).not.toContain('Trụ cột');
    const sources = page.locator('section', { has: page.getByRole('heading', { name: 'Sources of the figures' }) });
    const dti2020 = sources.locator('li', { hasText: 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020' });
    expect(await dti2020.locator('.source-doc__issuer').innerText()).toBe('Issued by Bộ Thông tin và Truyền thông');
    expect(await dti2020.locator('.source-doc__publisher').innerText()).toBe('Published in Báo Lạng Sơn (baolangson.vn)');
    await sources.scrollIntoViewIfNeeded();
    await wholePageScreenshot(page, 'indicator-sources-english.png');
  });
});
