/**
 * Crash safety of imports: the built server on a temporary database of the seed and generated
 * indicators made from units (scale-data.ts), a 100,000-row CSV import of 100,000 distinct figures
 * (every row a different indicator, unit and year, each unit in the years it existed, changed each
 * round so every one is written), and a SIGKILL
 * at a random moment while it runs — 20 times over. After each kill the server is started again
 * and must find the database whole (`PRAGMA integrity_check` = ok) and the import all or nothing:
 * either every figure of the file is there as a draft (with its audit entries and the `import.run`
 * entry) or none is.
 *
 * The import reads, plans and stages without a lock and takes the write lock only to check its plan
 * and write, so many kills land before its write transaction opens; a kill inside it is
 * tests/e2e/import-killed-mid-write.test.ts.
 *
 *   pnpm build && pnpm --filter @kpi/tests bench:crash          (CRASH_ROUNDS, CRASH_ROWS to change)
 *
 * Prints a table, one line per round, and exits non-zero if any round fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDatabaseFile, closeDb, listOrgUnits, openDb, seedDatabase } from '@kpi/db';
import { createAccounts, PASSWORD } from '../support/accounts.js';
import { signIn } from '../support/kpi-api.js';
import type { RunningServer } from '../support/server.js';
import { startBenchServer } from './bench-server.js';
import { distinctFiguresCsv, figuresPerIndicator, followImport } from './import-tools.js';
import { buildScaleData } from './scale-data.js';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const ROWS = Number(process.env.CRASH_ROWS ?? 100_000);
const UNITS = 66;

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
  const setup = openDb(databasePath);
  seedDatabase(setup);
  const units = listOrgUnits(setup);
  const data = buildScaleData(setup, { indicators: Math.ceil(ROWS / figuresPerIndicator(units)), units: UNITS, years: 1, lastYear: 2025 });
  closeDb(setup);
  let { server } = await start(databasePath);
  await createAccounts(server);

  // Round 0 runs to the end: how long an import takes is the window the kills are drawn from.
  const first = { csv: distinctFiguresCsv(data.codes, units, ROWS, 0), figures: ROWS };
  console.log(
    `CSV: ${ROWS.toLocaleString('en')} rows, each a distinct figure (${data.codes.length} indicators × ${units.length} units in the years each existed), ${(first.csv.length / 1024 / 1024).toFixed(1)} MB`,
  );
  const before0 = countsOf(databasePath);
  const run0 = followImport(await signIn(server.url, 'analyst', PASSWORD), first.csv, 'crash-round-0.csv');
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
    const csv = distinctFiguresCsv(data.codes, units, ROWS, round);
    const figures = ROWS;
    const session = await signIn(server.url, 'analyst', PASSWORD);
    // Counted with the server up, through a second connection (WAL lets it read alongside).
    const before = countsOf(databasePath);
    const delayMs = Math.round(Math.random() * measured);
    const run = followImport(session, csv, `crash-round-${round}.csv`);
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
