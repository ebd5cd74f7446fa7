/**
 * An approver with the keyboard alone: opens the approval page from the header, reads the evidence
 * on a draft's card, publishes it through a confirmation that names the figure, and moves on to
 * another page; focus is asserted after each step. An analyst prepares the draft through the API,
 * with a source, its locator and quoted text, and the scanned document attached.
 * Real Chromium, built app, real server, fresh database.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, PASSWORD } from '../support/accounts.js';
import { artifact } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { send, signIn } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

const NAME = 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 0x20), Buffer.from('\n%%EOF')]);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  const analyst = await signIn(server.url, 'analyst', PASSWORD);
  const source = await send<{ id: number }>(
    analyst,
    'POST',
    '/api/sources',
    { number: '12/BC-STTTT', title: 'Báo cáo kết quả Bluezone năm 2021', kind: 'report' },
    201,
  );
  const form = new FormData();
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'Báo cáo 12.pdf');
  const upload = await fetch(`${server.url}/api/sources/${source.id}/file`, { method: 'POST', headers: { cookie: analyst.cookie }, body: form });
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  await send(analyst, 'PUT', '/api/indicators/bluezone-install-rate/observations/2021', {
    kind: 'ratio',
    numerator: 160000,
    denominator: 520000,
    version: 0,
    sourceId: source.id,
    locator: 'Trang 3, bảng 2',
    publishedText: '160.000/520.000 điện thoại, đạt 30,77%',
  });
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What has focus, as a screen reader would name it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim() ?? '', role: el?.getAttribute('role') ?? null };
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target.toString()}`);
}

describe('the approver’s keyboard', () => {
  it('reads the evidence, publishes through a named confirmation, and focus lands where the work is', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/sign-in`);
    // The sign-in form starts on the username; no mouse from here on.
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect((await focused(page)).tag).toBe('input');
    await page.keyboard.type('approver');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');

    // The header's link to the queue; following it puts focus on the page's heading.
    const banner = page.getByRole('banner');
    await tabTo(page, banner.getByRole('link', { name: 'Duyệt', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/approval');
    await expect.poll(() => focused(page), { timeout: 10_000 }).toMatchObject({ tag: 'h2', text: 'Duyệt số liệu' });

    // The card's evidence, read as it is on screen.
    const card = page.locator('article', { has: page.getByRole('heading', { level: 3, name: `${NAME} – năm 2021` }) });
    await card.waitFor({ timeout: 10_000 });
    const facts = await card.locator('dt').evaluateAll((dts) => Object.fromEntries(dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])));
    expect(facts).toMatchObject({
      'Bản nháp năm 2021': '30,77% (160.000/520.000)',
      // The 2020 report's figure, and the rate it printed.
      'Đã công bố năm 2020': '29,67% (154.231/519.755), công bố 29,71%',
      'Thay đổi': '+1,1 điểm % so với 2020',
      Nguồn: '12/BC-STTTT – Báo cáo kết quả Bluezone năm 2021',
      'Vị trí trong văn bản': 'Trang 3, bảng 2',
      // Within <q>: the browser draws the quotation marks.
      'Nguyên văn trong nguồn': '160.000/520.000 điện thoại, đạt 30,77%',
    });
    expect(facts['Người nhập']).toMatch(/^E2E analyst, \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    // The attached scan opens from the card, served by the app itself.
    const file = card.getByRole('link', { name: /^Mở tệp “Báo cáo 12\.pdf” \(3 kB\)$/ });
    await tabTo(page, file);
    const served = await page.request.get(new URL((await file.getAttribute('href'))!, server.url).href);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('application/pdf');
    await card.screenshot({ path: artifact('approval-card-evidence.png') });

    // Publish asks first, naming the figure; its answer has focus.
    await tabTo(page, card.getByRole('button', { name: 'Công bố' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Công bố ${NAME} năm 2021: 30,77%?` });
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Công bố' });
    expect(await dialog.getByRole('button', { name: 'Công bố' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: artifact('approval-publish-dialog.png') });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // Escape takes it back, with focus on the button that asked.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Công bố' });
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Enter');

    // What happened stays, and has focus; the card is gone from the queue.
    await expect.poll(() => focused(page), { timeout: 10_000 }).toMatchObject({ role: 'status', text: `✓ Đã công bố ${NAME} năm 2021: 30,77%.` });
    await page.getByText('Không có bản nháp nào chờ duyệt.').waitFor();
    await page.screenshot({ path: artifact('approval-published-status.png') });

    // Back to the overview through the header's link: focus on its heading.
    await tabTo(page, banner.getByRole('link', { name: 'Tổng quan' }), { back: true });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => focused(page), { timeout: 10_000 }).toMatchObject({ tag: 'h2', text: expect.stringMatching(/^Kết quả năm \d{4}$/) });

    // The skip link is still the first Tab stop of a page, and still leads into it.
    await page.goto(`${server.url}/approval`);
    await page.getByRole('heading', { level: 2, name: 'Duyệt số liệu' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Bỏ qua, đến nội dung chính' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  }, 120_000);
});
