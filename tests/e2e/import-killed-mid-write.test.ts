/**
 * Crash safety inside the write itself. The crash script (`bench:crash`) kills a
 * real 100,000-row import at random moments, but the catalogue holds only 540 indicator-years, so
 * the write of a whole file lasts milliseconds and random kills land before or after it. Here a
 * child process saves drafts through the import's own transaction, with pages spilling to the WAL,
 * and is SIGKILLed with the transaction open at a chosen row: the database must come back intact
 * and without a single draft of that batch. The same batch, left to finish, is all there.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDb, openDb } from '@kpi/db';
import { afterAll, describe, expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('../support/save-drafts-then-hang.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kpi-kill-mid-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child; with `killAt` > 0, SIGKILLs it as soon as it says it is inside the transaction. */
function run(path: string, killAt: number): Promise<{ said: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(killAt)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let said = '';
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (killAt > 0 && said.includes('inside')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ said, signal }));
  });
}

/** Opens the database as the server would after a restart (WAL recovery included) and counts. */
function inspect(path: string) {
  const app = openDb(path);
  const db = app.$client;
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      drafts: db.prepare("select count(*) from audit_entries where detail like '%kill-mid-write%' and action = 'observation.save-draft'").pluck().get(),
      imports: db.prepare("select count(*) from audit_entries where action = 'import.run' and entity_key = 'kill-mid-write'").pluck().get(),
      observations: db.prepare('select count(*) from observations where period between 2000 and 2014').pluck().get(),
    };
  } finally {
    closeDb(app);
  }
}

describe('an import killed inside its write transaction', () => {
  it('leaves an intact database with none of the batch, and the batch left to finish is all there', async () => {
    const killed = join(dir, 'killed.sqlite');
    const { said, signal } = await run(killed, 40);
    expect(signal).toBe('SIGKILL');
    expect(said).toMatch(/^inside 40\/(\d+)/);
    const total = Number(/inside 40\/(\d+)/.exec(said)![1]);
    expect(total).toBeGreaterThan(40);
    // The kill came with uncommitted pages in the WAL: recovery must ignore them.
    expect(statSync(`${killed}-wal`).size).toBeGreaterThan(0);
    expect(inspect(killed)).toEqual({ integrity: 'ok', drafts: 0, imports: 0, observations: 0 });

    const finished = join(dir, 'finished.sqlite');
    expect((await run(finished, 0)).said).toBe(`committed ${total}\n`);
    expect(inspect(finished)).toEqual({ integrity: 'ok', drafts: total, imports: 1, observations: total });
  });
});
