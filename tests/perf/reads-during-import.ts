/**
 * Signed-in reads during a large import: the built server as shipped (default configuration, its
 * log discarded; the daily backup off) on a temporary database, an analyst importing a CSV of IMPORT_ROWS (100,000)
 * distinct figures, and READERS (4) signed-in readers sending GET /api/auth/me and GET
 * /api/dashboard back to back, from the upload until the import has committed.
 *
 * Distinct figures: the shipped catalogue allows 540 (20 indicators × 2000–this year), so before
 * the server starts the script adds test indicators (counts) to its temporary database until
 * every indicator × every accepted year makes IMPORT_ROWS rows. Another connection probes the
 * write lock every few milliseconds without waiting for it, to see how long the import holds it.
 * As soon as the import holds it, one read comes from a session last seen minutes ago: its touch
 * is a write, which the server skips rather than wait for the lock (a wait would block its thread).
 *
 * Prints the reads' count, p50, p99 and max latency for BASELINE_S (5) seconds before the upload
 * (no import: the machine's own noise), before the 202 (upload, read, plan, stage) and after it
 * (the write, to the commit), the touching read, the import's durations and the lock's;
 * exits 1 if any read or the import fails.
 *   pnpm build && pnpm --filter @kpi/tests bench:import-reads      (IMPORT_ROWS, READERS, BASELINE_S;
 *   TOUCH=0 leaves the touching read out)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb, seedDatabase } from '@kpi/db';
import { importJobSchema } from '@kpi/shared';
// Test tooling of the server's, by relative path: it is no package export.
import { addCountIndicators, FIGURE_YEARS, manyFiguresCsv } from '../../server/test/support/many-figures.js';
import { writeLocked } from '../../server/test/support/write-lock.js';
import { ADMIN_PASSWORD, createAccounts, PASSWORD } from '../support/accounts.js';
import { signIn, type Session } from '../support/kpi-api.js';
import { startBenchServer } from './bench-server.js';

const ROWS = Number(process.env.IMPORT_ROWS ?? 100_000);
const READERS = Number(process.env.READERS ?? 4);
const GOAL_P99_MS = 100;
/** TOUCH=0: no read from a session due a touch, so only reads that write nothing. */
const TOUCH = process.env.TOUCH !== '0';
/** Seconds of reads before the upload: the same reads without an import, for comparison. */
const BASELINE_S = Number(process.env.BASELINE_S ?? 5);

interface Read {
  /** Milliseconds since the upload began (negative: before it). */
  start: number;
  ms: number;
  status: number;
}

const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function summary(reads: readonly Read[]): string {
  const ms = reads.map((r) => r.ms).sort((a, b) => a - b);
  const byStatus = new Map<number, number>();
  for (const r of reads) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  const statuses = [...byStatus].map(([status, n]) => `${n}× ${status}`);
  return `${String(reads.length).padStart(6)} reads  p50 ${pct(ms, 50).toFixed(0).padStart(4)} ms  p99 ${pct(ms, 99).toFixed(0).padStart(5)} ms  max ${(ms.at(-1) ?? NaN).toFixed(0).padStart(5)} ms  (${statuses.join(', ')})`;
}

const dir = mkdtempSync(join(tmpdir(), 'kpi-reads-import-'));
const databasePath = join(dir, 'kpi.sqlite');
let failed = false;
try {
  const setup = openDb(databasePath);
  seedDatabase(setup);
  // Test indicators (counts) and a CSV with a figure for each in every accepted year, ROWS rows in all.
  const { file: csv } = manyFiguresCsv(addCountIndicators(setup, Math.ceil(ROWS / FIGURE_YEARS.length)), 1, ROWS);
  closeDb(setup);
  const server = await startBenchServer({ DATABASE_PATH: databasePath, BACKUP_KEEP: '0' }, { healthTimeoutMs: 120_000 });
  const probe = openDb(databasePath, { busyTimeoutMs: 0 });
  try {
    await createAccounts(server);
    const analyst = await signIn(server.url, 'analyst', PASSWORD);
    // One after another: a sign-in counts against the username's lockout until its password is checked.
    const readers: Session[] = [];
    for (let i = 0; i < READERS; i++) readers.push(await signIn(server.url, 'admin', ADMIN_PASSWORD));
    // The approver's session was last seen minutes ago: its next request touches it.
    const stale = await signIn(server.url, 'approver', PASSWORD);
    probe.$client
      .prepare("update sessions set last_seen_at = ? where user_id = (select id from users where username = 'approver')")
      .run(new Date(Date.now() - 5 * 60_000).toISOString());
    console.log(`CSV: ${ROWS.toLocaleString('en')} rows, every one a distinct new figure, ${(csv.length / 1024 / 1024).toFixed(1)} MB`);

    const reads: Read[] = [];
    const now = { over: false };
    let touch: Promise<{ ms: number; status: number }> | null = null;
    const lock = { first: NaN, last: NaN, samples: 0, held: 0 };

    // Reset as the upload begins: reads before it are the baseline.
    let started = performance.now() + BASELINE_S * 1000;
    const since = () => performance.now() - started;
    const reading = readers.map(async (reader, n) => {
      for (let i = n; !now.over; i++) {
        const path = i % 2 ? '/api/auth/me' : '/api/dashboard';
        const t0 = performance.now();
        const res = await fetch(`${server.url}${path}`, { headers: { cookie: reader.cookie } });
        await res.arrayBuffer();
        reads.push({ start: t0 - started, ms: performance.now() - t0, status: res.status });
      }
    });
    await new Promise((r) => setTimeout(r, BASELINE_S * 1000));

    started = performance.now();
    const importDone = (async () => {
      const form = new FormData();
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'many-figures.csv');
      const res = await fetch(`${server.url}/api/imports`, { method: 'POST', headers: { cookie: analyst.cookie }, body: form });
      if (res.status !== 202) throw new Error(`import: ${res.status} ${await res.text()}`);
      const accepted = since();
      const { id } = importJobSchema.parse(await res.json());
      for (;;) {
        const job = importJobSchema.parse(await (await fetch(`${server.url}/api/imports/${id}`, { headers: { cookie: analyst.cookie } })).json());
        if (job.status === 'failed') throw new Error(`import failed: ${JSON.stringify(job.error)}`);
        if (job.status === 'succeeded') return { accepted, committed: since(), written: job.progress.done };
        await new Promise((r) => setTimeout(r, 50));
      }
    })().finally(() => (now.over = true));

    const probing = (async () => {
      while (!now.over) {
        const held = writeLocked(probe);
        lock.samples += 1;
        if (held) {
          lock.held += 1;
          if (Number.isNaN(lock.first)) lock.first = since();
          lock.last = since();
          // The lock is the import's (nothing else writes now): the touch comes as its write begins.
          if (TOUCH && !touch) {
            const t0 = performance.now();
            touch = fetch(`${server.url}/api/auth/me`, { headers: { cookie: stale.cookie } }).then(async (res) => {
              await res.arrayBuffer();
              return { ms: performance.now() - t0, status: res.status };
            });
          }
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    })();

    const result = await importDone;
    await Promise.all([probing, ...reading]);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `Import: ${result.written.toLocaleString('en')} drafts; 202 after ${s(result.accepted)} (upload, read, plan, stage), committed ${s(result.committed - result.accepted)} later; ${s(result.committed)} in all.`,
    );
    console.log(
      `Write lock, probed every ~5 ms from another connection: held in ${lock.held} of ${lock.samples} probes, first at ${s(lock.first)}, last at ${s(lock.last)} (≈ ${s(lock.last - lock.first)} held).`,
    );
    console.log(`Signed-in reads by ${READERS} readers (GET /api/auth/me and GET /api/dashboard, back to back):`);
    const during = reads.filter((r) => r.start >= 0);
    const inWrite = (r: Read) => r.start <= lock.last && r.start + r.ms >= lock.first;
    const phases: [string, Read[]][] = [
      ['no import', reads.filter((r) => r.start < 0)],
      ['import, no lock', during.filter((r) => !inWrite(r))],
      ['import, locked', during.filter(inWrite)],
      ['whole import', during],
    ];
    for (const [name, rs] of phases) console.log(`  ${name.padEnd(16)} ${summary(rs)}`);
    console.log('  (no lock: upload, read, plan, stage; locked: the read overlapped the write transaction, as the probe saw it)');
    const t = await (touch as Promise<{ ms: number; status: number }> | null);
    if (TOUCH)
      console.log(
        t
          ? `One read whose session touch (a write) came as the import took the lock: ${t.ms.toFixed(0)} ms, ${t.status}.`
          : 'The probe never saw the import hold the lock.',
      );
    const p99 = pct(
      during.map((r) => r.ms).sort((a, b) => a - b),
      99,
    );
    console.log(
      `Goal p99 ≤ ${GOAL_P99_MS} ms over the import: ${p99 <= GOAL_P99_MS ? 'met' : 'NOT met'} (${p99.toFixed(0)} ms). The machine may be shared: timings are rough.`,
    );
    failed ||= reads.some((r) => r.status !== 200) || (t !== null && t.status !== 200);
  } finally {
    closeDb(probe);
    await server.stop();
  }
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
