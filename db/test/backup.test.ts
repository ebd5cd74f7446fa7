import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, checkDatabaseFile } from '../src/backup.js';
import { closeDb, openDb } from '../src/open-db.js';
import { restoreDatabase } from '../src/restore.js';
import { seedDatabase } from '../src/seed/index.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-restore-'));
  dirs.push(dir);
  return dir;
}

async function seededBackup(dir: string) {
  const db = openDb(join(dir, 'source.sqlite'));
  seedDatabase(db);
  const done = await backupDatabase(db, join(dir, 'backup.sqlite'));
  closeDb(db);
  return done.path;
}

/**
 * Another process with the database open, as a server has it: a node child that opens it with
 * better-sqlite3, reads it once and waits. Resolves once it has read.
 */
async function holdOpen(path: string): Promise<ChildProcess> {
  const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const script = `const db = new (require(${JSON.stringify(betterSqlite)}))(${JSON.stringify(path)});
db.prepare('select count(*) from sources').get();
console.log('open');
setInterval(() => {}, 60000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [first] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(first.toString()).toContain('open');
  return child;
}

const sourceCount = (path: string) => {
  const db = openDb(path);
  try {
    return db.$client.prepare('select count(*) from sources').pluck().get();
  } finally {
    closeDb(db);
  }
};

describe('restoreDatabase', () => {
  it('replaces the live database, keeping the one it replaced', async () => {
    const dir = tempDir();
    const backup = await seededBackup(dir);
    const live = join(dir, 'live.sqlite');
    closeDb(openDb(live)); // migrated, empty
    const result = restoreDatabase(backup, live, new Date('2021-01-15T02:00:00Z'));
    expect(result).toMatchObject({ integrity: 'ok', previous: `${live}.before-restore-2021-01-15T02-00-00-000Z` });
    expect(existsSync(result.previous!)).toBe(true);
    expect(sourceCount(live)).toBeGreaterThan(0);
    expect(sourceCount(result.previous!)).toBe(0);
  });

  it('refuses while another process has the database open, and goes ahead once it is gone (a crash)', async () => {
    const dir = tempDir();
    const backup = await seededBackup(dir);
    const live = join(dir, 'live.sqlite');
    closeDb(openDb(live));
    const holder = await holdOpen(live);
    try {
      expect(() => restoreDatabase(backup, live)).toThrow(
        `${live} is in use (by the server, a sqlite3 shell or a backup in progress): stop it first, then restore`,
      );
      expect(existsSync(`${live}.restoring`)).toBe(false);
    } finally {
      // SIGKILL, as a crash: the kernel drops the dead process's locks.
      holder.kill('SIGKILL');
      await once(holder, 'exit');
    }
    expect(sourceCount(live)).toBe(0);
    expect(restoreDatabase(backup, live).integrity).toBe('ok');
    expect(sourceCount(live)).toBeGreaterThan(0);
  });

  it('refuses while a connection of this process has it open too, and goes ahead once it is closed', async () => {
    const dir = tempDir();
    const backup = await seededBackup(dir);
    const live = join(dir, 'live.sqlite');
    const db = openDb(live);
    expect(() => restoreDatabase(backup, live)).toThrow(`${live} is in use`);
    closeDb(db);
    expect(restoreDatabase(backup, live).integrity).toBe('ok');
  });

  it('refuses a file that is no database of this app, or a damaged one, touching nothing', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.sqlite');
    closeDb(openDb(live));
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'not a database at all, just some text that is long enough to have a header');
    expect(() => restoreDatabase(text, live)).toThrow(/not a readable database|cannot be opened/);
    const other = join(dir, 'other.sqlite');
    const { default: Database } = await import('better-sqlite3');
    const foreign = new Database(other);
    foreign.exec('create table t (x)');
    foreign.close();
    expect(() => restoreDatabase(other, live)).toThrow('is not a database of this app (no migrations table)');
    // A backup cut short: half its pages missing.
    const backup = await seededBackup(dir);
    const bytes = readFileSync(backup);
    const truncated = join(dir, 'truncated.sqlite');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(() => checkDatabaseFile(truncated)).toThrow();
    expect(() => restoreDatabase(truncated, live)).toThrow();
    expect(existsSync(`${live}.restoring`)).toBe(false);
    expect(sourceCount(live)).toBe(0);
  });

  it('refuses a backup from a newer version of the app (a migration this code does not know)', async () => {
    const dir = tempDir();
    const backup = await seededBackup(dir);
    const { default: Database } = await import('better-sqlite3');
    const file = new Database(backup);
    file.prepare("insert into __drizzle_migrations (hash, created_at) values ('future', ?)").run(Date.now() + 365 * 86_400_000);
    file.close();
    expect(() => restoreDatabase(backup, join(dir, 'live.sqlite'))).toThrow('comes from a newer version of the app');
  });
});
