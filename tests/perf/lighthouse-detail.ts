/**
 * One Lighthouse run (mobile preset) on one page, in detail: its metrics, the network requests with
 * their observed start and end, and the long tasks. For finding what holds a page back, where
 * bench:lighthouse gives the scores.
 *   pnpm build && pnpm --filter @kpi/tests bench:lighthouse:detail '/indicators/egov-rank?year=2020'
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../support/browser.js';
import { assertBuilt, startServer } from '../support/server.js';

interface NetworkItem {
  url: string;
  networkRequestTime?: number;
  networkEndTime?: number;
  transferSize?: number;
}
interface LongTask {
  url: string;
  startTime: number;
  duration: number;
}
const items = (audit: { details?: unknown } | undefined): unknown[] => (audit?.details as { items?: unknown[] } | undefined)?.items ?? [];
const ms = (value: number | undefined) => (value ?? 0).toFixed(0).padStart(6);
const local = (url: string) => url.replace(/^http:\/\/[^/]+/, '');

assertBuilt();
const server = await startServer();
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS });
try {
  const path = process.argv[2] ?? '/?year=2020';
  const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { audits, categories, runtimeError } = result.lhr;
  console.log(`${path}: performance ${Math.round((categories.performance?.score ?? 0) * 100)} ${runtimeError?.message ?? ''}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive']) {
    console.log(`  ${id.padEnd(26)} ${audits[id]?.displayValue}`);
  }
  console.log('network (observed ms, start → end, bytes):');
  for (const item of items(audits['network-requests']) as NetworkItem[]) {
    console.log(`  ${ms(item.networkRequestTime)} → ${ms(item.networkEndTime)}  ${String(item.transferSize).padStart(7)} B  ${local(item.url)}`);
  }
  console.log('long tasks (start, duration in ms at 4× CPU slowdown):');
  for (const task of items(audits['long-tasks']) as LongTask[])
    console.log(`  ${ms(task.startTime)}  ${String(task.duration).padStart(4)}  ${local(task.url)}`);
  console.log('main-thread work by kind (ms at 4× CPU slowdown):');
  for (const row of items(audits['mainthread-work-breakdown']) as { groupLabel: string; duration: number }[])
    console.log(`  ${ms(row.duration)}  ${row.groupLabel}`);
  console.log('script by file (ms: total, evaluation, parse and compile):');
  for (const row of items(audits['bootup-time']) as { url: string; total: number; scripting: number; scriptParseCompile: number }[])
    console.log(`  ${ms(row.total)} ${ms(row.scripting)} ${ms(row.scriptParseCompile)}  ${local(row.url)}`);
} finally {
  await chrome.kill();
  await server.stop();
}
