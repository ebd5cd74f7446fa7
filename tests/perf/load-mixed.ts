/**
 * Load: mixed reads and writes at 100 connections for 60 s against the built server (its own
 * process, temp database). Each connection cycles through 10 requests: 8 reads (overview,
 * indicator list, an indicator's detail) and 2 writes as signed-in staff — an analyst saving a
 * draft of one of 20 figures (a fifth of the time at a stale version, on purpose) and an approver
 * publishing it. Writers share the figures, so 409s are expected; nothing else is. Rate limits are
 * raised for the test (sign-ins, and writes per user where the build limits them).
 * Prints req/s, p50/p99 latency (overall and per kind of request) and counts by status; exits 1 on
 * any status but 2xx/304/409, on connection errors and timeouts (LOAD_TIMEOUT, 10 s), or on a
 * "database busy" in the server's log.
 *   pnpm --filter @kpi/tests bench:load        (after `pnpm build`)
 *   LOAD_DURATION=10 LOAD_CONNECTIONS=50 pnpm --filter @kpi/tests bench:load   (a quick run)
 */
import autocannon, { type Request } from 'autocannon';
import { createAccount, signIn, type Session } from '../support/kpi-api.js';
import { ADMIN_PASSWORD } from '../support/accounts.js';
import { startBenchServer } from './bench-server.js';

const DURATION_S = Number(process.env.LOAD_DURATION ?? process.argv[2] ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
/** Seconds before autocannon gives up on an answer (its default); a timeout counts as an error. */
const TIMEOUT_S = Number(process.env.LOAD_TIMEOUT ?? 10);
const PASSWORD = 'load-user-password-1';
const STALE_SHARE = 0.2;
/** LOAD_READS_ONLY=1: the same cycle with its two writes replaced by reads, for comparison. */
const READS_ONLY = process.env.LOAD_READS_ONLY === '1';
const CODE = 'bluezone-install-rate';
/** The figures writers contend for: one ratio indicator, 20 years. */
const YEARS = Array.from({ length: 20 }, (_, i) => 2001 + i);

const server = await startBenchServer({}, { raiseLimits: true, readLog: true });

try {
  const admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  const analysts: Session[] = await Promise.all(Array.from({ length: 10 }, (_, i) => createAccount(admin, `load-analyst-${i}`, 'analyst', PASSWORD)));
  const approvers: Session[] = await Promise.all(Array.from({ length: 5 }, (_, i) => createAccount(admin, `load-approver-${i}`, 'approver', PASSWORD)));
  const codes = ((await (await fetch(`${server.url}/api/indicators`)).json()) as { indicators: { code: string }[] }).indicators.map((i) => i.code);

  /** The last version each figure was seen at, shared by all connections as a team's browsers would learn it. */
  const versions = new Map<number, number>();
  for (const year of YEARS) {
    const res = await fetch(`${server.url}/api/indicators/${CODE}/observations/${year}`, { headers: { cookie: analysts[0]!.cookie } });
    versions.set(year, ((await res.json()) as { version: number }).version);
  }
  const writes = { save: new Map<number, number>(), publish: new Map<number, number>() };
  const count = (m: Map<number, number>, status: number) => m.set(status, (m.get(status) ?? 0) + 1);
  let nextConnection = 0;

  interface Context {
    connection?: number;
    year?: number;
    turn?: number;
    /** The request in flight on this connection (one at a time: no pipelining). */
    pending?: { kind: string; at: number };
  }
  /** Latencies per kind of request, and requests that never got an answer (autocannon's timeouts). */
  const latencies = new Map<string, number[]>();
  const unanswered = new Map<string, number>();
  const started = (c: Context, kind: string) => {
    if (c.pending) unanswered.set(c.pending.kind, (unanswered.get(c.pending.kind) ?? 0) + 1);
    c.pending = { kind, at: performance.now() };
  };
  const answered = (c: Context) => {
    if (!c.pending) return;
    latencies.set(c.pending.kind, [...(latencies.get(c.pending.kind) ?? []), performance.now() - c.pending.at]);
    c.pending = undefined;
  };
  const jsonHeaders = (cookie: string) => ({ 'content-type': 'application/json', cookie, origin: server.url, 'accept-encoding': 'gzip' });
  const read = (kind: string, path: (c: Context) => string): autocannon.Request => ({
    method: 'GET',
    setupRequest: (req: Request, context: object) => {
      const c = context as Context;
      c.connection ??= nextConnection++;
      c.turn = (c.turn ?? 0) + 1;
      started(c, kind);
      return { ...req, path: path(c), headers: { 'accept-encoding': 'gzip' } };
    },
    onResponse: (_status: number, _body: string, context: object) => answered(context as Context),
  });
  const versionFrom = (year: number, body: string) => {
    try {
      const parsed = JSON.parse(body) as { version?: number; observation?: { version: number }; current?: { version: number } };
      const version = parsed.observation?.version ?? parsed.current?.version ?? parsed.version;
      if (typeof version === 'number' && version > (versions.get(year) ?? 0)) versions.set(year, version);
    } catch {
      // a body that is not JSON says nothing about versions (counted by status anyway)
    }
  };

  const requests: autocannon.Request[] = [
    read('GET dashboard 2020', () => '/api/dashboard?year=2020'),
    read('GET indicators', () => '/api/indicators'),
    read('GET indicator detail', (c) => `/api/indicators/${codes[(c.connection! + c.turn!) % codes.length]}`),
    read('GET dashboard 2019', () => '/api/dashboard?year=2019'),
    {
      method: 'PUT',
      setupRequest: (req: Request, context: object) => {
        const c = context as Context;
        c.year = YEARS[(c.connection! + c.turn!) % YEARS.length]!;
        started(c, 'PUT draft');
        const current = versions.get(c.year) ?? 0;
        const version = Math.random() < STALE_SHARE ? Math.max(0, current - 1) : current;
        const body = JSON.stringify({
          kind: 'ratio',
          version,
          numerator: 100_000 + Math.floor(Math.random() * 50_000),
          denominator: 520_000,
          sourceId: 1,
          acknowledgedWarnings: ['published-mismatch', 'jump'],
        });
        return {
          ...req,
          path: `/api/indicators/${CODE}/observations/${c.year}`,
          headers: jsonHeaders(analysts[c.connection! % analysts.length]!.cookie),
          body,
        };
      },
      onResponse: (status: number, body: string, context: object) => {
        answered(context as Context);
        count(writes.save, status);
        versionFrom((context as Context).year!, body);
      },
    },
    read('GET dashboard 2020', () => '/api/dashboard?year=2020'),
    read('GET indicators', () => '/api/indicators'),
    read('GET indicator detail', (c) => `/api/indicators/${codes[(c.connection! * 7 + c.turn!) % codes.length]}`),
    {
      method: 'POST',
      setupRequest: (req: Request, context: object) => {
        const c = context as Context;
        const body = JSON.stringify({ version: Math.max(1, versions.get(c.year!) ?? 1) });
        started(c, 'POST publish');
        return {
          ...req,
          path: `/api/indicators/${CODE}/observations/${c.year}/publish`,
          headers: jsonHeaders(approvers[c.connection! % approvers.length]!.cookie),
          body,
        };
      },
      onResponse: (status: number, body: string, context: object) => {
        answered(context as Context);
        count(writes.publish, status);
        versionFrom((context as Context).year!, body);
      },
    },
    read('GET dashboard 2020', () => '/api/dashboard?year=2020'),
  ];

  const cycle = READS_ONLY ? requests.map((r) => (r.method === 'GET' ? r : read('GET dashboard 2020', () => '/api/dashboard?year=2020'))) : requests;
  const result = await autocannon({ url: server.url, connections: CONNECTIONS, duration: DURATION_S, timeout: TIMEOUT_S, requests: cycle, initialContext: {} });

  const byStatus = Object.entries(result.statusCodeStats ?? {}).map(([status, { count: n = 0 }]) => [Number(status), n] as const);
  const unexpected = byStatus.filter(([status]) => !((status >= 200 && status < 300) || status === 304 || status === 409));
  const fmt = (m: Map<number, number>) =>
    [...m]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
  console.log(
    `\nMixed load: ${CONNECTIONS} connections, ${DURATION_S} s, ${READS_ONLY ? 'reads only' : '8 reads : 2 writes per cycle'} (Node ${process.version})`,
  );
  console.log(`  throughput  ${Math.round(result.requests.average)} req/s (${result.requests.total} requests)`);
  console.log(`  latency     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`  by status   ${byStatus.map(([s, n]) => `${s}: ${n}`).join(', ')}`);
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
  for (const [kind, times] of [...latencies].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...times].sort((a, b) => a - b);
    const lost = unanswered.get(kind) ?? 0;
    console.log(
      `  ${kind.padEnd(20)} ${String(sorted.length).padStart(6)} answered, p50 ${pct(sorted, 50).toFixed(0)} ms, p99 ${pct(sorted, 99).toFixed(0)} ms${lost ? `, ${lost} unanswered` : ''}`,
    );
  }
  console.log(`  saves       ${fmt(writes.save)}`);
  console.log(`  publishes   ${fmt(writes.publish)}`);
  console.log(`  errors      ${result.errors} connection errors, of which ${result.timeouts} timeouts (no answer in ${TIMEOUT_S} s)`);
  const busy = /SQLITE_BUSY|database is locked/.test(server.output());
  if (busy) console.log('  the server reported the database busy');
  const ok = unexpected.length === 0 && result.errors === 0 && result.timeouts === 0 && !busy;
  console.log(
    ok
      ? '  goal (no errors besides the expected 409s): MET'
      : `  goal (no errors besides the expected 409s): NOT MET ${unexpected.map(([s, n]) => `${s}×${n}`).join(' ')}`,
  );
  if (!ok) process.exitCode = 1;
} finally {
  await server.stop();
}
