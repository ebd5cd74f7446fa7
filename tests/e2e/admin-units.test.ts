/**
 * The admin's administrative units in real Chromium on the built app: the 65 communes and wards of
 * 1/7/2025 listed with whether each name was checked against the resolution; an admin marks one
 * checked, shows the former units a commune was made of, and adds a unit (a bad code refused by
 * field, in Vietnamese, before anything is sent); and imports units from a file, seeing the dry run
 * (a refused row by column and why, then the fixed file's new and changed units) before applying it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../support/accounts.js';
import { artifact, wholePageScreenshot } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openUnitsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/admin/units')}`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/units');
  return page;
}

/** A CSV as Excel saves it ("CSV UTF-8"), headed as the Vietnamese download is. */
const unitsCsv = (...rows: string[]) =>
  Buffer.from(`\uFEFFMã đơn vị,Tên đơn vị,Loại đơn vị,Trực thuộc (mã hoặc tên),Hiệu lực từ ngày,Ghi chú\r\n${rows.join('\r\n')}\r\n`, 'utf8');

describe('administrative units', () => {
  it('lists the 65 units in force, marks a name checked, shows former units and adds a unit', async () => {
    const page = await openUnitsPage();

    await page.getByText('65 xã, phường đang có hiệu lực (84 đơn vị, kể cả tỉnh và đơn vị cũ)').waitFor({ timeout: 10_000 });
    const ward = page.getByRole('row', { name: /Phường Tam Thanh/ });
    await ward.getByText('Chưa đối chiếu văn bản').waitFor();
    await expect(ward.getByRole('cell').first().textContent()).resolves.toBe('tam-thanh');
    await page.getByRole('button', { name: 'Đánh dấu tên “Tam Thanh” đã đối chiếu' }).click();
    await ward.getByText('Đã đối chiếu văn bản').waitFor({ timeout: 5_000 });

    const locBinh = page.getByRole('row', { name: /^Xã Lộc Bình/ });
    await locBinh.getByText('Hợp thành từ: Đồng Bục, Hữu Khánh, Khánh Xuân, Lộc Bình').waitFor();
    expect(await page.getByRole('row', { name: /Thị trấn Lộc Bình/ }).count()).toBe(0);
    await page.getByLabel('Hiện cả đơn vị cũ (trước 1/7/2025)').check();
    await page
      .getByRole('row', { name: /Thị trấn Lộc Bình/ })
      .getByText('đến 30/06/2025')
      .waitFor();

    const form = page.getByRole('form', { name: 'Thêm đơn vị' });
    await form.getByLabel('Tên', { exact: true }).fill('Thử Nghiệm');
    await form.getByLabel('Mã').fill('Thử Nghiệm');
    await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await form.getByText('Mã đơn vị: chữ thường không dấu, số và gạch ngang, ví dụ tam-thanh.').waitFor();
    await form.getByLabel('Mã').fill('thu-nghiem');
    await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await form.getByText('Đã thêm Xã Thử Nghiệm.').waitFor({ timeout: 5_000 });
    await page.getByText('66 xã, phường đang có hiệu lực (85 đơn vị, kể cả tỉnh và đơn vị cũ)').waitFor({ timeout: 5_000 });
    await page.screenshot({ path: artifact('admin-units-new-vi-1366.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifact('admin-units-vi-1366.png') });
  });

  it('imports units from a file: the dry run first, refused rows by column, then the change applied', async () => {
    const page = await openUnitsPage();
    const panel = page.getByRole('region', { name: 'Tệp đơn vị hành chính' });
    await panel.getByRole('link', { name: 'Tải danh sách (XLSX)' }).waitFor({ timeout: 10_000 });
    const input = panel.getByLabel('Tệp để nhập (.xlsx hoặc .csv)');

    await input.setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: unitsCsv('xa-tep-moi,Tệp Mới,làng,Lạng Sơn,01/01/2026,') });
    await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const refused = panel.getByRole('row', { name: /xa-tep-moi/ });
    await refused.getByText('Bị từ chối').waitFor({ timeout: 10_000 });
    await refused.getByText(/Loại đơn vị: “làng” không phải loại đơn vị/).waitFor();
    expect(await panel.getByRole('button', { name: /Áp dụng/ }).count()).toBe(0);

    await input.setInputFiles({
      name: 'don-vi.csv',
      mimeType: 'text/csv',
      buffer: unitsCsv('xa-tep-moi,Tệp Mới,Xã,Lạng Sơn,01/01/2026,', 'tan-doan,Tân Đoàn,Xã,lang-son,01/07/2025,Đã sửa từ tệp'),
    });
    await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await panel
      .getByRole('row', { name: /Xã Tệp Mới/ })
      .getByText(/✚\s*Mới/)
      .waitFor({ timeout: 10_000 });
    await panel
      .getByRole('row', { name: /Xã Tân Đoàn/ })
      .getByText(/Ghi chú: .* → Đã sửa từ tệp/)
      .waitFor();
    await wholePageScreenshot(page, 'admin-units-file-plan-vi-1366.png');
    await panel.getByRole('button', { name: 'Áp dụng 2 thay đổi' }).click();
    await panel.getByRole('status').getByText('Đã áp dụng: 1 đơn vị mới, 1 đơn vị thay đổi.').waitFor({ timeout: 10_000 });
    // The list above reloads with the new commune in it.
    await page.getByRole('row', { name: /^Xã Tệp Mới/ }).waitFor({ timeout: 5_000 });
  });
});
