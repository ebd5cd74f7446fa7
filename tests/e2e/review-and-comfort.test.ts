/**
 * Night mode and text size survive a reload; the yearly review reads in Vietnamese and English,
 * downloads as a .docx that opens and holds the figures, prints without the navigation; every
 * page is reachable by keyboard with a visible focus, and axe finds nothing serious. Real
 * Chromium, built app, real server, fresh database.
 */
import AxeBuilder from '@axe-core/playwright';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, PASSWORD } from '../support/accounts.js';
import { artifact } from '../support/artifacts.js';
import { appReady, launchBrowser, scrollThrough, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;
let phone: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  browser = await launchBrowser({ width: 1366, height: 900 });
  phone = await launchBrowser({ width: 390, height: 844 });
});
afterAll(async () => {
  await browser?.close();
  await phone?.close();
  await server?.stop();
});

const SERVICES = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';

/** axe's serious and critical findings on the page as it is, described for the failure message. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface Stop {
  /** Numbered on first focus, so two look-alike fields are still two stops. */
  id: string;
  name: string;
  outline: string;
}

/**
 * Tabs through the page until focus has gone all the way round (out of the page and back to a
 * stop already seen), recording each stop and its outline. Where the page put focus first (the
 * sign-in form focuses its first field) does not matter. Fails if focus stays put (a trap) or
 * never comes round.
 */
async function tabThrough(page: Page, limit = 150): Promise<Stop[]> {
  const stops: Stop[] = [];
  let wrapped = false;
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((n) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.tabStop ??= String(n);
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      return { id: el.dataset.tabStop, name, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    }, i);
    if (stop === null) {
      wrapped = true; // past the last stop: focus is in the browser's own UI
      continue;
    }
    if (wrapped && stops.some((s) => s.id === stop.id)) return stops;
    // A date field keeps focus over its day, month and year: stuck is more Tabs than that.
    if (stops.length >= 4 && stops.slice(-4).every((s) => s.id === stop.id)) throw new Error(`focus is stuck on ${stop.name}`);
    if (!stops.some((s) => s.id === stop.id)) stops.push(stop);
  }
  throw new Error(`focus did not come round after ${limit} Tabs: ${stops.map((s) => s.name).join(' → ')}`);
}

function expectVisibleFocus(stops: Stop[]) {
  expect(stops.length).toBeGreaterThan(3);
  expect(stops.map((s) => s.name)).toContain('a "Bỏ qua, đến nội dung chính"');
  const unringed = stops.filter((s) => !/^solid [3-9]/.test(s.outline));
  expect(unringed, 'every stop shows a solid focus outline of 3 px or more').toEqual([]);
}

describe('night mode and text size', () => {
  it('survive a reload, and the overview keeps its charts’ data as tables', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    await page.getByText(SERVICES).first().waitFor({ timeout: 10_000 });
    await appReady(page);
    expect(await page.getAttribute('html', 'data-theme')).toBe('light'); // the profile's system scheme

    const night = page.getByRole('button', { name: 'Chế độ tối' });
    await night.click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = 16 * 1; // at 1366 wide: clamp(16px, 0.45vw + 10px, 19px) = 16.1 px
    expect(await rootSize()).toBeGreaterThan(normal * 1.2);

    await page.reload();
    await page.getByText(SERVICES).first().waitFor({ timeout: 10_000 });
    // The server renders the default display; the reader's own shows from the first paint (on
    // <html>) and in the controls once the app has hydrated.
    await appReady(page);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('html', 'data-text-size')).toBe('large');
    expect(await night.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Tăng cỡ chữ' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBeGreaterThan(normal * 1.2);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 22, 32)');

    // Every chart on the overview carries its figures as a table for screen readers.
    await scrollThrough(page);
    await expect.poll(() => page.locator('figure.trend').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    const charts = page.locator('figure.trend');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i += 1) {
      const table = charts.nth(i).locator('table');
      expect(await table.count()).toBe(1);
      expect(await table.locator('caption').innerText()).toMatch(/^Số liệu theo năm: /);
    }
    await page.screenshot({ path: artifact('comfort-overview-night-large-1366.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
    await page.screenshot({ path: artifact('comfort-overview-night-1366.png') });
    await night.click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await page.screenshot({ path: artifact('comfort-overview-large-1366.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
    await page.close();
  }, 120_000); // two axe runs on a busy machine

  it('fit a phone at the largest text in night mode', async () => {
    const page = await phone.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    await page.getByText(SERVICES).first().waitFor({ timeout: 10_000 });
    // The menu opens once the app has taken over the server's page.
    await appReady(page);
    // On a phone the display settings sit in the header's one menu.
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Tùy chọn/ })
      .click();
    await page.getByRole('button', { name: 'Chế độ tối' }).click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifact('comfort-overview-night-large-390.png'), fullPage: true });
    await page.close();
  });
});

describe('the yearly review', () => {
  it('reads 2020 in Vietnamese with its sources, and downloads as a .docx holding the figures', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    // The header's link opens the review of the year on screen.
    await page.getByRole('link', { name: 'Báo cáo năm' }).click();
    await page.waitForURL((url) => url.pathname === '/review' && url.searchParams.get('year') === '2020');
    const review = page.locator('article.review');
    await review.getByRole('heading', { name: 'Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm 2020' }).waitFor({ timeout: 10_000 });
    const text = (await review.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('29,71%');
    expect(text).toContain('29,67%');
    expect(text).toContain('tăng 24 bậc so với năm 2019');
    expect(text).toContain('37,6%, hoàn thành vượt mức mục tiêu 30% theo 17/NQ-CP ngày 07/03/2019');
    expect(text).toContain('Lưu ý về chất lượng số liệu');
    expect(text).toMatch(/Nguồn số liệu.*\[1\] Hội nghị tổng kết/);

    // Read aloud: with no Vietnamese voice in this browser, the button is there, disabled, explained.
    const hasViVoice = await page.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('vi')));
    const readAloud = page.getByRole('button', { name: 'Đọc to' });
    expect(await readAloud.isDisabled()).toBe(!hasViVoice);
    if (!hasViVoice) expect(await page.getByText('chưa có giọng đọc tiếng Việt').isVisible()).toBe(true);

    await page.screenshot({ path: artifact('review-2020-vi-1366.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải về .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-ket-qua-2020.docx');
    const { value } = await mammoth.extractRawText({ path: await download.path() });
    expect(value).toContain('Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm 2020');
    expect(value).toContain('29,71%');
    expect(value).toContain('37,6%');
    expect(value).toContain('tăng 24 bậc');
    expect(value).toContain('Nguồn số liệu');
    expect(value).toContain('17/NQ-CP');
    await page.close();
  });

  it('reads in English with English number formats and downloads the English .docx', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/review?year=2020&lang=en`);
    const review = page.locator('article.review');
    await review.getByRole('heading', { name: 'ICT indicators: results for 2020' }).waitFor({ timeout: 10_000 });
    const text = (await review.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('154,231 of 519,755, a rate of 29.67% (published as 29.71%');
    expect(text).toContain('up 24 places on 2019');
    await page.screenshot({ path: artifact('review-2020-en-1366.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('ict-review-2020.docx');
    const { value } = await mammoth.extractRawText({ path: await download.path() });
    expect(value).toContain('29.71%');
    await page.close();
  });

  it('prints on A4 without the header, navigation or buttons', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/review?year=2020&lang=vi`);
    await page.locator('article.review h2').waitFor({ timeout: 10_000 });
    // Even in night mode the printout is black on white.
    await page.getByRole('button', { name: 'Chế độ tối' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Tải về .docx' }).isVisible()).toBe(false);
    expect(await page.locator('article.review').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: artifact('review-2020-vi-print.png'), fullPage: true });
    await page.pdf({ path: artifact('review-2020-vi.pdf'), preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Chế độ tối' }).click();
    await page.close();
  });

  it('fits a phone, in Vietnamese and in English', async () => {
    const page = await phone.context.newPage();
    for (const lang of ['vi', 'en']) {
      await page.goto(`${server.url}/review?year=2020&lang=${lang}`);
      await page.locator('article.review h2').waitFor({ timeout: 10_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: artifact(`review-2020-${lang}-390.png`), fullPage: true });
    }
    await page.close();
  });
});

describe('by keyboard', () => {
  it('skips to the content, and every stop on the overview, review and sign-in pages shows its focus, in both themes', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    await page.getByText(SERVICES).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Chế độ tối' }).click();
      for (const path of ['/?year=2020', '/review?year=2020&lang=vi', '/sign-in']) {
        await page.goto(`${server.url}${path}`);
        await page.locator('main h2, main article').first().waitFor({ timeout: 10_000 });
        expectVisibleFocus(await tabThrough(page));
        expect(await seriousViolations(page), `${path} in ${theme}`).toEqual([]);
      }
    }
    await page.getByRole('button', { name: 'Chế độ tối' }).click();
    await page.close();
  }, 180_000); // six pages tabbed through and checked by axe

  it('reaches the entry form, signed in, with a visible focus and nothing serious for axe', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/entry')}`);
    await page.getByLabel('Tên đăng nhập').fill('analyst');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/entry');
    await page.locator('main a[href^="/entry/"]').first().click();
    await page.locator('main form').first().waitFor({ timeout: 10_000 });
    expectVisibleFocus(await tabThrough(page));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('leaves axe nothing serious on every other page an admin opens, in both themes', async () => {
    const page = await browser.context.newPage();
    // The admin area's own address opens its first tab.
    await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/admin')}`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await page.getByRole('table').first().waitFor({ timeout: 10_000 });
    const found: string[] = [];
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Chế độ tối' }).click();
      for (const path of ['/entry', '/import', '/export', '/approval', '/admin/users', '/admin/audit', '/admin/screens', '/no-such-page']) {
        await page.goto(`${server.url}${path}`);
        await page.locator('main h2, main h1, main table, main form').first().waitFor({ timeout: 10_000 });
        found.push(...(await seriousViolations(page)).map((v) => `${path} (${theme}): ${v}`));
      }
    }
    expect(found).toEqual([]);
    await page.getByRole('button', { name: 'Chế độ tối' }).click();
    await page.close();
  }, 240_000); // sixteen axe runs
});
