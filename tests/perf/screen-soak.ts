/**
 * A meeting-room screen, all day, in minutes: the production build in headless Chromium turns
 * 1,000 slides (through `window.__screen.advance()`, with `&advance=manual` stopping the timer) while
 * an analyst and an approver publish a changed figure every 10 turns, so the screen refetches and
 * redraws its slides and charts 100 times over. The JS heap is read after a forced garbage collection
 * at turn 100 (warmed up) and at turn 1,000. Goal (screens issue): growth within 10 %.
 *
 * V8's used heap includes the machine code it compiles as functions get hot, which keeps growing for
 * a few thousand turns and then levels off; it says nothing about what the page holds on to. So a
 * heap snapshot at both turns also splits the heap into compiled code and everything else (the
 * objects, strings and arrays the page keeps), and the growth of each is printed.
 *   cd tests && npx tsx perf/screen-soak.ts       (after `pnpm build`; SOAK_ROTATIONS to change)
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { createAccount, createScreen, publishFigure, signIn } from '../support/kpi-api.js';
import { startServer } from '../support/server.js';

declare global {
  /** The screen page's test hook (web/src/screen/test-hook.ts). */
  interface Window {
    __screen?: { advance(): void; step: number; index: number; count: number; dataVersion: number };
  }
}

const ROTATIONS = Number(process.env.SOAK_ROTATIONS ?? 1000);
const REFRESH_EVERY = 10;
const WARM_AT = 100;
const GOAL_PERCENT = 10;
const ADMIN_PASSWORD = 'soak-admin-password-1';
const PASSWORD = 'soak-user-password-1';

interface Sample {
  turn: number;
  /** V8's used heap (Runtime.getHeapUsage), compiled code included. */
  heapUsed: number;
  /** From a heap snapshot: V8's compiled code, and the JS objects, strings, arrays… (not native). */
  code?: number;
  objects?: number;
  domNodes: number;
  listeners: number;
}

const mb = (bytes: number | undefined) => (bytes === undefined ? '' : `${(bytes / 1024 / 1024).toFixed(2)} MB`);
const percent = (from: number, to: number) => ((to - from) / from) * 100;

async function sample(cdp: CDPSession, turn: number): Promise<Sample> {
  // Twice: the first collection can leave objects that only the second frees (weak maps, finalisers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { turn, heapUsed: usedSize, domNodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** A heap snapshot, summed by kind of node: compiled code, and JS values (native DOM objects apart). */
async function snapshotSizes(cdp: CDPSession): Promise<{ code: number; objects: number }> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let code = 0;
  let objects = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!];
    const size = snapshot.nodes[i + sizeAt]!;
    if (type === 'code') code += size;
    else if (type !== 'native' && type !== 'synthetic') objects += size;
  }
  return { code, objects };
}

async function turn(page: Page, step: number): Promise<void> {
  await page.evaluate(() => window.__screen!.advance());
  await page.waitForFunction((n) => window.__screen?.step === n, step, { polling: 'raf', timeout: 10_000 });
}

export async function soakScreen(): Promise<{ warm: Sample; end: Sample; growth: number }> {
  const server = await startServer({ KPI_ADMIN_PASSWORD: ADMIN_PASSWORD, LOG_LEVEL: 'warn' });
  const browser = await launchBrowser({ width: 1920, height: 1080 });
  try {
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const analyst = await createAccount(admin, 'soak-analyst', 'analyst', PASSWORD);
    const approver = await createAccount(admin, 'soak-approver', 'approver', PASSWORD);
    // Every kind of slide, charts included; five of them, so turns 100 and 1,000 show the same slide
    // with the same figure and the two heaps compare like with like.
    const issued = await createScreen(admin, {
      name: 'Soak',
      secondsPerSlide: 600,
      playlist: [
        { type: 'headline' },
        { type: 'group', group: 'e-government' },
        { type: 'indicator', code: 'egov-rank' },
        { type: 'group', group: 'digital-transformation' },
        { type: 'indicator', code: 'online-services-level4-rate' },
      ],
    });
    const contentUrl = `${server.url}/api/screens/${issued.screen.id}/content?token=${encodeURIComponent(issued.token)}`;

    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}${issued.url}&advance=manual`);
    await page.waitForFunction(() => window.__screen !== undefined, undefined, { timeout: 20_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    let version = 0;
    const samples: Sample[] = [];
    const started = Date.now();
    for (let step = 1; step <= ROTATIONS; step++) {
      await turn(page, step);
      if (step % REFRESH_EVERY === 0) {
        // A changed figure each time (20th ↔ 21st), published as people do: draft, then approval.
        version = await publishFigure(analyst, approver, 'egov-rank', 2023, { kind: 'rank', position: 20 + ((step / REFRESH_EVERY) % 2), outOf: 63, sourceId: 1 }, version);
        const { dataVersion } = (await (await fetch(contentUrl)).json()) as { dataVersion: number };
        await page.waitForFunction((v) => window.__screen?.dataVersion === v, dataVersion, { timeout: 10_000 });
      }
      // Every 100 turns, to tell a leak (a steady climb) from caches filling up (a plateau).
      if (step % WARM_AT === 0 || step === ROTATIONS) {
        const s = await sample(cdp, step);
        if (step === WARM_AT || step === ROTATIONS) Object.assign(s, await snapshotSizes(cdp));
        samples.push(s);
        process.stdout.write(`  turn ${step}/${ROTATIONS}: heap ${mb(s.heapUsed)}, ${s.domNodes} nodes (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
      }
    }
    const warm = samples.find((s) => s.turn === WARM_AT);
    const end = samples.at(-1);
    if (!warm || !end) throw new Error(`SOAK_ROTATIONS must be at least ${WARM_AT}`);
    if (errors.length) throw new Error(`uncaught errors in the page:\n${errors.join('\n')}`);
    return { warm, end, growth: percent(warm.heapUsed, end.heapUsed) };
  } finally {
    await browser.close();
    await server.stop('SIGKILL');
  }
}

async function main() {
  console.log(`Screen soak: ${ROTATIONS} turns, a publication every ${REFRESH_EVERY}`);
  const { warm, end, growth } = await soakScreen();
  console.table(
    Object.fromEntries(
      [warm, end].map((s) => [
        `turn ${s.turn}`,
        { 'JS heap used': mb(s.heapUsed), 'compiled code': mb(s.code), 'objects (no code)': mb(s.objects), 'DOM nodes': s.domNodes, 'JS listeners': s.listeners },
      ]),
    ),
  );
  const verdict = (g: number) => `${g.toFixed(1)} % (goal ≤ ${GOAL_PERCENT} %) ${g <= GOAL_PERCENT ? 'MET' : 'NOT MET'}`;
  console.log(`JS heap growth from turn ${warm.turn} to ${end.turn}: ${verdict(growth)}`);
  console.log(`  of which compiled code: ${mb(warm.code)} → ${mb(end.code)} (${percent(warm.code!, end.code!).toFixed(1)} %)`);
  console.log(`  objects the page keeps (heap snapshot without compiled code): ${verdict(percent(warm.objects!, end.objects!))}`);
}

await main();
