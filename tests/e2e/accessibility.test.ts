/**
 * axe-core on every page of the app, signed out and signed in as an admin (who sees every page),
 * in Vietnamese and in English: no serious or critical violation of WCAG 2.1 A/AA rules.
 * Real Chromium, built app, real server, fresh database.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../support/browser.js';
import { createScreen, signIn, type IssuedScreen } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

const ADMIN_PASSWORD = 'e2e-a11y-admin-password';

let server: RunningServer;
let browser: Browser;
let page: Page;
let screenLink: IssuedScreen;

/** Pages a signed-out reader can open. */
const PUBLIC_PAGES = ['/?year=2020', '/?year=2021&compare=2020', '/?year=2020&status=no-target&q=xep%20hang', '/sign-in', '/no-such-page'];
/** Pages behind sign-in (an admin may open them all). */
const STAFF_PAGES = [
  '/entry',
  '/entry/online-services-level4-rate/2021',
  '/entry/bluezone-install-rate/2021',
  '/import',
  '/export',
  '/approval',
  '/admin/users',
  '/admin/audit',
  '/admin/screens',
];

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  screenLink = await createScreen(admin, { name: 'Phòng họp', secondsPerSlide: 30, playlist: [{ type: 'headline' }] });
  browser = await launchBrowser({ width: 1366, height: 900 });
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens `path`, waits for the page to settle, and returns axe's serious and critical findings. */
async function seriousViolations(path: string): Promise<string[]> {
  await page.goto(`${server.url}${path}`);
  await page.waitForLoadState('networkidle');
  // Lazy pages show a loading state first: wait for the page's own heading.
  await page.locator('h1, h2').first().waitFor();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function checkAll(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) found.push(...(await seriousViolations(path)));
  return found;
}

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation on the public pages, in Vietnamese and English', async () => {
    expect(await checkAll(PUBLIC_PAGES)).toEqual([]);
    expect(await checkAll(PUBLIC_PAGES.map((p) => `${p}${p.includes('?') ? '&' : '?'}lang=en`))).toEqual([]);
  }, 120_000);

  it('finds none on the meeting-room screen', async () => {
    const path = new URL(screenLink.url, server.url);
    expect(await seriousViolations(`${path.pathname}${path.search}`)).toEqual([]);
  });

  it('finds none on the staff pages in Vietnamese, signed in as an admin', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await checkAll(STAFF_PAGES)).toEqual([]);
  }, 120_000);

  it('finds none on the staff pages in English', async () => {
    expect(await checkAll(STAFF_PAGES.map((p) => `${p}?lang=en`))).toEqual([]);
  }, 120_000);
});
