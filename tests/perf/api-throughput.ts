/**
 * Dashboard route vs a bare Fastify route, in one run: req/s, p99 and their ratio.
 * Goal (issue 2): the dashboard at ≥ 60 % of the bare route's req/s — it serves a body computed
 * once per data change. Both servers run as their own processes; autocannon runs here.
 *   pnpm --filter @kpi/tests bench:api    (after `pnpm build`)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startServer } from '../support/server.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const script = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const m = /listening at (\S+)/.exec(d.toString());
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`bare server exited ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

// As browsers and screens ask: they all accept gzip (the bare route is too small to compress).
const headers = { 'accept-encoding': 'gzip, deflate, br' };

async function measure(url: string) {
  // A short warm-up so both are measured hot.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return { reqPerSec: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx, bytes: r.throughput.average };
}

export async function benchApi(): Promise<void> {
  const bare = await startBare();
  const app = await startServer({ LOG_LEVEL: 'warn' }).catch((err: unknown) => {
    bare.stop();
    throw err;
  });
  try {
    const bareResult = await measure(`${bare.url}/bare`);
    const dashResult = await measure(`${app.url}/api/dashboard?year=2020`);
    const ratio = dashResult.reqPerSec / bareResult.reqPerSec;
    console.log(`\nAPI throughput (${CONNECTIONS} connections, ${DURATION_S} s each, Node ${process.version})`);
    console.table({
      'bare Fastify GET /bare': { 'req/s': Math.round(bareResult.reqPerSec), 'p99 ms': bareResult.p99, errors: bareResult.errors },
      'GET /api/dashboard?year=2020': { 'req/s': Math.round(dashResult.reqPerSec), 'p99 ms': dashResult.p99, errors: dashResult.errors },
    });
    console.log(`dashboard / bare = ${(ratio * 100).toFixed(1)} % (goal ≥ 60 %) ${ratio >= 0.6 ? 'MET' : 'NOT MET'}`);
    console.log(`dashboard body on the wire ≈ ${Math.round(dashResult.bytes / Math.max(1, dashResult.reqPerSec))} bytes (gzip)`);
  } finally {
    bare.stop();
    await app.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchApi();
