/**
 * A meeting-room screen, all day, with nobody touching it: real Chromium at 1920×1080 and at
 * 3840×2160 on the built app and server. Slides turn on their own; a figure published through the
 * API shows within 2 s; a stopped server leaves the last figures up with "Mất kết nối"; the same
 * server back on the same port and database clears it within 5 s; a revoked or wrong token shows the
 * "disabled" message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { createAccount, createScreen, publishFigure, revokeScreen, signIn, type IssuedScreen, type Session } from '../support/kpi-api.js';
import { freePort, startServer, type RunningServer } from '../support/server.js';

const ADMIN_PASSWORD = 'e2e-admin-password-7';
const PASSWORD = 'e2e-user-password-7';
/** How long the server stays away in the outage test. */
const OUTAGE_MS = 20_000;

interface Display {
  name: string;
  browser: Browser;
  page: Page;
  /** Uncaught errors in the page: there must be none, whatever the server does. */
  errors: Error[];
}

let dir: string;
let env: Record<string, string>;
let server: RunningServer | undefined;
let admin: Session;
let analyst: Session;
let approver: Session;
let issued: IssuedScreen;
const displays: Display[] = [];

/** The slide on show: every slide of the playlist stays mounted, the others `hidden`. */
const SHOWN = '.screen__page:not([hidden])';
const onShow = (page: Page) => page.locator(SHOWN);
const progress = (page: Page) => onShow(page).locator('.screen-progress__count').innerText();

async function openDisplay(name: string, viewport: { width: number; height: number }, browserLocale: string): Promise<Display> {
  const browser = await launchBrowser(viewport, browserLocale);
  const page = await browser.context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${server!.url}${issued.url}`);
  return { name, browser, page, errors };
}

/**
 * Stops the server as an operator would (SIGTERM). The server does not yet close its event streams
 * on SIGTERM, so with screens connected it never exits: after 3 s it is killed, which is also how a
 * server "goes" in a power cut, and the spec goes on (the lead has the server-side fix to make).
 */
async function stopServer(running: RunningServer): Promise<void> {
  const stopped = running.stop();
  const timer = setTimeout(() => {
    console.warn('[screen e2e] the server did not exit within 3 s of SIGTERM with event streams open: killing it');
    running.process.kill('SIGKILL');
  }, 3_000);
  await stopped;
  clearTimeout(timer);
}

beforeAll(async () => {
  // A database and port of our own, so the server can be stopped and started again on both.
  dir = mkdtempSync(join(tmpdir(), 'kpi-screen-e2e-'));
  env = { KPI_ADMIN_PASSWORD: ADMIN_PASSWORD, PORT: String(await freePort()), DATABASE_PATH: join(dir, 'kpi.sqlite') };
  server = await startServer(env);
  admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  analyst = await createAccount(admin, 'analyst1', 'analyst', PASSWORD);
  approver = await createAccount(admin, 'approver1', 'approver', PASSWORD);
  issued = await createScreen(admin, {
    name: 'Phòng họp tầng 2',
    secondsPerSlide: 2,
    playlist: [{ type: 'headline' }, { type: 'group', group: 'digital-transformation' }, { type: 'indicator', code: 'dti-rank' }],
  });
  // The 4K screen's browser speaks English: the screen must still speak its own language.
  displays.push(await openDisplay('1920', { width: 1920, height: 1080 }, 'vi-VN'));
  displays.push(await openDisplay('3840', { width: 3840, height: 2160 }, 'en-GB'));
});

afterAll(async () => {
  for (const display of displays) await display.browser.close();
  if (server) await stopServer(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a meeting-room screen', () => {
  it('shows the playlist full screen, large, in its own language, turning every 2 s', async () => {
    for (const { name, page } of displays) {
      await page.getByRole('heading', { level: 2, name: 'Kết quả nổi bật năm 2023' }).waitFor({ timeout: 10_000 });
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      const look = await page.evaluate(() => {
        const figure = document.querySelector('.screen__page:not([hidden]) .figure__value')!;
        return {
          cursor: getComputedStyle(document.body).cursor,
          figureShare: parseFloat(getComputedStyle(figure).fontSize) / window.innerHeight,
          overflow: document.documentElement.scrollHeight - window.innerHeight,
          nav: document.querySelectorAll('nav, .site-header').length,
        };
      });
      expect(look.cursor).toBe('none');
      expect(look.figureShare, `${name}: headline figures at least 6 % of the height`).toBeGreaterThanOrEqual(0.06);
      expect(look.overflow).toBeLessThanOrEqual(0);
      expect(look.nav).toBe(0);

      // The progress mark moves on by itself; each slide is photographed as soon as it is up.
      const slides = [
        { mark: '2/3', heading: 'Chuyển đổi số – năm 2023', file: '2-group' },
        { mark: '3/3', heading: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)', file: '3-indicator' },
        { mark: '1/3', heading: 'Kết quả nổi bật năm 2023', file: '1-headline' },
      ];
      for (const slide of slides) {
        await page.locator('.screen-progress__count', { hasText: slide.mark }).waitFor({ timeout: 5_000 });
        await page.getByRole('heading', { level: 2, name: slide.heading }).waitFor();
        if (slide.file === '3-indicator') await page.locator('.screen-chart__plot svg').first().waitFor();
        await page.screenshot({ path: artifact(`screen-${name}-${slide.file}.png`) });
      }
    }
  });

  it('shows a figure within 2 s of its publication, without reloading', async () => {
    await publishFigure(analyst, approver, 'dti-rank', 2024, { kind: 'rank', position: 3, outOf: 34, sourceId: 1 }, 0);
    // Every slide of this playlist shows the DTI rank, so the figure is up whichever slide is on.
    await Promise.all(displays.map(({ page }) => onShow(page).getByText('3/34', { exact: true }).first().waitFor({ timeout: 2_000 })));
    for (const { name, page } of displays) {
      // The headline comes round within one turn of the playlist (3 × 2 s).
      await page.getByRole('heading', { level: 2, name: 'Kết quả nổi bật năm 2024' }).waitFor({ timeout: 8_000 });
      await page.screenshot({ path: artifact(`screen-${name}-4-published.png`) });
    }
  });

  it('keeps the last figures with “Mất kết nối” when the server stops, and is live within 5 s of its return', async () => {
    const stoppedAt = Date.now();
    await stopServer(server!);
    server = undefined;
    for (const { name, page } of displays) {
      const badge = page.locator('.screen-offline');
      await badge.waitFor({ timeout: 10_000 });
      // One time for the room: the badge gives the data's, as the slide's footer does.
      const footer = (await onShow(page).locator('.screen__when').textContent())!.match(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)![0];
      expect((await badge.textContent())!.replace(/\s+/g, ' ')).toMatch(new RegExp(`Mất kết nối · dữ liệu cập nhật lúc ${footer}$`));
      // The data stays, and the slides keep turning.
      expect(await onShow(page).getByText('3/34', { exact: true }).first().isVisible()).toBe(true);
      const before = await progress(page);
      await page.waitForFunction(([shown, mark]) => document.querySelector(`${shown} .screen-progress__count`)?.textContent !== mark, [SHOWN, before], {
        timeout: 5_000,
      });
      await page.screenshot({ path: artifact(`screen-${name}-5-offline.png`) });
    }

    // A long outage (20 s), so a screen backing off further than every few seconds would still be
    // waiting when the server returns. Same port, same database: the screens find it again within
    // 5 s, with no one touching them.
    const outage = Date.now() - stoppedAt;
    if (outage < OUTAGE_MS) await new Promise((r) => setTimeout(r, OUTAGE_MS - outage));
    server = await startServer(env);
    await Promise.all(displays.map(({ page }) => page.locator('.screen-offline').waitFor({ state: 'detached', timeout: 5_000 })));
    for (const { page } of displays) expect(await onShow(page).getByText('3/34', { exact: true }).first().isVisible()).toBe(true);
  });

  it('shows the disabled message once the token is revoked, and for a wrong token', async () => {
    admin = await signIn(server!.url, 'admin', ADMIN_PASSWORD);
    await revokeScreen(admin, issued.screen.id, issued.screen.version);
    const res = await fetch(`${server!.url}/api/screens/${issued.screen.id}/content?token=${issued.token}`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('screen-disabled');

    for (const { name, page } of displays) {
      await page.getByRole('heading', { name: 'Màn hình đã bị vô hiệu hóa' }).waitFor({ timeout: 5_000 });
      expect(await page.getByRole('alert').innerText()).toContain(`Màn hình số ${issued.screen.id}`);
      expect(await page.getByText('3/34', { exact: true }).count()).toBe(0);
      await page.screenshot({ path: artifact(`screen-${name}-6-disabled.png`) });
    }

    const [display] = displays;
    const wrong = await display!.browser.context.newPage();
    await wrong.goto(`${server!.url}/screen/${issued.screen.id}?token=not-the-token`);
    await wrong.getByRole('heading', { name: 'Màn hình đã bị vô hiệu hóa' }).waitFor({ timeout: 5_000 });
    expect(await wrong.getByText('This screen has been disabled', { exact: false }).count()).toBe(1);
    await wrong.close();

    for (const { name, errors } of displays) expect(errors, `${name}: uncaught errors`).toEqual([]);
  });
});
