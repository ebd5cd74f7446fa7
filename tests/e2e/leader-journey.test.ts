/**
 * A first visit, start to end: a leader who has never seen the app finds the indicator furthest behind,
 * understands why, follows its source, and takes the year's review away as .docx. The seeded report
 * has nothing off track, so the test first makes one indicator fall behind through the API: e-ID
 * authentication at 5 % in 2020 against the 20 % that 17/NQ-CP set for 2020, its figure sourced to
 * an uploaded PDF. Real Chromium, built app, real server, fresh database.
 */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholePageScreenshot } from '../support/artifacts.js';
import { appReady, launchBrowser, type Browser } from '../support/browser.js';
import { createAccount, publishFigure, send, signIn } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

const ADMIN_PASSWORD = 'e2e-journey-admin-password';
const PASSWORD = 'e2e-journey-user-password';
const EID = 'Tỷ lệ người dân, doanh nghiệp được xác thực định danh điện tử';
/** A one-page PDF's bytes are enough for the server's check (it reads the `%PDF-` signature). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let server: RunningServer;
let browser: Browser;
let sourceId: number;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  const analyst = await createAccount(admin, 'journey-analyst', 'analyst', PASSWORD);
  const approver = await createAccount(admin, 'journey-approver', 'approver', PASSWORD);

  const source = await send<{ id: number }>(
    analyst,
    'POST',
    '/api/sources',
    { number: '25/BC-STTTT', title: 'Báo cáo kết quả xác thực định danh điện tử năm 2020', kind: 'report', date: '2021-01-20' },
    201,
  );
  sourceId = source.id;
  const form = new FormData();
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'bao-cao-dinh-danh-2020.pdf');
  const upload = await fetch(`${server.url}/api/sources/${sourceId}/file`, { method: 'POST', headers: { cookie: analyst.cookie }, body: form });
  expect(upload.status).toBe(201);

  await publishFigure(analyst, approver, 'eid-authentication-rate', 2020, { kind: 'value', value: 5, sourceId, locator: 'Trang 3, bảng 1' }, 0);
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a leader’s first visit', () => {
  it('finds the indicator furthest behind, reads why, follows its source and downloads the review', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2020`);

    // The status summary leads with the worst status; clicking it leaves only what is behind.
    const strip = page.getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' });
    const worst = strip.getByRole('button').first();
    await worst.waitFor({ timeout: 10_000 });
    expect((await worst.innerText()).replace(/\s+/g, ' ')).toContain('1 ✖ Chậm tiến độ');
    // The tile filters once the app has taken over the server's page.
    await appReady(page);
    await worst.click();
    await page.waitForURL(/status=off-track/);
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([EID]);
    await wholePageScreenshot(page, 'journey-1-worst-first.png');

    // Its page says why, in the leader's words and numbers.
    await page.getByRole('link', { name: EID }).click();
    await page.waitForURL(/\/indicators\/eid-authentication-rate\?year=2020/);
    const why = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Chậm tiến độ”?' }) });
    await why.waitFor({ timeout: 10_000 });
    const whyText = (await why.innerText()).replace(/\s+/g, ' ');
    expect(whyText).toContain('5%');
    expect(whyText).toContain('≥ 20% vào năm 2020, theo 17/NQ-CP');
    await wholePageScreenshot(page, 'journey-2-why.png');

    // Where the number comes from: the document, the place in it, and the document itself.
    const sources = page.getByRole('region', { name: 'Nguồn số liệu' });
    const sourceText = (await sources.innerText()).replace(/\s+/g, ' ');
    expect(sourceText).toContain('25/BC-STTTT');
    expect(sourceText).toContain('Trang 3, bảng 1');
    const documentLink = sources.locator(`a[href="/api/sources/${sourceId}/file"]`);
    const href = await documentLink.getAttribute('href');
    const followed = await page.request.get(`${server.url}${href}`);
    expect(followed.status()).toBe(200);
    expect(followed.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await followed.body()).equals(PDF)).toBe(true);

    // The year's review, drafted from the data, taken away as .docx and read back.
    await page.getByRole('link', { name: 'Báo cáo năm' }).click();
    await page.waitForURL(/\/review\?/);
    await page.getByRole('link', { name: 'Tải về .docx' }).waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải về .docx' }).click()]);
    const { value: docx } = await mammoth.extractRawText({ path: await download.path() });
    expect(docx).toContain('37,6%');
    expect(docx).toContain('29,71%');
    expect(docx).toContain('5%');
    // The document cited is in the sentence's footnote, which the HTML keeps.
    const { value: html } = await mammoth.convertToHtml({ path: await download.path() });
    expect(html).toContain('25/BC-STTTT');
    await page.close();
  });
});
