/**
 * What a leader reads in the statuses of the seeded data: a figure never says "no data", a task past
 * its due date counts as behind in the headline's "Chậm tiến độ", an old figure says its year beside
 * the value, and the e-government ranking, replaced by the DTI, is no current result from 2021 while
 * its page still opens. Real Chromium, built app, real server, fresh database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, wholePageScreenshot } from '../support/artifacts.js';
import { appReady, launchBrowser, type Browser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

const EGOV = 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử';
const DTI = 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)';
const ICT_INDEX = 'Xếp hạng Vietnam ICT Index';
const IOC_TASK = 'Thí điểm Trung tâm giám sát điều hành đô thị thông minh tại thành phố Lạng Sơn';

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

interface ShownStatus {
  name: string;
  hasFigure: boolean;
  status: string;
  badge: string;
}

/** Every indicator on the overview, numeric cards and key tasks alike: its name, whether it shows a figure, its status. */
function shownStatuses(page: Page): Promise<ShownStatus[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('article.card, li.milestone')].map((item) => ({
      name: item.querySelector('h3')!.textContent!.trim(),
      hasFigure: item.matches('li')
        ? item.querySelector('.milestone__state strong') !== null
        : item.querySelector('.figure__value:not(.figure__value--none)') !== null,
      status: [...item.classList].find((c) => c.startsWith('card--'))!.slice('card--'.length),
      badge: item.querySelector('.status-badge')!.textContent!.replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** The count on a tile of the status summary, by its word. */
async function tileCount(page: Page, word: string): Promise<number> {
  const tile = page.getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' }).getByRole('button', { name: new RegExp(word) });
  return Number((await tile.locator('.status-strip__count').innerText()).trim());
}

async function openOverview(page: Page, year: number): Promise<void> {
  await page.goto(`${server.url}/?year=${year}`);
  await page.getByRole('heading', { level: 3, name: ICT_INDEX }).waitFor({ timeout: 15_000 });
  await page.locator('.milestone').first().waitFor({ timeout: 15_000 });
  // The status tiles filter once the app has taken over the server's page.
  await appReady(page);
}

describe('statuses that answer the leader', () => {
  it('on the latest overview: tasks past due are behind and counted, old figures say their year, the replaced ranking is gone', async () => {
    const page = await browser.context.newPage();
    await openOverview(page, 2022);
    const shown = await shownStatuses(page);

    // A figure never reads "no data".
    expect(shown.filter((s) => s.hasFigure && (s.status === 'no-data' || s.badge.includes('Chưa có số liệu')))).toEqual([]);

    // The task that has not started, due 31/12/2021, is behind, and so says its list.
    const task = shown.find((s) => s.name === IOC_TASK)!;
    expect(task).toMatchObject({ status: 'off-track', badge: '✖Chậm tiến độ' });
    const taskItem = page.locator('li.milestone', { has: page.getByRole('link', { name: IOC_TASK }) });
    expect((await taskItem.innerText()).replace(/\s+/g, ' ')).toContain('Quá hạn 31/12/2021, chưa báo hoàn thành');

    // The headline's "Chậm tiến độ" is the number of indicators shown behind, the tasks among them.
    const behind = shown.filter((s) => s.status === 'off-track');
    expect(behind.map((s) => s.name)).toContain(IOC_TASK);
    expect(await tileCount(page, 'Chậm tiến độ')).toBe(behind.length);

    // The ICT Index's last figure is of 2018: its year stands beside the value, bold, in the same line.
    const ict = page.locator('article.card', { has: page.getByRole('heading', { name: ICT_INDEX }) });
    const value = ict.locator('.figure__value');
    const badge = ict.locator('.figure__year--old');
    expect(await badge.innerText()).toBe('Số liệu năm 2018');
    const [v, b] = [(await value.boundingBox())!, (await badge.boundingBox())!];
    expect(b.x, 'the year badge is right of the value').toBeGreaterThanOrEqual(v.x + v.width);
    expect(b.y + b.height / 2, 'the year badge is in the value’s line').toBeGreaterThan(v.y);
    expect(b.y + b.height / 2).toBeLessThan(v.y + v.height);
    expect(Number(await badge.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(700);
    // A figure of the year on screen has no such badge.
    const dti = page.locator('article.card', { has: page.getByRole('heading', { name: DTI }) });
    expect(await dti.locator('.figure__year--old').count()).toBe(0);

    // The DTI replaced the e-government ranking: it is no current result, nor counted.
    expect(shown.map((s) => s.name)).not.toContain(EGOV);
    expect(shown.map((s) => s.name)).toContain(DTI);
    const counted = await page.locator('.status-strip__count').allInnerTexts();
    expect(counted.reduce((sum, n) => sum + Number(n), 0)).toBe(shown.length);
    await wholePageScreenshot(page, 'leader-statuses-2022-vi-1366.png');

    // Choosing "Chậm tiến độ" leaves the indicators behind, the overdue task with them.
    await page
      .getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' })
      .getByRole('button', { name: /Chậm tiến độ/ })
      .click();
    await page.waitForURL(/status=off-track/);
    await expect.poll(async () => (await shownStatuses(page)).map((s) => s.name).sort(), { timeout: 5_000 }).toEqual(behind.map((s) => s.name).sort());

    // The task's page explains it the same way.
    await page.getByRole('link', { name: IOC_TASK }).click();
    await page.getByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Chậm tiến độ”?' }).waitFor({ timeout: 10_000 });
    expect(await page.getByText('Quá hạn 31/12/2021, chưa báo hoàn thành.').isVisible()).toBe(true);
    await page.close();
  });

  it('on the 2020 overview: a single figure is too few to judge, and the report’s e-government rank still shows', async () => {
    const page = await browser.context.newPage();
    await openOverview(page, 2020);
    const shown = await shownStatuses(page);
    expect(shown.filter((s) => s.hasFigure && (s.status === 'no-data' || s.badge.includes('Chưa có số liệu')))).toEqual([]);
    expect(shown.find((s) => s.name === DTI)).toMatchObject({ hasFigure: true, status: 'too-few', badge: '◔Chưa đủ số liệu để đánh giá' });
    expect(await tileCount(page, 'Chưa đủ số liệu để đánh giá')).toBe(shown.filter((s) => s.status === 'too-few').length);
    const egov = page.locator('article.card', { has: page.getByRole('heading', { name: EGOV }) });
    expect((await egov.innerText()).replace(/\s+/g, ' ')).toContain('26/63');
    await wholePageScreenshot(page, 'leader-statuses-2020-vi-1366.png');
    await page.close();

    // On a phone the long word wraps inside its badge: the indicator's name keeps most of the card.
    const phone = await launchBrowser({ width: 360, height: 780 });
    try {
      const small = await phone.context.newPage();
      await openOverview(small, 2020);
      const dti = small.locator('article.card', { has: small.getByRole('heading', { name: DTI }) });
      const [title, badge] = [(await dti.locator('.card__title').boundingBox())!, (await dti.locator('.status-badge').boundingBox())!];
      expect(title.width).toBeGreaterThanOrEqual(badge.width);
      expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await dti.screenshot({ path: artifact('leader-statuses-2020-too-few-vi-360.png') });
    } finally {
      await phone.close();
    }
  });

  it('still opens the replaced ranking’s page, which says what replaced it and from when, with a link', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/indicators/egov-rank?year=2022`);
    await page.getByRole('heading', { level: 2, name: EGOV }).waitFor({ timeout: 15_000 });
    const notice = page.locator('.indicator-detail__replaced');
    expect((await notice.innerText()).replace(/\s+/g, ' ')).toContain(`Đã được thay thế bởi ${DTI} từ năm 2021.`);
    await wholePageScreenshot(page, 'leader-statuses-egov-replaced-vi-1366.png');
    await notice.getByRole('link', { name: DTI }).click();
    await page.waitForURL(/\/indicators\/dti-rank\?year=2022/);
    await page.getByRole('heading', { level: 2, name: DTI }).waitFor({ timeout: 10_000 });
    await page.close();
  });
});
