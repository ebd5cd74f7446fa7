/**
 * Dashboard route vs a bare Fastify route, in one run: req/s, p99 and their ratio.
 * Goal: the dashboard at ≥ 60 % of the bare route's req/s at 50 connections — it serves a body
 * computed once per data change. Both servers run as their own processes; autocannon runs here.
 * The dashboard's server is the built one as shipped (`node server/dist/main.js`, the defaults of
 * `pnpm start`: LOG_LEVEL=info, rate limits, the pressure check), on a temporary database, with
 * its log (one line per request) sent to /dev/null.
 *   pnpm --filter @kpi/tests bench:api    (after `pnpm build`)
 *
 * The three routes are measured in turns (bare, sized, dashboard; BENCH_ROUNDS times) and each
 * figure is the median of its turns; each ratio is the median of the rounds' own ratios, so a burst
 * of load on a shared machine spoils one round, not the result (the spread is printed too). The
 * dashboard's ratio counts only the rounds where both servers were busy (SATURATED): in the others
 * the load generator, not the server, set the rate.
 * A third route, a bare Fastify sending a body of the dashboard's size, separates what our
 * per-request work costs from what the body's size costs. On Linux the CPU each server and the
 * load generator spent per request is printed too (from /proc and process.cpuUsage): on a 2-core
 * machine autocannon shares the cores with the server, and its cost grows with the body.
 * BENCH_ENCODING sets Accept-Encoding (default as browsers ask over HTTPS; `gzip, deflate` is
 * Chromium over plain HTTP to a LAN address).
 */
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startServer } from '../support/server.js';
import { coreBusy, measureOnce, median, pinCores, SATURATED, saturatedRatios, startBare, type Sample } from './throughput-tools.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ENCODING = process.env.BENCH_ENCODING ?? 'gzip, deflate, br';
const headers = { 'accept-encoding': ENCODING };
const DASHBOARD_PATH = '/api/dashboard?year=2020';

/** The dashboard's body as this benchmark's client gets it, once the cached encodings are ready. */
async function dashboardBody(url: string): Promise<{ bytes: number; encoding: string | undefined }> {
  const wanted = /\bbr\b/.test(ENCODING) ? 'br' : /\bgzip\b/.test(ENCODING) ? 'gzip' : undefined;
  const deadline = Date.now() + 10_000;
  for (;;) {
    // fetch decompresses the body but keeps the headers as sent: the size on the wire.
    const res = await fetch(url, { headers });
    const encoding = res.headers.get('content-encoding') ?? undefined;
    const bytes = Number(res.headers.get('content-length'));
    await res.arrayBuffer();
    if (encoding === wanted || Date.now() > deadline) return { bytes, encoding };
    await new Promise((r) => setTimeout(r, 100));
  }
}

function summarise(samples: Sample[]) {
  const server = samples.map((s) => s.serverUsPerReq);
  return {
    'req/s': Math.round(median(samples.map((s) => s.reqPerSec))),
    'p99 ms': median(samples.map((s) => s.p99)),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    'bytes/resp': Math.round(median(samples.map((s) => s.bytesPerReq))),
    'server µs/req': server.includes(null) ? '–' : median(server as number[]).toFixed(1),
    'client µs/req': median(samples.map((s) => s.clientUsPerReq)).toFixed(1),
    'server core busy': coreBusy(samples),
  };
}

export async function benchApi(): Promise<{ ratio: number }> {
  const app = await startServer({}, { discardLog: true });
  let bare: Awaited<ReturnType<typeof startBare>> | undefined;
  try {
    const dashboardUrl = `${app.url}${DASHBOARD_PATH}`;
    const body = await dashboardBody(dashboardUrl);
    bare = await startBare(body);
    const targets = [
      { name: 'bare Fastify GET /bare', url: `${bare.url}/bare`, pid: bare.pid, samples: [] as Sample[] },
      { name: `bare Fastify, ${body.bytes} B body`, url: `${bare.url}/sized`, pid: bare.pid, samples: [] as Sample[] },
      { name: `GET ${DASHBOARD_PATH}`, url: dashboardUrl, pid: app.process.pid, samples: [] as Sample[] },
    ];
    const pinned = pinCores([bare.pid, app.process.pid]);
    // A short warm-up so all are measured hot.
    for (const t of targets) await autocannon({ url: t.url, connections: CONNECTIONS, duration: 2, headers });
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) t.samples.push(await measureOnce(t.url, t.pid, { connections: CONNECTIONS, duration: DURATION_S, headers }));
    }
    const rows = Object.fromEntries(targets.map((t) => [t.name, summarise(t.samples)]));
    const [bare0, sized0, dash0] = targets.map((t) => t.samples.map((s) => s.reqPerSec)) as [number[], number[], number[]];
    const ratios = (of: number[]) => of.map((rps, round) => rps / bare0[round]!);
    const percent = (r: number) => `${(r * 100).toFixed(1)} %`;
    const spread = (rs: number[]) => `rounds ${percent(Math.min(...rs))} to ${percent(Math.max(...rs))}`;
    const ceiling = median(ratios(sized0));
    // Rounds where neither the bare route's server nor the dashboard's waited for the load generator.
    const counted = saturatedRatios(targets[0]!.samples, targets[2]!.samples);
    const ratio = counted.length > 0 ? median(counted) : Number.NaN;
    console.log(
      `\nAPI throughput (${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s each, medians; Accept-Encoding: ${ENCODING}; Node ${process.version}; ${pinned})`,
    );
    console.table(rows);
    console.log(`dashboard body on the wire: ${body.bytes} bytes (${body.encoding ?? 'identity'})`);
    console.log(
      `bare Fastify with a body of the dashboard's size / bare = ${percent(ceiling)} (${spread(ratios(sized0))}; the ceiling with no per-request work of ours)`,
    );
    if (counted.length === 0) {
      console.log(
        `dashboard / bare: no verdict. In no round were both servers busy ${percent(SATURATED)} of their core, so the load generator set the rates (all rounds: median ${percent(median(ratios(dash0)))}, ${spread(ratios(dash0))}); run again on a quieter machine.`,
      );
    } else {
      console.log(
        `dashboard / bare = ${percent(ratio)} (the median of the ${counted.length} of ${ROUNDS} rounds where both servers were busy ≥ ${percent(SATURATED)} of their core: ${spread(counted)}; goal ≥ 60 %) ${ratio >= 0.6 ? 'MET' : 'NOT MET'}`,
      );
    }
    return { ratio };
  } finally {
    bare?.stop();
    await app.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchApi();
