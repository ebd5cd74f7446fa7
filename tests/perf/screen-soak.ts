/**
 * A meeting-room screen, all day, in minutes: the production build in headless Chromium turns
 * 1,000 slides (through `window.__screen.advance()`, with `&advance=manual` stopping the timer) while
 * an analyst and an approver publish a changed figure every 9 turns, so the screen refetches and
 * redraws its slides and charts 111 times over. The JS heap is read after a forced garbage collection
 * every 100 turns; the goal compares turn 100 with turn 1,000: growth within 10 %.
 *
 * Turns 1–100 are the warm-up: every slide of the five-slide playlist is shown 20 times and a
 * publication lands on each of them (9 turns apart on 5 slides: slides 5, 4, 3, 2, 1, 5…), so every
 * code path of the page has run before the first sample — which the script checks.
 *
 * Beside the heap, each sample has what a leak would show first: DOM nodes, JS event listeners,
 * documents, and TanStack Query's cache entries. At turns 100 and 1,000 a heap snapshot splits the
 * heap into V8's compiled code (bytecode, and the machine code of the functions V8 has optimised so
 * far) and everything else (the objects, strings and arrays the page keeps), and counts the live
 * event streams, timers and observers.
 *
 *   pnpm build && pnpm --filter @kpi/tests bench:screen
 *   SOAK_ROTATIONS=2000   to run longer (samples every 100 turns all the way)
 *   SOAK_JS_FLAGS='--no-opt --no-maglev'   diagnosis only: V8 without its optimising compilers, to
 *                                          tell the growth of optimised code from anything the page keeps
 */
import type { CDPSession, Page } from 'playwright-core';
import { CHROMIUM_ARGS, launchBrowser } from '../support/browser.js';
import { createAccount, createScreen, publishFigure, signIn } from '../support/kpi-api.js';
import { ADMIN_PASSWORD } from '../support/accounts.js';
import { startBenchServer } from './bench-server.js';

declare global {
  /** The screen page's test hook (web/src/features/screen/test-hook.ts). */
  interface Window {
    __screen?: { advance(): void; step: number; index: number; count: number; dataVersion: number; cachedQueries(): number };
  }
}

const ROTATIONS = Number(process.env.SOAK_ROTATIONS ?? 1000);
const JS_FLAGS = process.env.SOAK_JS_FLAGS;
/** Not a multiple of the playlist's length (5), so publications land on every slide in turn. */
const REFRESH_EVERY = 9;
const SAMPLE_EVERY = 100;
const WARM_AT = 100;
const GOAL_PERCENT = 10;
const PASSWORD = 'soak-user-password-1';

/** What a heap snapshot says (native DOM objects apart from `objects`). */
interface SnapshotSummary {
  /** V8's compiled code: bytecode, baseline and optimised machine code, and what describes them. */
  code: number;
  /** JS objects, closures, strings, arrays, shapes… everything the page's JS holds that is not code. */
  objects: number;
  /** Functions V8 has compiled with an optimising tier (Maglev or TurboFan): machine code with deoptimisation data. */
  optimisedFunctions: number;
  eventSources: number;
  timers: number;
  resizeObservers: number;
  /** DOM nodes no longer in the document but still held (a component or closure keeping an old slide). */
  detachedNodes: number;
}

interface Sample {
  turn: number;
  /** V8's used heap (Runtime.getHeapUsage), compiled code included: the figure the goal is about. */
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
  cachedQueries: number;
  seconds: number;
  snapshot?: SnapshotSummary;
}

const mb = (bytes: number | undefined) => (bytes === undefined ? '' : `${(bytes / 1024 / 1024).toFixed(2)} MB`);
const percent = (from: number, to: number) => ((to - from) / from) * 100;

/**
 * A full collection until the heap stops shrinking: one collection can leave objects that only the
 * next frees (weak maps, finalisers, objects a first pass only marked as unreachable).
 */
async function collectGarbage(cdp: CDPSession): Promise<number> {
  let used = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= used) break;
    used = usedSize;
  }
  return used;
}

async function sample(cdp: CDPSession, page: Page, turn: number, started: number): Promise<Sample> {
  const heapUsed = await collectGarbage(cdp);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const cachedQueries = await page.evaluate(() => window.__screen!.cachedQueries());
  return {
    turn,
    heapUsed,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    documents: metric('Documents'),
    cachedQueries,
    seconds: (Date.now() - started) / 1000,
  };
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** A heap snapshot (taken after V8's own full collection), summed up. */
async function takeSnapshot(cdp: CDPSession): Promise<SnapshotSummary> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes, edges, strings } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const {
    node_fields: fields,
    node_types: [types],
    edge_fields: edgeFields,
    edge_types: [edgeTypes],
  } = snapshot.meta;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const edgeCountAt = fields.indexOf('edge_count');
  const detachedAt = fields.indexOf('detachedness');
  const edgeNameAt = edgeFields.indexOf('name_or_index');
  const edgeTypeAt = edgeFields.indexOf('type');
  const summary: SnapshotSummary = { code: 0, objects: 0, optimisedFunctions: 0, eventSources: 0, timers: 0, resizeObservers: 0, detachedNodes: 0 };
  let edge = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]!];
    const name = strings[nodes[i + nameAt]!];
    const size = nodes[i + sizeAt]!;
    const edgeCount = nodes[i + edgeCountAt]!;
    if (type === 'code') {
      summary.code += size;
      // Optimised code, and only it, carries deoptimisation data (the way back to the bytecode).
      if (name === 'system / Code') {
        for (let e = edge; e < edge + edgeCount; e++) {
          const at = e * edgeFields.length;
          const edgeType = edgeTypes[edges[at + edgeTypeAt]!];
          if (edgeType === 'internal' && strings[edges[at + edgeNameAt]!] === 'deoptimization_data') summary.optimisedFunctions++;
        }
      }
    } else if (type === 'native') {
      if (name === 'EventSource') summary.eventSources++;
      else if (name === 'DOMTimer') summary.timers++;
      else if (name === 'ResizeObserver') summary.resizeObservers++;
      // 2: detached (Chromium's snapshot marks DOM nodes attached, detached or unknown).
      if (detachedAt >= 0 && nodes[i + detachedAt] === 2) summary.detachedNodes++;
    } else if (type !== 'synthetic') summary.objects += size;
    edge += edgeCount;
  }
  return summary;
}

async function turn(page: Page, step: number): Promise<void> {
  await page.evaluate(() => window.__screen!.advance());
  await page.waitForFunction((n) => window.__screen?.step === n, step, { polling: 'raf', timeout: 10_000 });
}

export async function soakScreen(onSample: (s: Sample) => void = () => undefined): Promise<Sample[]> {
  // Only for diagnosis (see the header); this process launches no other browser.
  if (JS_FLAGS) CHROMIUM_ARGS.push(`--js-flags=${JS_FLAGS}`);
  // A publication every 9 turns is two writes a second or more on a quiet machine, far above what
  // people do: past ~1,000 turns the default limit (120 writes a minute) would refuse them.
  const server = await startBenchServer({}, { raiseLimits: true });
  const browser = await launchBrowser({ width: 1920, height: 1080 });
  try {
    const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const analyst = await createAccount(admin, 'soak-analyst', 'analyst', PASSWORD);
    const approver = await createAccount(admin, 'soak-approver', 'approver', PASSWORD);
    // Every kind of slide, two with charts. Turns 100 and 1,000 show the same slide (the headline),
    // one turn after a publication of the same figure (the 11th and the 111th: both 21st of 63),
    // so the two heaps compare like with like.
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
    const slideCount = await page.evaluate(() => window.__screen!.count);

    let version = 0;
    const shown = new Set<number>();
    const refreshedOn = new Set<number>();
    const samples: Sample[] = [];
    const started = Date.now();
    for (let step = 1; step <= ROTATIONS; step++) {
      await turn(page, step);
      const index = await page.evaluate(() => window.__screen!.index);
      shown.add(index);
      if (step % REFRESH_EVERY === 0) {
        // A changed figure each time (20th ↔ 21st), published as people do: draft, then approval.
        const position = 20 + ((step / REFRESH_EVERY) % 2);
        version = await publishFigure(analyst, approver, 'egov-rank', 2023, { kind: 'rank', position, outOf: 63, sourceId: 1 }, version);
        const { dataVersion } = (await (await fetch(contentUrl)).json()) as { dataVersion: number };
        await page.waitForFunction((v) => window.__screen?.dataVersion === v, dataVersion, { timeout: 10_000 });
        refreshedOn.add(index);
      }
      if (step === WARM_AT && (shown.size < slideCount || refreshedOn.size < slideCount)) {
        throw new Error(`the warm-up did not cover the playlist: ${shown.size} slides shown, ${refreshedOn.size} refreshed of ${slideCount}`);
      }
      // Every 100 turns, to tell a leak (a steady climb) from caches or code filling up (a plateau).
      if (step % SAMPLE_EVERY === 0 || step === ROTATIONS) {
        const s = await sample(cdp, page, step, started);
        if (step === WARM_AT || step === ROTATIONS) s.snapshot = await takeSnapshot(cdp);
        samples.push(s);
        onSample(s);
      }
    }
    if (errors.length) throw new Error(`uncaught errors in the page:\n${errors.join('\n')}`);
    return samples;
  } finally {
    await browser.close();
    await server.stop('SIGKILL');
  }
}

async function main() {
  console.log(`Screen soak: ${ROTATIONS} turns of a 5-slide playlist, a publication every ${REFRESH_EVERY}${JS_FLAGS ? `, V8 flags: ${JS_FLAGS}` : ''}`);
  const samples = await soakScreen((s) =>
    process.stdout.write(
      `  turn ${String(s.turn).padStart(4)}: heap ${mb(s.heapUsed)}, ${s.nodes} nodes, ${s.listeners} listeners, ` +
        `${s.documents} document(s), ${s.cachedQueries} cached query(ies) (${s.seconds.toFixed(0)} s)\n`,
    ),
  );
  const warm = samples.find((s) => s.turn === WARM_AT);
  const end = samples.at(-1);
  if (!warm?.snapshot || !end?.snapshot || end === warm) throw new Error(`SOAK_ROTATIONS must be more than ${WARM_AT}`);
  console.table(
    Object.fromEntries(
      [warm, end].map((s) => [
        `turn ${s.turn}`,
        {
          'JS heap used': mb(s.heapUsed),
          'compiled code': mb(s.snapshot!.code),
          'optimised functions': s.snapshot!.optimisedFunctions,
          'objects (no code)': mb(s.snapshot!.objects),
          'DOM nodes': s.nodes,
          'detached nodes': s.snapshot!.detachedNodes,
          'JS listeners': s.listeners,
          'event streams': s.snapshot!.eventSources,
          timers: s.snapshot!.timers,
          'cached queries': s.cachedQueries,
        },
      ]),
    ),
  );
  const verdict = (g: number) => `${g >= 0 ? '+' : ''}${g.toFixed(1)} % (goal ≤ ${GOAL_PERCENT} %) ${g <= GOAL_PERCENT ? 'MET' : 'NOT MET'}`;
  console.log(`JS heap growth from turn ${warm.turn} to ${end.turn}: ${verdict(percent(warm.heapUsed, end.heapUsed))}`);
  console.log(
    `  of which compiled code: ${mb(warm.snapshot.code)} → ${mb(end.snapshot.code)} (${percent(warm.snapshot.code, end.snapshot.code).toFixed(1)} %), ` +
      `optimised functions ${warm.snapshot.optimisedFunctions} → ${end.snapshot.optimisedFunctions}`,
  );
  console.log(`  objects the page keeps (heap snapshot without code): ${verdict(percent(warm.snapshot.objects, end.snapshot.objects))}`);
}

await main();
