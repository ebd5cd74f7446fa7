/**
 * A new indicator, the whole way in real Chromium on the built app, in Vietnamese: approver A adds
 * a new indicator in the catalogue editor (first refused by field for a missing English name);
 * approver B, not its author, publishes it. An analyst finds it in the entry list and enters its
 * first figure with a source; approver A publishes that figure. The figure is then on the
 * overview's card, on the indicator's page, and on a meeting-room screen an admin makes for it in
 * the screen editor. No step touches code: the indicator is data.
 */
import { describe, expect, it } from 'vitest';
import { artifact, wholePageScreenshot } from '../support/artifacts.js';
import { appReady, FULL_HD } from '../support/browser.js';
import { createAccount, signIn } from '../support/kpi-api.js';
import { people } from '../support/people.js';

const ADMIN_PASSWORD = 'e2e-new-indicator-admin-password';
const PASSWORD = 'e2e-new-indicator-user-password';
const CODE = 'digital-signature-holders';
const NAME = 'Số người dân có chữ ký số cá nhân';
const YEAR = 2024;
/** 12,500 people, as Vietnamese writes it. */
const FIGURE = '12.500';
const LOCATOR = 'Trang 2, bảng 1';

const site = people({
  adminPassword: ADMIN_PASSWORD,
  password: PASSWORD,
  async setUp(server) {
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    await createAccount(admin, 'analyst-c', 'analyst', PASSWORD);
    await createAccount(admin, 'approver-a', 'approver', PASSWORD);
    await createAccount(admin, 'approver-b', 'approver', PASSWORD);
  },
});
const { signedIn } = site;

describe('a new indicator, from the catalogue to the meeting room', () => {
  it('is added by one approver and published by another', async () => {
    const page = await signedIn('approver-a', '/');
    await page.getByRole('navigation').getByRole('link', { name: 'Danh mục chỉ tiêu' }).click();
    await page.waitForURL((url) => url.pathname === '/catalogue');
    const bluezone = page.getByRole('row', { name: /bluezone-install-rate/ });
    await bluezone.getByText('Đã công bố').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: artifact('catalogue-list-vi-1366.png') });

    await page.getByRole('link', { name: 'Thêm chỉ tiêu' }).click();
    await page.waitForURL((url) => url.pathname === '/catalogue/new');
    const form = page.getByRole('form', { name: 'Định nghĩa chỉ tiêu' });
    await form.getByLabel('Mã chỉ tiêu').fill(CODE);
    await form.getByLabel('Tên (tiếng Việt)').fill(NAME);
    await form.getByLabel('Nhóm chỉ tiêu').selectOption('digital-society');
    await form.getByLabel('Loại chỉ tiêu').selectOption('value');
    await form.getByLabel('Đơn vị tính').selectOption('count');
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    // The English name is missing: said beside its field, in Vietnamese, before anything is sent.
    const english = form.getByLabel('Tên (tiếng Anh)');
    await expect.poll(() => english.getAttribute('aria-invalid')).toBe('true');
    const messages = await english.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${messages}"]`).innerText()).toContain('Bắt buộc nhập.');
    await english.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('catalogue-field-error-vi-1366.png') });

    await english.fill('Citizens with a personal digital signature');
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.waitForURL((url) => url.pathname === `/catalogue/${CODE}`, { timeout: 10_000 });
    await page.getByText('Bạn là người soạn bản nháp này: cần một người duyệt khác công bố hoặc trả lại.').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Công bố' }).count()).toBe(0);

    // Four eyes: approver B publishes what A wrote.
    const other = await signedIn('approver-b', `/catalogue/${CODE}`);
    await other.getByText('Bản nháp của approver-a, chờ duyệt').waitFor({ timeout: 10_000 });
    await other.getByRole('button', { name: 'Công bố' }).click();
    await other.getByText('Đã công bố định nghĩa.').waitFor({ timeout: 10_000 });
  });

  it('takes its first figure with a source from an analyst, and another user publishes it', async () => {
    const analyst = await signedIn('analyst-c', `/entry?year=${YEAR}`);
    // The entry list offers the new indicator among its group's, with nothing entered yet.
    await analyst.getByRole('link', { name: NAME }).click();
    await analyst.waitForURL((url) => url.pathname === `/entry/${CODE}/${YEAR}`);
    await analyst.getByLabel('Giá trị', { exact: true }).fill(FIGURE);
    await analyst.getByText('Đọc là 12.500').first().waitFor({ timeout: 5_000 });
    // Without a source the figure is refused, by field, before anything is sent.
    await analyst.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const source = analyst.getByLabel('Văn bản nguồn', { exact: true });
    await expect.poll(() => source.getAttribute('aria-invalid')).toBe('true');
    await source.selectOption({ index: 1 });
    await analyst.getByLabel('Vị trí trong văn bản').fill(LOCATOR);
    await analyst.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await analyst.getByText('Đã lưu bản nháp').first().waitFor({ timeout: 10_000 });
    await wholePageScreenshot(analyst, 'new-indicator-entry-saved.png');

    const approver = await signedIn('approver-a', '/approval');
    const draft = approver.locator('article.draft', { has: approver.getByRole('heading', { name: new RegExp(NAME) }) });
    await draft.waitFor({ timeout: 10_000 });
    expect(await draft.innerText()).toContain(LOCATOR);
    await draft.getByRole('button', { name: 'Công bố' }).click();
    await approver.getByRole('dialog').getByRole('button', { name: 'Công bố' }).click();
    await approver.getByText('Không có bản nháp nào chờ duyệt.').waitFor({ timeout: 10_000 });
  });

  it('shows the figure on the overview card and on its page', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/?year=${YEAR}`);
    await appReady(page);
    const card = page.locator('article.card', { has: page.getByRole('heading', { level: 3, name: NAME }) });
    await card.locator('.figure__value', { hasText: FIGURE }).waitFor({ timeout: 10_000 });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('new-indicator-overview.png') });

    await card.getByRole('link', { name: NAME }).click();
    await page.waitForURL((url) => url.pathname === `/indicators/${CODE}`);
    await page.getByRole('heading', { level: 2, name: NAME }).waitFor({ timeout: 10_000 });
    await page.locator('.indicator-detail__top .figure__value', { hasText: FIGURE }).waitFor({ timeout: 10_000 });
    const row = page.locator('table.series-table tbody tr', { has: page.getByRole('rowheader', { name: String(YEAR) }) });
    expect(await row.innerText()).toContain(FIGURE);
    await wholePageScreenshot(page, 'new-indicator-page.png');
  });

  it('is on a meeting-room screen an admin makes for it in the screen editor', async () => {
    const page = await signedIn('admin', '/admin/screens');
    const form = page.getByRole('form', { name: 'Tạo màn hình' });
    await form.getByLabel('Tên màn hình').fill('Phòng họp chữ ký số');
    const adder = form.getByRole('group', { name: 'Thêm trang chiếu' });
    await adder.getByRole('combobox', { name: 'Loại trang chiếu mới' }).selectOption({ label: 'Một chỉ tiêu' });
    await adder.getByRole('button', { name: 'Thêm trang chiếu' }).click();
    // The new indicator is a choice of the slide like any other; the headline slide goes.
    await form.getByRole('combobox', { name: 'Chỉ tiêu (trang 2)' }).selectOption({ label: NAME });
    await form.getByRole('button', { name: 'Bỏ trang 1' }).click();
    await form.getByRole('button', { name: 'Tạo màn hình' }).click();
    const url = await page.getByLabel('Đường dẫn để mở trên màn hình').inputValue({ timeout: 10_000 });
    expect(url).toMatch(/\/screen\/\d+\?token=/);

    const screen = await site.newPage({ viewport: FULL_HD });
    await screen.goto(url);
    await screen.getByRole('heading', { level: 2, name: NAME }).waitFor({ timeout: 10_000 });
    await screen.locator('.screen__page:not([hidden]) .figure__value', { hasText: FIGURE }).waitFor({ timeout: 10_000 });
    await screen.screenshot({ path: artifact('new-indicator-screen.png') });
  });
});
