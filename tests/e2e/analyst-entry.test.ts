/**
 * An analyst signs in, enters 2021 figures for a ratio indicator and watches the rate computed,
 * saves a draft the overview does not show; an approver publishes it; the leader's overview and
 * chart show it. Real Chromium, built app, real server, fresh database.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wholePageScreenshot } from '../support/artifacts.js';
import { drawnText, FULL_HD } from '../support/browser.js';
import { people } from '../support/people.js';

const site = people();
const { signedIn } = site;

const bluezoneCard = (page: Page) =>
  page.locator('article', { has: page.getByRole('heading', { name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone' }) });

describe('from entry to the overview', () => {
  it('computes the rate as the analyst types, keeps the draft private, and shows it once an approver publishes', async () => {
    const analyst = await signedIn('analyst', '/entry/bluezone-install-rate/2021');
    await analyst.getByLabel('Tử số').fill('160.000');
    await analyst.getByLabel('Mẫu số').fill('520.000');
    // 160,000 / 520,000 = 30.769…%, shown live in Vietnamese format.
    await analyst.getByText('30,77%').first().waitFor({ timeout: 2000 });
    await analyst.getByLabel('Văn bản nguồn', { exact: true }).selectOption({ index: 1 });
    await analyst.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await analyst.getByText('Đã lưu bản nháp').first().waitFor();
    await wholePageScreenshot(analyst, 'entry-draft-saved.png');

    // The public overview still shows the 2020 figure.
    const leader = await site.newPage({ viewport: FULL_HD });
    await leader.goto(`${site.server.url}/?year=2021`);
    await bluezoneCard(leader).getByText('29,67%').first().waitFor();
    expect(await drawnText(bluezoneCard(leader))).not.toContain('30,77%');

    const approver = await signedIn('approver', '/approval');
    await approver.getByRole('button', { name: 'Công bố' }).first().click();
    await approver.getByRole('dialog').getByRole('button', { name: 'Công bố' }).click();
    await approver.getByText('Không có bản nháp nào chờ duyệt.').waitFor();

    await leader.reload();
    await bluezoneCard(leader).getByText('30,77%').first().waitFor();
    // The chart now has a 2021 point: its accessible table lists the year.
    expect(await drawnText(bluezoneCard(leader).locator('table'))).toContain('2021');
    await wholePageScreenshot(leader, 'overview-2021-after-publish.png');
  });

  it('imports a spreadsheet, then leads the analyst to the entry page, not to an approval page they may not open', async () => {
    const analyst = await signedIn('analyst', '/import');
    const csv = 'indicator_code,year,numerator,denominator,source_id\r\nbluezone-install-rate,2022,170000,520000,1\r\n';
    await analyst.getByLabel('Tệp số liệu (.xlsx hoặc .csv)').setInputFiles({ name: 'bluezone-2022.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await analyst.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await analyst.getByRole('button', { name: 'Nhập 1 dòng' }).click();
    const next = analyst.getByRole('link', { name: 'Xem các bản nháp ở trang nhập số liệu' });
    await next.waitFor({ timeout: 10_000 });
    await next.click();
    await analyst.waitForURL((url) => url.pathname === '/entry');
    await analyst.locator('main h1, main h2').first().waitFor();
    expect(await analyst.locator('main').innerText()).not.toMatch(/Không có quyền|không tìm thấy/i);
  });

  it('opens entry on the year the overview shows, and the overview on the year entry shows', async () => {
    const analyst = await signedIn('analyst', '/?year=2021');
    await analyst.getByRole('link', { name: 'Nhập số liệu' }).click();
    await analyst.waitForURL((url) => url.pathname === '/entry');
    expect(await analyst.getByRole('banner').getByLabel('Năm', { exact: true }).inputValue()).toBe('2021');
    await analyst.getByRole('banner').getByLabel('Năm', { exact: true }).selectOption('2019');
    await analyst.waitForURL(/[?&]year=2019/);
    await analyst.getByRole('link', { name: 'Tổng quan' }).click();
    await analyst.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => analyst.getByRole('banner').getByLabel('Năm', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('2019');
  });
});
