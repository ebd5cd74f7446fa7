/**
 * A commune formed in the 2025 reorganisation: Mẫu Sơn was formed from the former communes Mẫu
 * Sơn, Yên Khoái and Tú Mịch of Lộc Bình district. Their 2024 Bluezone figures are published, and
 * Mẫu Sơn's own for 2025; a leader switches the overview to Mẫu Sơn and reads that the commune is
 * new, what it was formed from, and its 2024 figure as their sum, marked derived. Real Chromium,
 * built app, real server, fresh seeded database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, PASSWORD } from '../support/accounts.js';
import { artifact } from '../support/artifacts.js';
import { appReady, launchBrowser, type Browser } from '../support/browser.js';
import { publishUnitRatio, signIn } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

const CODE = 'bluezone-install-rate';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD });
  await createAccounts(server);
  const people = { analyst: await signIn(server.url, 'analyst', PASSWORD), approver: await signIn(server.url, 'approver', PASSWORD) };
  const figures = [
    { year: 2024, unit: 'loc-binh-mau-son', numerator: 100, denominator: 400 },
    { year: 2024, unit: 'loc-binh-yen-khoai', numerator: 50, denominator: 300 },
    { year: 2024, unit: 'loc-binh-tu-mich', numerator: 90, denominator: 300 },
    { year: 2025, unit: 'mau-son', numerator: 600, denominator: 1000 },
  ];
  for (const figure of figures) await publishUnitRatio(server, people, { code: CODE, ...figure });
  browser = await launchBrowser({ width: 1366, height: 900 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a commune formed in 2025', () => {
  it('says what it was formed from and shows 2024 as its former communes’ sum, marked derived', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/?unit=mau-son&lang=vi`);
    await appReady(page);
    const sentence = page.getByText(/^Xã Mẫu Sơn được thành lập ngày 01\/07\/2025 từ: /);
    await sentence.waitFor({ timeout: 10_000 });
    const formedFrom = /từ: (.*?)\. /.exec((await sentence.textContent()) ?? '')?.[1]?.split(', ');
    expect(formedFrom?.sort()).toEqual(['Xã Mẫu Sơn', 'Xã Tú Mịch', 'Xã Yên Khoái']);
    const card = page.locator('article', { has: page.getByRole('heading', { name: /Bluezone/ }) });
    // The card's table of its chart: 24 % in 2024, (100 + 50 + 90) / (400 + 300 + 300), as derived.
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toMatch(/202424\s?% \(Suy ra\)/);
    await page.screenshot({ path: artifact('commune-succession.png') });
  });
});
