/**
 * Hardening seen from outside: every page of the built app (overview, sign-in, entry, a meeting-room
 * screen, Swagger UI) loads in real Chromium under the server's Content-Security-Policy without a
 * single violation; and SIGTERM lets a request in flight finish, then closes the database cleanly.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDatabaseFile, closeDb, openDb, restoreDatabase } from '@kpi/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, PASSWORD } from '../support/accounts.js';
import { artifact } from '../support/artifacts.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { createAccount, createScreen, signIn } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  browser = await launchBrowser({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Collects CSP violations two ways: the DOM event (with the directive) and Chromium's console error. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`${new URL(page.url()).pathname}: ${message.text()}`);
  });
  // Runs through the DevTools protocol before any page script: not itself subject to the CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return { page, violations };
}

describe('Content-Security-Policy in the browser', () => {
  it('lets every page of the app and Swagger UI load with no violation', async () => {
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    await createAccount(admin, 'analyst', 'analyst', PASSWORD);
    const { screen, token } = await createScreen(admin, {
      name: 'CSP',
      secondsPerSlide: 5,
      playlist: [{ type: 'headline' }, { type: 'indicator', code: 'egov-rank' }],
    });
    const { page, violations } = await watchedPage();

    await page.goto(`${server.url}/?year=2020`);
    await page.getByText('Tỷ lệ dịch vụ công trực tuyến mức độ 4').first().waitFor({ timeout: 15_000 });
    // The charts (Recharts, loaded after the cards) set their styles through the CSSOM.
    await page.locator('.recharts-surface').first().waitFor({ timeout: 15_000 });
    const csp = (await page.request.get(`${server.url}/`)).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');

    // Opened directly, the indicator page builds the shared zod schemas in its own chunk: jitless, no eval.
    await page.goto(`${server.url}/indicators/egov-rank?year=2020`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });

    await page.goto(`${server.url}/sign-in?next=${encodeURIComponent('/entry/bluezone-install-rate/2021')}`);
    await page.getByLabel('Tên đăng nhập').fill('analyst');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname === '/entry/bluezone-install-rate/2021');
    await page.getByLabel('Tử số').fill('160.000');
    await page.getByLabel('Mẫu số').fill('520.000');
    await page.screenshot({ path: artifact('csp-entry.png') });

    await page.goto(`${server.url}/screen/${screen.id}?token=${token}`);
    await page.locator('[data-slide]').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: artifact('csp-screen.png') });

    await page.goto(`${server.url}/docs`);
    await page.getByText('ICT KPI dashboard API').first().waitFor({ timeout: 20_000 });
    await page.locator('.opblock').first().click();
    await page.screenshot({ path: artifact('csp-docs.png') });

    // Violations are reported asynchronously: give the last page a moment.
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('SIGTERM', () => {
  it('lets an import in flight finish, then exits 0 with the database closed cleanly', async () => {
    // Our own folder: the database must outlive the server to be checked.
    const dir = mkdtempSync(join(tmpdir(), 'kpi-sigterm-'));
    // At debug the log has a line as each request comes in (at info, only one as it is answered).
    const own = await startServer({ DATABASE_PATH: join(dir, 'kpi.sqlite'), KPI_ADMIN_PASSWORD: ADMIN_PASSWORD, BACKUP_KEEP: '0', LOG_LEVEL: 'debug' });
    const admin = await signIn(own.url, 'admin', ADMIN_PASSWORD);
    // The running server's hold on the file is what a restore refuses on (it checks that before the backup).
    expect(() => restoreDatabase(join(dir, 'any-backup.sqlite'), own.databasePath)).toThrow(`${own.databasePath} is in use`);
    const analyst = await createAccount(admin, 'analyst', 'analyst', PASSWORD);
    // 30,000 rows: a request that takes seconds, with 20 figures to write.
    const lines = ['indicator_code,year,position,out_of,source_id', 'egov-rank,2021,20,63,1'];
    for (let i = 0; lines.length <= 30_000; i++) lines.push(`egov-rank,${2000 + (i % 20)},,,`);
    const form = new FormData();
    form.append('file', new Blob([lines.join('\r\n')], { type: 'text/csv' }), 'slow.csv');
    const request = fetch(`${own.url}/api/imports?acknowledge=jump,published-mismatch`, { method: 'POST', headers: { cookie: analyst.cookie }, body: form });
    // Once the server has the request (its debug log says so), ask it to stop.
    const deadline = Date.now() + 20_000;
    while (!/"url":"\/api\/imports\?[^"]*"[^\n]*incoming request/.test(own.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const exited = own.stop('SIGTERM');
    const res = await request;
    expect([res.status, await res.text()]).toEqual([202, expect.stringContaining('"status":"running"')]);
    expect(await exited).toBe(0);
    // The signal came while the request was in flight: the drain is logged before its answer.
    const log = own.output();
    expect(log.indexOf('closing: draining requests')).toBeGreaterThan(-1);
    expect(log.indexOf('closing: draining requests')).toBeLessThan(log.indexOf('"statusCode":202'));
    expect(log).toContain('closed cleanly');

    // The WAL was folded into the file and removed; the file is whole, and the import committed.
    expect(existsSync(`${own.databasePath}-wal`) ? statSync(`${own.databasePath}-wal`).size : 0).toBe(0);
    expect(checkDatabaseFile(own.databasePath).integrity).toBe('ok');
    const db = openDb(own.databasePath);
    try {
      expect(db.$client.prepare("select count(*) from audit_entries where action = 'import.run'").pluck().get()).toBe(1);
    } finally {
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
