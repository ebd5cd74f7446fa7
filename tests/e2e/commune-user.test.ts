/**
 * A commune user, end to end: the admin creates, in the browser, an analyst account limited to
 * Tam Thanh ward; that user sees the ward beside their name (opening the ward's overview) and its
 * figure due in their inbox, drafts the ward's figure from the entry list, finds the page for
 * another unit opening their own instead and a province-only indicator's page saying why it has no
 * form, and has a row of another unit refused in an import. Real Chromium, built app, real server,
 * fresh database.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/accounts.js';
import { artifact, wholePageScreenshot } from '../support/artifacts.js';
import { people } from '../support/people.js';

const site = people({ viewport: { width: 1280, height: 900 } });
const { signedIn } = site;

async function adminCreatesCommuneUser(): Promise<void> {
  const admin = await signedIn('admin', '/admin/users');
  const form = admin.getByRole('form', { name: 'Tạo tài khoản' });
  await form.waitFor();
  await form.getByLabel('Tên đăng nhập').fill('tam-thanh.hoa');
  await form.getByLabel('Họ và tên').fill('Phạm Thị Hoa');
  await form.getByLabel('Mật khẩu ban đầu (ít nhất 10 ký tự)').fill(PASSWORD);
  await form.getByLabel('Xã, phường').selectOption({ label: 'Phường Tam Thanh' });
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await form.getByText('Đã tạo tài khoản tam-thanh.hoa.').waitFor();
  await wholePageScreenshot(admin, 'commune-user-created.png');
}

const bluezone = (page: Page) => page.getByRole('link', { name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone' });

describe('a commune user', () => {
  it('is created by the admin with its ward, and drafts that ward’s figures only', async () => {
    await adminCreatesCommuneUser();
    const hoa = await signedIn('tam-thanh.hoa', '/inbox');
    await hoa.getByRole('navigation').getByText('· Phường Tam Thanh').waitFor();
    // Her ward's 2025 figure (due 15 January 2026) is hers, with no line in the reporting calendar.
    const enterIt = hoa.getByRole('main').getByRole('link', { name: /Nhập số liệu/ });
    expect(await enterIt.getAttribute('href')).toBe('/entry/bluezone-install-rate/2025?unit=tam-thanh');
    expect(await enterIt.count()).toBe(1);
    await hoa.screenshot({ path: artifact('commune-user-inbox.png'), fullPage: false });
    // Her ward's name beside hers opens the overview switched to the ward.
    await hoa.getByRole('navigation').getByRole('link', { name: 'Phường Tam Thanh' }).click();
    await hoa.waitForURL((url) => url.pathname === '/' && url.searchParams.get('unit') === 'tam-thanh');
    await hoa.getByText('Đang xem: Phường Tam Thanh').waitFor();
    await hoa.screenshot({ path: artifact('commune-user-overview.png'), fullPage: false });
    await hoa.goto(`${site.server.url}/entry`);
    await hoa.getByText('Tài khoản của bạn nhập số liệu cho Phường Tam Thanh: mỗi chỉ tiêu mở số liệu của đơn vị này.').waitFor();
    await hoa.getByRole('banner').getByLabel('Năm', { exact: true }).selectOption('2025');
    await bluezone(hoa).click();
    await hoa.waitForURL((url) => url.pathname === '/entry/bluezone-install-rate/2025' && url.searchParams.get('unit') === 'tam-thanh');
    await hoa.getByText('Số liệu của Phường Tam Thanh, không phải của cả tỉnh').waitFor();
    await hoa.getByLabel('Tử số').fill('6.500');
    await hoa.getByLabel('Mẫu số').fill('9.800');
    await hoa.getByLabel('Văn bản nguồn', { exact: true }).selectOption({ index: 1 });
    await hoa.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await hoa.getByText('Đã lưu bản nháp').first().waitFor();
    await wholePageScreenshot(hoa, 'commune-user-draft.png');

    // The list now says the ward's figure waits for approval.
    await hoa.goto(`${site.server.url}/entry?year=2025`);
    const item = hoa.locator('li', { has: bluezone(hoa) });
    await item.getByText('Bản nháp chờ duyệt').waitFor();
    await hoa.screenshot({ path: artifact('commune-user-list.png'), fullPage: false });

    // Another unit's address opens the user's own ward, and says why.
    await hoa.goto(`${site.server.url}/entry/bluezone-install-rate/2025?unit=tan-doan`);
    await hoa.getByText('Tài khoản của bạn chỉ nhập số liệu cho Phường Tam Thanh, nên trang này mở số liệu của Phường Tam Thanh.').waitFor();
    await hoa.getByText('Số liệu của Phường Tam Thanh, không phải của cả tỉnh').waitFor();
    // The server agrees: a draft for another unit is refused outright.
    const refused = await hoa.request.put(`${site.server.url}/api/indicators/bluezone-install-rate/observations/2025?unit=tan-doan`, {
      data: { kind: 'ratio', numerator: 1, denominator: 2, version: 0, sourceId: 1 },
      headers: { origin: site.server.url },
    });
    expect(refused.status()).toBe(403);

    // A province-only indicator by its address: why there is no form, in Vietnamese, and the way back.
    await hoa.goto(`${site.server.url}/entry/dti-rank/2025`);
    const panel = hoa.getByRole('alert').filter({ hasText: 'Không nhập được số liệu này cho Phường Tam Thanh' });
    await panel.getByText('Chỉ tiêu này chỉ có số liệu cấp tỉnh (định nghĩa không tổng hợp từ xã, phường).').waitFor();
    expect(await panel.getByRole('link', { name: '← Danh sách chỉ tiêu' }).getAttribute('href')).toBe('/entry?year=2025');
    await hoa.screenshot({ path: artifact('commune-user-province-only.png'), fullPage: false });
  });

  it('imports the ward’s rows and has a row of another unit refused by its column', async () => {
    const hoa = await signedIn('tam-thanh.hoa', '/import');
    await hoa.getByText(/^Tài khoản của bạn nhập số liệu cho Phường Tam Thanh: dòng để trống cột org_unit/).waitFor();
    const csv = [
      'indicator_code,org_unit,year,numerator,denominator,source_id',
      'bluezone-install-rate,,2024,10,20,1',
      'bluezone-install-rate,Tân Đoàn,2025,10,20,1',
    ].join('\r\n');
    await hoa.getByLabel('Tệp số liệu (.xlsx hoặc .csv)').setInputFiles({ name: 'tam-thanh.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await hoa.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const table = hoa.getByRole('table');
    await table.waitFor({ timeout: 30_000 });
    const details = (row: string) =>
      table
        .locator('tr', { has: hoa.getByRole('rowheader', { name: row, exact: true }) })
        .locator('.plan-details li')
        .allInnerTexts();
    // Tam Thanh ward stands from 1/7/2025: the row without a unit is the ward's, so 2024 is refused for that.
    expect(await details('2')).toEqual(['✖ Đơn vị hành chính: Đơn vị này không tồn tại trong năm của số liệu.']);
    expect(await details('3')).toEqual([
      '✖ Đơn vị hành chính: Tài khoản của bạn chỉ nhập số liệu cho Phường Tam Thanh (tam-thanh), không cho Xã Tân Đoàn (tan-doan).',
    ]);
    await table.scrollIntoViewIfNeeded();
    await hoa.screenshot({ path: artifact('commune-user-import.png'), fullPage: false });
  });
});
