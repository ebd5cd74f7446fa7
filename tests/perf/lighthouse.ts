/**
 * Lighthouse (12.2.3: 13 needs Node 22) on the overview and an indicator page, with Debian's
 * Chromium and Lighthouse's default mobile preset (slow 4G, 4× CPU slowdown): five runs each, the
 * median of each category score and metric printed, with Lighthouse's `benchmarkIndex` of this
 * machine (how fast it ran Lighthouse's own CPU benchmark: the figures mean little without it).
 * Goals: performance ≥ 95, accessibility 100, TBT ≤ 150 ms, LCP ≤ 1.8 s, CLS 0 (medians).
 *   pnpm build && pnpm --filter @kpi/tests bench:lighthouse
 * LIGHTHOUSE_RUNS changes the number of runs; exits 1 when a goal is missed.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../support/browser.js';
import { assertBuilt, startServer } from '../support/server.js';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PAGES = [
  { name: 'overview', path: '/?year=2020' },
  { name: 'indicator page', path: '/indicators/egov-rank?year=2020' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const GOALS: Partial<Record<(typeof CATEGORIES)[number], number>> = { performance: 95, accessibility: 100 };
/** Metric goals, in Lighthouse's numeric units (ms; CLS unitless), on the median. */
const METRICS = {
  fcp: { audit: 'first-contentful-paint', goal: undefined },
  lcp: { audit: 'largest-contentful-paint', goal: 1800 },
  tbt: { audit: 'total-blocking-time', goal: 150 },
  cls: { audit: 'cumulative-layout-shift', goal: 0 },
} as const;
type Metric = keyof typeof METRICS;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function audit(url: string, port: number) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, environment } = result.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
  const failing = CATEGORIES.flatMap((c) =>
    (categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
  );
  const metrics = Object.fromEntries((Object.keys(METRICS) as Metric[]).map((m) => [m, audits[METRICS[m].audit]?.numericValue ?? Number.NaN])) as Record<
    Metric,
    number
  >;
  return { scores, failing, metrics, benchmarkIndex: environment.benchmarkIndex };
}

const shown = (metric: Metric, value: number) => (metric === 'cls' ? value.toFixed(3) : `${Math.round(value)} ms`);

async function main() {
  assertBuilt();
  const server = await startServer();
  // Lighthouse drives its own Chrome through the DevTools protocol; it must be headless here too.
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS });
  let missed = false;
  try {
    for (const page of PAGES) {
      const runs: Awaited<ReturnType<typeof audit>>[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await audit(`${server.url}${page.path}`, chrome.port));
      const medians = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]!))]));
      const index = runs.map((r) => r.benchmarkIndex);
      console.log(`\n${page.name} (${page.path}), median of ${RUNS} runs (mobile preset), benchmarkIndex ${median(index)} (runs: ${index.join(', ')}):`);
      for (const c of CATEGORIES) {
        const goal = GOALS[c];
        const verdict = goal === undefined ? '' : medians[c]! >= goal ? `  goal ≥ ${goal}: met` : `  goal ≥ ${goal}: NOT met`;
        if (goal !== undefined && medians[c]! < goal) missed = true;
        console.log(`  ${c.padEnd(15)} ${String(medians[c]).padStart(3)}  (runs: ${runs.map((r) => r.scores[c]).join(', ')})${verdict}`);
      }
      for (const metric of Object.keys(METRICS) as Metric[]) {
        const values = runs.map((r) => r.metrics[metric]);
        const value = median(values);
        const goal = METRICS[metric].goal;
        const verdict = goal === undefined ? '' : value <= goal ? `  goal ≤ ${shown(metric, goal)}: met` : `  goal ≤ ${shown(metric, goal)}: NOT met`;
        if (goal !== undefined && value > goal) missed = true;
        console.log(
          `  ${metric.toUpperCase().padEnd(15)} ${shown(metric, value).padStart(7)}  (runs: ${values.map((v) => shown(metric, v)).join(', ')})${verdict}`,
        );
      }
      const failing = [...new Set(runs.flatMap((r) => r.failing))];
      if (failing.length > 0) console.log(`  audits not passed in some run:\n    ${failing.join('\n    ')}`);
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  process.exit(missed ? 1 : 0);
}

await main();
