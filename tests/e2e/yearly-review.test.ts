/**
 * The yearly review reads in Vietnamese and English, downloads as a .docx that opens and holds the
 * figures and as a PDF, prints on A4 without the navigation and fits a phone. Real Chromium, built app, real
 * server, fresh database.
 */
import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../support/accounts.js';
import { artifact, wholePageScreenshot } from '../support/artifacts.js';
import { seriousViolations } from '../support/axe.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;
let phone: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  browser = await launchBrowser({ width: 1366, height: 900 });
  phone = await launchBrowser({ width: 390, height: 844 });
});
afterAll(async () => {
  await browser?.close();
  await phone?.close();
  await server?.stop();
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

    await wholePageScreenshot(page, 'review-2020-vi-1366.png');
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải về .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-ket-qua-2020.docx');
    const { value } = await mammoth.extractRawText({ path: await download.path() });
    expect(value).toContain('Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm 2020');
    expect(value).toContain('29,71%');
    expect(value).toContain('37,6%');
    expect(value).toContain('tăng 24 bậc');
    expect(value).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(value).toContain('17/NQ-CP');
    // The sources are footnotes now, which raw text leaves out and the HTML keeps.
    const { value: html } = await mammoth.convertToHtml({ path: await download.path() });
    expect(html).toMatch(/<li id="footnote-\d+">[^]*Hội nghị tổng kết/);

    // The same report as a PDF, from the link beside it.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải về .pdf' }).click()]);
    expect(pdf.suggestedFilename()).toBe('bao-cao-ket-qua-2020.pdf');
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const res = await page.request.get(`${server.url}/api/reviews/2020/review.pdf?lang=vi`);
    expect(res.headers()['content-type']).toBe('application/pdf');
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
    await wholePageScreenshot(page, 'review-2020-en-1366.png');
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
    expect(await page.getByRole('link', { name: 'Tải về .pdf' }).isVisible()).toBe(false);
    expect(await page.locator('article.review').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await wholePageScreenshot(page, 'review-2020-vi-print.png');
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
      await wholePageScreenshot(page, `review-2020-${lang}-390.png`);
    }
    await page.close();
  });
});
