/**
 * The admin's screen editor in real Chromium on the built app: an admin sets a screen to show 2020
 * and adds a slide through the add control; the screen, open all along, turns to 2020's figures
 * (the DTI rank 16 of 2020, not 4 of 2023, the latest year) with the new slide in its rotation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../support/accounts.js';
import { artifact, wholePageScreenshot } from '../support/artifacts.js';
import { createScreen, signIn, type IssuedScreen } from '../support/kpi-api.js';
import { FULL_HD } from '../support/browser.js';
import { people } from '../support/people.js';

const DTI = 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)';
/** The slide on show: every slide of the playlist stays mounted, the others `hidden`. */
const SHOWN = '.screen__page:not([hidden])';

let issued: IssuedScreen;

const site = people({
  async setUp(server) {
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    // Turned by hand (advance=manual), so the test decides which slide is on show.
    issued = await createScreen(admin, { name: 'Phòng họp tầng 2', secondsPerSlide: 600, playlist: [{ type: 'headline' }] });
  },
});

const slideCount = (page: Page) => page.evaluate(() => window.__screen?.count ?? 0);

describe('the screen editor', () => {
  it('sets a screen to 2020 and adds a slide, and the open screen follows', async () => {
    const wall = await site.newPage({ viewport: FULL_HD });
    await wall.goto(`${site.server.url}${issued.url}&advance=manual`);
    // Before: the latest year with published data, one slide.
    await wall.getByRole('heading', { name: 'Kết quả nổi bật năm 2023' }).waitFor({ timeout: 10_000 });
    expect(await slideCount(wall)).toBe(1);

    const page = await site.signedIn('admin', '/admin/screens');
    const row = page.getByRole('row', { name: /Phòng họp tầng 2/ });
    await row.getByText('Năm mới nhất có số liệu (hiện là 2023)').waitFor();
    await page.getByRole('button', { name: 'Sửa màn hình Phòng họp tầng 2' }).click();

    const form = page.getByRole('form', { name: 'Sửa màn hình “Phòng họp tầng 2”' });
    const year = form.getByRole('combobox', { name: 'Năm hiển thị' });
    expect(await year.locator('option:checked').innerText()).toBe('Năm mới nhất có số liệu (hiện là 2023)');
    await year.selectOption('2020');

    const adder = form.getByRole('group', { name: 'Thêm trang chiếu' });
    await adder.getByRole('combobox', { name: 'Loại trang chiếu mới' }).selectOption({ label: 'Một chỉ tiêu' });
    await adder.getByRole('button', { name: 'Thêm trang chiếu' }).click();
    // The new slide is in the list, with focus on the setting it still needs.
    const indicator = form.getByRole('group', { name: 'Trang 2' }).getByRole('combobox', { name: 'Chỉ tiêu (trang 2)' });
    expect(await indicator.evaluate((element) => element === document.activeElement)).toBe(true);
    await indicator.selectOption({ label: DTI });
    await form.screenshot({ path: artifact('screen-editor.png') });

    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('status').getByText('Đã lưu màn hình “Phòng họp tầng 2”.').waitFor();
    await row.getByText('Năm 2020').waitFor();
    expect(await row.innerText()).toContain(`2 trang: Kết quả nổi bật của năm; Chỉ tiêu: ${DTI}`);
    await wholePageScreenshot(page, 'screen-editor-list.png');

    // The open screen takes the change over its event stream: 2020's figures, two slides.
    await wall.getByRole('heading', { name: 'Kết quả nổi bật năm 2020' }).waitFor({ timeout: 10_000 });
    expect(await slideCount(wall)).toBe(2);
    await wall.screenshot({ path: artifact('screen-editor-wall-headline.png') });
    await wall.evaluate(() => window.__screen!.advance());
    const shown = wall.locator(SHOWN);
    await shown.getByRole('heading', { name: DTI }).waitFor({ timeout: 5_000 });
    const text = await shown.innerText();
    // The figure of 2020 (16th of 63), not that of 2023, the latest year (4th).
    expect(text).toMatch(/^16\/63$/m);
    expect(text).not.toMatch(/^6\/63$/m);
    await wall.screenshot({ path: artifact('screen-editor-wall-dti.png') });
  });
});
