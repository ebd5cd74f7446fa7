import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, checkDatabaseFile } from './backup.js';
import { closeDb, openDb } from './open-db.js';
import { pidFileOf, restoreDatabase, runningServerPid } from './restore.js';
import { seedDatabase } from './seed/index.js';

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

  it('refuses while a server runs on the database, and goes ahead once its pid is gone (a crash)', async () => {
    const dir = tempDir();
    const backup = await seededBackup(dir);
    const live = join(dir, 'live.sqlite');
    closeDb(openDb(live));
    writeFileSync(pidFileOf(live), `${process.pid}\n`);
    expect(runningServerPid(live)).toBe(process.pid);
    expect(() => restoreDatabase(backup, live)).toThrow(`the server (pid ${process.pid}) is running on ${live}: stop it first, then restore`);
    expect(sourceCount(live)).toBe(0);
    // A pid no process has (beyond Linux's pid_max): what a SIGKILLed server leaves behind.
    writeFileSync(pidFileOf(live), '99999999\n');
    expect(runningServerPid(live)).toBeNull();
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
