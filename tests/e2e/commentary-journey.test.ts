/**
 * "What we will do about it": an analyst writes the year's analysis and an action with
 * a due date on the entry page, another approver publishes it from the approval queue, and an
 * anonymous reader finds it on the indicator page, the overdue action said in words.
 * Real Chromium, built app, real server, fresh seeded database. Screenshots of the editor and the section.
 */
import { describe, expect, it } from 'vitest';
import { artifact } from '../support/artifacts.js';
import { appReady, scrollThrough } from '../support/browser.js';
import { people } from '../support/people.js';

const CODE = 'bluezone-install-rate';
const NAME = 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone';

const site = people();
const { signedIn } = site;

describe('analysis and actions, from the analyst to the reader', () => {
  it('is written, published with four eyes, and shown to an anonymous reader', async () => {
    const analyst = await signedIn('analyst', `/entry/${CODE}/2020`);
    const editor = analyst.locator('section', { has: analyst.getByRole('heading', { level: 2, name: 'Phân tích và hành động' }) });
    await editor.getByText('Chưa có phân tích nào cho năm này.').waitFor({ timeout: 10_000 });
    await editor
      .getByLabel('Phân tích (điều đã xảy ra)')
      .fill('Tỷ lệ cài đặt chậm lại sau đợt dịch.\n\nCác xã vùng cao còn thấp vì thiếu điện thoại thông minh.');
    await editor.getByRole('button', { name: 'Thêm hành động' }).click();
    const action = editor.getByRole('group', { name: 'Hành động 1' });
    await action.getByLabel('Việc sẽ làm').fill('Vận động cài đặt tại các xã vùng cao');
    await action.getByLabel('Ai phụ trách').fill('Phòng Bưu chính, Viễn thông');
    await action.getByLabel('Thời hạn (để trống nếu thường xuyên)').fill('2021-06-30');
    await editor.screenshot({ path: artifact('commentary-editor-vi.png') });
    await editor.getByRole('button', { name: 'Lưu phân tích (bản nháp)' }).click();
    await editor.getByRole('status').getByText('Đã lưu phân tích thành bản nháp, chờ người duyệt công bố.').waitFor();
    await editor.getByText('Bản nháp của analyst đang chờ duyệt.').waitFor();

    // Nothing public yet.
    const early = await fetch(`${site.server.url}/api/indicators/${CODE}/commentary/2020`);
    expect((await early.json()).commentary).toBeNull();

    const approver = await signedIn('approver', '/approval');
    const item = approver.locator('article', { has: approver.getByRole('heading', { level: 3, name: `Phân tích: ${NAME}, năm 2020` }) });
    await item.getByText('Các xã vùng cao còn thấp vì thiếu điện thoại thông minh.').waitFor({ timeout: 10_000 });
    await item.getByRole('button', { name: 'Công bố', exact: true }).click();
    const dialog = approver.getByRole('dialog', { name: `Công bố phân tích và hành động của “${NAME}” năm 2020?` });
    await dialog.getByRole('button', { name: 'Công bố', exact: true }).click();
    await approver.getByText(`Đã công bố phân tích của “${NAME}” năm 2020.`).waitFor();

    const reader = await site.newPage();
    await reader.goto(`${site.server.url}/indicators/${CODE}?year=2020`);
    // The section loads as the reader comes near it.
    await appReady(reader);
    await scrollThrough(reader);
    const section = reader.locator('section', { has: reader.getByRole('heading', { level: 3, name: 'Phân tích và hành động năm 2020' }) });
    await section.getByText('Tỷ lệ cài đặt chậm lại sau đợt dịch.').waitFor({ timeout: 10_000 });
    const row = section.getByRole('row', { name: /Vận động cài đặt tại các xã vùng cao/ });
    expect((await row.innerText()).replace(/\s+/g, ' ').trim()).toBe('Vận động cài đặt tại các xã vùng cao Phòng Bưu chính, Viễn thông 30/06/2021 ⚠ Quá hạn');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: artifact('commentary-indicator-section-vi.png') });
  });
});
