/**
 * Meeting-room screens on a schedule, in real Chromium on the built app and server, with the page's
 * clock set by Playwright (`page.clock`) rather than by any switch in the app. A briefing screen
 * shows the dimmed clock at 07:59 on a Monday and its morning set from 08:00, by itself and without
 * a reload; an English screen in a browser on UTC plays its Sunday set at noon in Vietnam and dims
 * to the clock at Vietnam's midnight (17:00 UTC), not at UTC's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../support/accounts.js';
import { artifact } from '../support/artifacts.js';
import { seriousViolations } from '../support/axe.js';
import { createScreen, signIn, type IssuedScreen } from '../support/kpi-api.js';
import { FULL_HD } from '../support/browser.js';
import { people } from '../support/people.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

let briefing: IssuedScreen;
let weekend: IssuedScreen;
const errors: Error[] = [];

/** A page at a given instant (Playwright's clock, running on from there), in a browser of the given zone. */
async function openAt(issued: IssuedScreen, at: string, timezoneId = 'Asia/Ho_Chi_Minh'): Promise<Page> {
  const page = await site.newPage({ viewport: FULL_HD, device: { timezoneId } });
  page.on('pageerror', (error) => errors.push(error));
  await page.clock.install({ time: new Date(at) });
  await page.goto(`${site.server.url}${issued.url}`);
  return page;
}

const dimClock = (page: Page) => page.getByRole('timer');
const slideOnShow = (page: Page) => page.locator('.screen__page:not([hidden]) .screen-slide');

const site = people({
  async setUp(server) {
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    briefing = await createScreen(admin, {
      name: 'Phòng giao ban',
      secondsPerSlide: 30,
      playlist: [{ type: 'headline' }],
      outsideSchedule: 'clock',
      schedule: [{ name: 'Giao ban sáng', days: WEEKDAYS, start: '08:00', end: '09:30', playlist: [{ type: 'indicator', code: 'dti-rank' }] }],
    });
    weekend = await createScreen(admin, {
      name: 'Lobby',
      language: 'en',
      secondsPerSlide: 30,
      playlist: [{ type: 'headline' }],
      outsideSchedule: 'clock',
      schedule: [{ name: 'Sunday', days: ['sun'], start: '00:00', end: '24:00', playlist: [{ type: 'group', group: 'digital-transformation' }] }],
    });
  },
  setUpTimeoutMs: 120_000,
});

describe('a screen on a schedule', () => {
  it('shows the dimmed clock before its hours, then its morning set at 08:00 without a reload', async () => {
    // Monday 30/11/2026, 07:59:30 in Vietnam.
    const page = await openAt(briefing, '2026-11-30T07:59:30+07:00');
    await dimClock(page).waitFor();
    expect(await dimClock(page).innerText()).toMatch(/07:59\s+Thứ Hai, 30\/11\/2026/);
    expect(await page.locator('.screen__page').count()).toBe(0);
    // Dim: black behind grey digits, whatever the screen's theme.
    expect(await page.locator('.screen-clock').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.screenshot({ path: artifact('screen-schedule-clock.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // A mark on the window: a reload would lose it.
    await page.evaluate(() => Object.assign(window, { __beforeEight: true }));
    await page.clock.fastForward(31_000);
    await slideOnShow(page).and(page.locator('.screen-slide--indicator')).waitFor();
    expect(await dimClock(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __beforeEight?: boolean }).__beforeEight)).toBe(true);
    await page.screenshot({ path: artifact('screen-schedule-morning.png') });
  });

  it('plays its Sunday set in a browser on UTC, and dims at Vietnam’s midnight with the date in English', async () => {
    // Sunday 06/12/2026, noon in Vietnam, 05:00 on the device's own (UTC) clock.
    const page = await openAt(weekend, '2026-12-06T12:00:00+07:00', 'UTC');
    await slideOnShow(page).and(page.locator('.screen-slide--group')).waitFor();
    expect(await dimClock(page).count()).toBe(0);
    // To 00:00:30 on Monday in Vietnam: 17:00 on Sunday in UTC, when a device-zone screen would still play.
    await page.clock.fastForward('12:00:30');
    await dimClock(page).waitFor();
    expect(await dimClock(page).innerText()).toMatch(/00:00\s+Monday, 07\/12\/2026/);
    expect(errors).toEqual([]);
  });

  it('is set in the screen editor, whose sets pass axe', async () => {
    const page = await site.signedIn('admin', '/admin/screens');
    await page.getByRole('button', { name: 'Sửa màn hình Phòng giao ban' }).click();
    const set = page.getByRole('group', { name: 'Khung giờ 1: Giao ban sáng' });
    await set.waitFor();
    expect(await set.getByRole('textbox', { name: 'Bắt đầu' }).inputValue()).toBe('08:00');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
