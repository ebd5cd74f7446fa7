import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

/**
 * Finds a Chromium to drive: CHROME_PATH, Debian's /usr/bin/chromium, or Google Chrome. Where there
 * is none and apt-get runs as root (CI, a fresh Debian machine), installs Debian's chromium and says
 * so; elsewhere fails with a message that says what to do. Never downloads a browser build of its own.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.warn('[e2e] no Chromium found: installing Debian’s chromium with apt-get (once)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error('End-to-end tests need Chromium. Install it (Debian: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.');
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** How a phone differs from a desktop window besides its size: dense pixels, touch, a mobile viewport. */
export interface DeviceOptions {
  deviceScaleFactor?: number;
  isMobile?: boolean;
  hasTouch?: boolean;
  /** false: a browser with scripts off, to read what the server's HTML alone shows. */
  javaScriptEnabled?: boolean;
  /** The device's own zone, Vietnam's unless a spec shows that a page does not depend on it. */
  timezoneId?: string;
}

/** A window's size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** A full-HD window: a meeting-room screen, and the size a browser opens at unless told otherwise. */
export const FULL_HD: Viewport = { width: 1920, height: 1080 };

/** A phone such as an iPhone 12–15 or a Pixel 7: 390 × 844 CSS pixels at 3 device pixels each. */
export const PHONE: { viewport: Viewport; device: DeviceOptions } = {
  viewport: { width: 390, height: 844 },
  device: { deviceScaleFactor: 3, isMobile: true, hasTouch: true },
};

/** A fresh profile each time, so no test sees another's storage. */
export async function launchBrowser(viewport: Viewport = FULL_HD, locale = 'vi-VN', device: DeviceOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'kpi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...device,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Scrolls a page from top to bottom a screen at a time, pausing at each step, as a reader would:
 * charts, and the indicator page's commentary, communes and peers, are loaded only once near the
 * screen, so a jump straight to the end would skip them. The height is read at each step: what
 * loads on the way makes the page longer.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const step = await page.evaluate(() => window.innerHeight);
  for (let y = 0; y <= (await height()); y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The text of `locator` as a reader sees it, scrolled to. The overview draws an area only as it nears
 * the screen (`content-visibility: auto`, web/src/ui/card.css), and `innerText` gives only drawn
 * text: an area far off the screen reads as empty. An element that stays empty is returned as it is,
 * for the caller's assertion to say so.
 */
export async function drawnText(locator: Locator, timeoutMs = 5_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  // Scrolled near, a lazy part (a chart) may replace the element as it is reached: find it again.
  for (;;) {
    try {
      await locator.scrollIntoViewIfNeeded({ timeout: Math.max(until - Date.now(), 1) });
      break;
    } catch (error) {
      if (Date.now() > until) throw error;
    }
  }
  for (;;) {
    const text = await locator.innerText();
    if (text.trim() !== '' || Date.now() > until) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until the app has taken over the page (`<html data-app="ready">`, web/src/app/AppReady.tsx):
 * the overview and an indicator's page are readable as the server sends them, but answer a tap
 * only once hydrated.
 */
export async function appReady(page: Page, timeout = 10_000): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout });
}
