/**
 * A leader opens an indicator from its overview card: reads why it has its colour and where the
 * figure comes from, checks the chart's table, goes back keeping the year; then the key tasks.
 * Real Chromium, built app, real server, fresh seeded database. Screenshots at 1366 and 390 wide.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholePageScreenshot } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const SERVICES_VI = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';

/** The "why this colour" section's facts, as label → value. */
async function whyFacts(page: Page): Promise<Record<string, string>> {
  const section = page.locator('section', { has: page.getByRole('heading', { level: 3, name: /^Vì sao được đánh giá|^Why “/ }) });
  const rows = await section
    .locator('.facts__row')
    .evaluateAll((elements) => elements.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']));
  return Object.fromEntries(rows);
}

/** Serious and critical accessibility findings of axe-core on what is on screen. */
async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the indicator page', () => {
  it('opens from the overview card, explains the status and the source, and has the chart as a table', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2020`);
    const title = page.getByRole('link', { name: SERVICES_VI });
    // Keyboard: the card's title is a link that takes focus and opens with Enter.
    await title.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/indicators\/online-services-level4-rate\?year=2020&lang=vi$/);

    await page.getByRole('heading', { level: 2, name: SERVICES_VI }).waitFor({ timeout: 10_000 });
    await page.getByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Đạt mục tiêu”?' }).waitFor();
    const facts = await whyFacts(page);
    expect(facts['Số liệu mới nhất']).toBe('Năm 2020: 37,6%');
    expect(facts['Mục tiêu áp dụng']).toBe('≥ 30% vào năm 2020, theo 17/NQ-CP');
    expect(facts['Ngưỡng đánh giá']).toBe('37,6% so với mục tiêu ≥ 30%: đã đạt');

    const sources = page.getByRole('region', { name: 'Nguồn số liệu' });
    const sourceText = (await sources.innerText()).replace(/\s+/g, ' ');
    expect(sourceText).toContain('Số liệu năm 2020');
    expect(sourceText).toContain('Hội nghị tổng kết công tác Thông tin và Truyền thông năm 2020');
    expect(sourceText).toMatch(/Vị trí trong văn bản: Đoạn "Năm 2020/);

    // The chart draws after the page (lazy chunk), and carries its data as a table for screen readers.
    await page.locator('svg.recharts-surface').first().waitFor({ timeout: 10_000 });
    const chartTable = page.getByRole('table', { name: `Số liệu theo năm: ${SERVICES_VI}` });
    const rows = await chartTable.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows[0]).toBe('202037,6%30%37,6%');
    expect(rows.map((row) => row?.slice(0, 4))).toEqual(['2020', '2021', '2030']);

    expect(await seriousViolations(page)).toEqual([]);
    await wholePageScreenshot(page, 'indicator-services-vi-1366.png');

    await page.getByRole('link', { name: '← Về trang tổng quan năm 2020' }).click();
    await page.waitForURL(/\/\?year=2020&lang=vi$/);
    await page.getByRole('heading', { level: 2, name: 'Kết quả năm 2020' }).waitFor();
    await page.close();
  });

  it('says where the DTI is heading on its card, and draws the projection dashed on its page, in Vietnamese', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2023`);
    const card = page.getByRole('article', { name: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)' });
    // 16th of 63 in 2020 to 4th in 2023: carried on, the pace would pass 1st, so the projection holds there.
    await expect
      .poll(() => card.locator('.outlook').textContent())
      .toBe('Dự báo Với tốc độ hiện nay, năm 2025 đạt khoảng hạng 1/34 (không thể cao hơn hạng 1), đã đạt mục tiêu.');
    await expect.poll(() => card.locator('.target__value').textContent()).toBe('Mục tiêu ≤ hạng 10 (2025)');

    await card.getByRole('link', { name: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)' }).click();
    await page.waitForURL(/\/indicators\/dti-rank\?year=2023/);
    await page.getByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Đạt mục tiêu”?' }).waitFor({ timeout: 10_000 });
    expect((await whyFacts(page))['Cách hiểu mục tiêu thứ hạng']).toMatch(/^Vị trí cần giữ: hạng 10 trở lên/);
    // The dotted continuation from 4th in 2023 to the 1st expected in 2025, named a projection in the legend.
    const chart = page.locator('.indicator-detail__chart');
    await chart.locator('.recharts-legend-item', { hasText: 'Dự báo theo tốc độ hiện nay' }).waitFor({ timeout: 10_000 });
    const dashed = chart.locator('.recharts-line path.recharts-curve[stroke-dasharray="3 5"]');
    expect(await dashed.count()).toBe(1);
    expect(await dashed.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    const table = page.getByRole('table', { name: /^Số liệu theo năm: Xếp hạng Chỉ số chuyển đổi số/ });
    expect(await table.getByRole('row', { name: /^2025/ }).textContent()).toContain('1 (dự báo)');
    await page.close();
  });

  it('shows Bluezone’s published rate beside the computed one, in English, with the warning', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/indicators/bluezone-install-rate?year=2020&lang=en`);
    const table = page.getByRole('table', { name: /^Figures, targets and status by year/ });
    const row = (await table.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ');
    expect(row).toContain('29.67% (154,231/519,755)');
    expect(row).toContain('29.71%');
    const quality = page.getByRole('region', { name: 'Notes and data-quality warnings' });
    expect(await quality.innerText()).toMatch(/29\.71%.*29\.67%/s);
    expect(await seriousViolations(page)).toEqual([]);
    await wholePageScreenshot(page, 'indicator-bluezone-en-1366.png');
    await page.close();
  });

  it('answers an unknown code with its own not-found content', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto(`${server.url}/indicators/no-such-indicator`);
    // A 404 for link checkers and crawlers; the app still opens and says so in words.
    expect(res?.status()).toBe(404);
    await page.getByRole('heading', { level: 2, name: 'Không tìm thấy chỉ tiêu' }).waitFor({ timeout: 10_000 });
    await page.close();
  });
});

describe('the key tasks', () => {
  it('are listed beside the numbers on the overview, and a task’s page gives its state and due date', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?year=2021`);
    const section = page.getByRole('region', { name: /^Nhiệm vụ trọng tâm/ });
    await section.waitFor({ timeout: 10_000 });
    const text = (await section.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Thí điểm Trung tâm giám sát điều hành đô thị thông minh tại thành phố Lạng Sơn');
    expect(text).toContain('Trung tâm thông tin phục vụ chỉ đạo điều hành của UBND tỉnh');
    expect(text).toContain('Hạn: 31/12/2021');
    expect(await section.getByRole('listitem').count()).toBe(3);
    expect(await seriousViolations(page, '.milestones')).toEqual([]);
    await wholePageScreenshot(page, 'overview-tasks-vi-1366.png');

    await section.getByRole('link', { name: 'Thí điểm Trung tâm giám sát điều hành đô thị thông minh tại thành phố Lạng Sơn' }).click();
    await page.getByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Cần đẩy nhanh”?' }).waitFor({ timeout: 10_000 });
    const facts = await whyFacts(page);
    expect(facts['Tình trạng']).toBe('Chưa bắt đầu');
    expect(facts['Hạn hoàn thành']).toBe('31/12/2021');
    await page.close();
  });

  it('fit a phone, in both languages, without sideways scrolling', async () => {
    const phone = await launchBrowser({ width: 390, height: 844 });
    try {
      const page = await phone.context.newPage();
      for (const lang of ['vi', 'en'] as const) {
        for (const [name, path] of [
          ['indicator-services', '/indicators/online-services-level4-rate?year=2020'],
          ['indicator-ioc', '/indicators/smart-city-ioc-pilot?year=2021'],
          ['overview-tasks', '/?year=2021'],
        ] as const) {
          await page.goto(`${server.url}${path}&lang=${lang}`);
          await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 10_000 });
          await page.locator('.status-badge').first().waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${name} ${lang}`).toBeLessThanOrEqual(0);
          await wholePageScreenshot(page, `${name}-${lang}-390.png`);
        }
      }
    } finally {
      await phone.close();
    }
  });
});
