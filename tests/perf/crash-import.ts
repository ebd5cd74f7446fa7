/**
 * Crash safety of imports: the built server on a seeded temporary database, a 100,000-row CSV
 * import, and a SIGKILL at a random moment while it runs — 20 times over. After each kill the
 * server is started again and must find the database whole (`PRAGMA integrity_check` = ok) and the
 * import all or nothing: either every figure of the file is there as a draft (with its audit
 * entries and the `import.run` entry) or none is.
 *
 * The file: every indicator × every year the import accepts (2000 to this year) carries a figure,
 * changed each round (its note names the round) so every one is written; the catalogue has no more distinct indicator-years
 * than that, so the other rows up to 100,000 are template rows left blank, which the import reads,
 * plans and skips. The import reads, plans and stages without a lock and takes the write lock only
 * to check its plan and write, so most kills land before its write transaction opens; a kill
 * inside it is tests/e2e/import-killed-mid-write.test.ts.
 *
 *   pnpm build && pnpm --filter @kpi/tests bench:crash          (CRASH_ROUNDS, CRASH_ROWS to change)
 *
 * Prints a table, one line per round, and exits non-zero if any round fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDatabaseFile, closeDb, openDb } from '@kpi/db';
import { entryWarningCodes, importJobSchema, indicatorListSchema, sourceListSchema, type Indicator } from '@kpi/shared';
import { createAccounts, PASSWORD } from '../support/accounts.js';
import { signIn, type Session } from '../support/kpi-api.js';
import type { RunningServer } from '../support/server.js';
import { startBenchServer } from './bench-server.js';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const ROWS = Number(process.env.CRASH_ROWS ?? 100_000);
const FIRST_YEAR = 2000;
const COLUMNS = ['indicator_code', 'year', 'numerator', 'denominator', 'value', 'position', 'out_of', 'milestone_state', 'source_id', 'note'];
const STATES = ['done', 'in-progress', 'not-started'];

interface Counts {
  revisions: number;
  saveDraftAudits: number;
  importRuns: number;
}

interface Round {
  round: number;
  delayMs: number;
  /** Where the import was when the kill came, as seen from outside. */
  phase: string;
  integrity: string;
  written: number;
  outcome: 'absent' | 'present' | 'PARTIAL';
  restartMs: number;
  ok: boolean;
}

/** One figure row of an indicator's kind; its note names the round, so every row changes the figure every round. */
function figureCells(indicator: Indicator, year: number, round: number, sourceId: number): string[] {
  const cells: Record<string, string | number> = { indicator_code: indicator.code, year, source_id: sourceId, note: `crash round ${round}` };
  switch (indicator.kind) {
    case 'ratio':
      Object.assign(cells, { numerator: 1000 + round * 7 + (year % 13), denominator: 100_000 });
      break;
    case 'value':
      // Small enough for a percent, whole for a count.
      Object.assign(cells, { value: 10 + round + (year % 7) });
      break;
    case 'rank':
      Object.assign(cells, { position: 1 + ((round + year) % 60), out_of: 63 });
      break;
    case 'milestone':
      Object.assign(cells, { milestone_state: STATES[(round + year) % 3]! });
      break;
  }
  return COLUMNS.map((c) => String(cells[c] ?? ''));
}

/** The round's CSV and how many of its rows carry a figure. */
function importFile(indicators: readonly Indicator[], round: number, sourceId: number): { csv: string; figures: number } {
  const lastYear = new Date().getFullYear();
  const lines = [COLUMNS.join(',')];
  for (const indicator of indicators) {
    for (let year = FIRST_YEAR; year <= lastYear; year++) lines.push(figureCells(indicator, year, round, sourceId).join(','));
  }
  const figures = lines.length - 1;
  for (let i = 0; lines.length <= ROWS; i++) {
    const indicator = indicators[i % indicators.length]!;
    lines.push(`${indicator.code},${FIRST_YEAR + (i % (lastYear - FIRST_YEAR + 1))}${','.repeat(COLUMNS.length - 2)}`);
  }
  return { csv: `${lines.join('\r\n')}\r\n`, figures };
}

function countsOf(databasePath: string): Counts {
  const db = openDb(databasePath);
  try {
    const one = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
    return {
      revisions: one('select count(*) from observation_revisions'),
      saveDraftAudits: one("select count(*) from audit_entries where action = 'observation.save-draft'"),
      importRuns: one("select count(*) from audit_entries where action = 'import.run'"),
    };
  } finally {
    closeDb(db);
  }
}

function upload(session: Session, csv: string, round: number): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), `crash-round-${round}.csv`);
  return fetch(`${session.url}/api/imports?acknowledge=${entryWarningCodes.join(',')}`, { method: 'POST', headers: { cookie: session.cookie }, body: form });
}

/** Starts the import and follows it; `phase()` says where it is right now. */
function follow(session: Session, csv: string, round: number) {
  // Until the 202: upload, reading the file, planning and staging it, then the write lock taken.
  let phase = 'before 202: read, plan, stage';
  let jobId: string | null = null;
  const started = performance.now();
  let markAccepted: (ms: number) => void = () => undefined;
  const accepted = new Promise<number>((resolve) => (markAccepted = resolve));
  const done = (async () => {
    const res = await upload(session, csv, round);
    if (res.status !== 202) throw new Error(`import: ${res.status} ${await res.text()}`);
    markAccepted(performance.now() - started);
    jobId = importJobSchema.parse(await res.json()).id;
    for (;;) {
      const job = importJobSchema.parse(await (await fetch(`${session.url}/api/imports/${jobId}`, { headers: { cookie: session.cookie } })).json());
      if (job.status === 'failed') throw new Error(`import failed: ${JSON.stringify(job.error)}`);
      if (job.status === 'succeeded') {
        phase = 'committed';
        return performance.now() - started;
      }
      phase = `writing drafts ${job.progress.done}/${job.progress.total}`;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { done, accepted, phase: () => phase };
}

async function start(databasePath: string): Promise<{ server: RunningServer; ms: number }> {
  const t0 = performance.now();
  // A loaded machine can take a while to start Node: the restart itself is not what is tested.
  const server = await startBenchServer({ DATABASE_PATH: databasePath, BACKUP_KEEP: '0' }, { healthTimeoutMs: 120_000 });
  return { server, ms: performance.now() - t0 };
}

const dir = mkdtempSync(join(tmpdir(), 'kpi-crash-'));
const databasePath = join(dir, 'kpi.sqlite');
const rounds: Round[] = [];
let failed = false;
try {
  let { server } = await start(databasePath);
  await createAccounts(server);
  const anonymous = { url: server.url, cookie: '' };
  const indicators = indicatorListSchema.parse(await (await fetch(`${anonymous.url}/api/indicators`)).json()).indicators;
  const sourceId = sourceListSchema.parse(await (await fetch(`${anonymous.url}/api/sources`)).json()).sources[0]!.id;

  // Round 0 runs to the end: how long an import takes is the window the kills are drawn from.
  const first = importFile(indicators, 0, sourceId);
  console.log(
    `CSV: ${ROWS.toLocaleString('en')} rows (${first.figures} with a figure: ${indicators.length} indicators × ${FIRST_YEAR}–${new Date().getFullYear()}), ${(first.csv.length / 1024 / 1024).toFixed(1)} MB`,
  );
  const before0 = countsOf(databasePath);
  const run0 = follow(await signIn(server.url, 'analyst', PASSWORD), first.csv, 0);
  const measured = await run0.done;
  const toAccepted = await run0.accepted;
  const after0 = countsOf(databasePath);
  if (after0.revisions - before0.revisions !== first.figures) throw new Error(`round 0 wrote ${after0.revisions - before0.revisions} of ${first.figures}`);
  console.log(
    `A whole import takes ${(measured / 1000).toFixed(1)} s: ${(toAccepted / 1000).toFixed(1)} s to the 202 (upload, read, plan), ${((measured - toAccepted) / 1000).toFixed(1)} s writing to the commit.\n` +
      'Each kill is drawn uniformly from that span, phase by phase: a moment in the first part is taken from the upload, a moment in the\n' +
      'second from this round’s 202 — so a round that runs slower on a busy machine is still killed in the phase drawn.\n',
  );

  for (let round = 1; round <= ROUNDS; round++) {
    const { csv, figures } = importFile(indicators, round, sourceId);
    const session = await signIn(server.url, 'analyst', PASSWORD);
    // Counted with the server up, through a second connection (WAL lets it read alongside).
    const before = countsOf(databasePath);
    const delayMs = Math.round(Math.random() * measured);
    const run = follow(session, csv, round);
    run.done.catch(() => undefined); // the kill ends it one way or another
    if (delayMs < toAccepted) await new Promise((r) => setTimeout(r, delayMs));
    else {
      await run.accepted;
      await new Promise((r) => setTimeout(r, delayMs - toAccepted));
    }
    const phase = run.phase();
    await server.stop('SIGKILL');

    const restarted = await start(databasePath);
    server = restarted.server;
    const integrity = (() => {
      try {
        return checkDatabaseFile(databasePath).integrity;
      } catch (err) {
        return (err as Error).message;
      }
    })();
    const after = countsOf(databasePath);
    const written = after.revisions - before.revisions;
    const audits = after.saveDraftAudits - before.saveDraftAudits;
    const runs = after.importRuns - before.importRuns;
    const outcome = written === 0 && audits === 0 && runs === 0 ? 'absent' : written === figures && audits === figures && runs === 1 ? 'present' : 'PARTIAL';
    const ok = integrity === 'ok' && outcome !== 'PARTIAL';
    failed ||= !ok;
    const line: Round = { round, delayMs, phase, integrity, written, outcome, restartMs: Math.round(restarted.ms), ok };
    rounds.push(line);
    console.log(
      `round ${String(round).padStart(2)}  kill at ${String(delayMs).padStart(6)} ms${delayMs < toAccepted ? ' after upload' : ' (202 + rest)'}  ${phase.padEnd(50)}  integrity ${integrity}  ` +
        `${outcome.padEnd(7)} (${written}/${figures} drafts, ${runs} import.run)  restart ${line.restartMs} ms  ${ok ? 'ok' : 'FAILED'}`,
    );
  }
  await server.stop();

  const present = rounds.filter((r) => r.outcome === 'present').length;
  const absent = rounds.filter((r) => r.outcome === 'absent').length;
  const restarts = rounds.map((r) => r.restartMs).sort((a, b) => a - b);
  console.log(
    `\n${rounds.filter((r) => r.ok).length}/${rounds.length} rounds ok: integrity_check ok every time; import wholly present ${present}×, wholly absent ${absent}×, partial ${rounds.length - present - absent}×.` +
      ` Restart after a kill (to /api/health answering): median ${restarts[Math.floor(restarts.length / 2)]} ms, max ${restarts.at(-1)} ms.`,
  );
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
