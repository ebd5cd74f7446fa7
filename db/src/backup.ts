import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_FOLDER, type Db } from './open-db.js';

/** `kpi-20210115-020000.sqlite`: sorts by time as text, so the oldest are found without parsing. */
const BACKUP_NAME = /^kpi-\d{8}-\d{6}\.sqlite$/;

export function backupFileName(at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `kpi-${date}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}.sqlite`;
}

export interface BackupCheck {
  integrity: string;
  /** Migrations applied in the file (drizzle's table). */
  migrations: number;
  /** When its newest migration was committed, ms; compared with the code's newest on restore. */
  newestMigration: number;
}

/**
 * Opens a database file read-only and checks it is a whole database of this app:
 * `PRAGMA integrity_check` answers ok and drizzle's migrations table is there.
 * Throws with the reason otherwise.
 */
export function checkDatabaseFile(path: string): BackupCheck {
  if (!existsSync(path)) throw new Error(`${path} does not exist`);
  let file: Database.Database;
  try {
    file = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new Error(`${path} cannot be opened as SQLite: ${(err as Error).message}`, { cause: err });
  }
  try {
    const integrity = (file.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    if (integrity !== 'ok') throw new Error(`${path} fails integrity_check: ${integrity}`);
    const table = file.prepare("select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!table) throw new Error(`${path} is not a database of this app (no migrations table)`);
    const row = file.prepare('select count(*) as n, max(created_at) as newest from __drizzle_migrations').get() as { n: number; newest: number | null };
    return { integrity, migrations: row.n, newestMigration: Number(row.newest ?? 0) };
  } catch (err) {
    if (err instanceof Error && err.message.startsWith(path)) throw err;
    throw new Error(`${path} is not a readable database: ${(err as Error).message}`, { cause: err });
  } finally {
    file.close();
  }
}

/** When the newest migration this code carries was written (drizzle's journal), ms. */
export function newestKnownMigration(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(0, ...journal.entries.map((e) => e.when));
}

/**
 * An online backup while the app serves: SQLite's backup API (through better-sqlite3) copies the
 * database page by page in steps, letting other work run between them, and restarts if another
 * connection writes meanwhile — the copy is one consistent state. Written beside `destPath` first
 * and renamed, so a crash never leaves a half-written file under the backup's name; checked after.
 */
export async function backupDatabase(db: Db | Database.Database, destPath: string): Promise<BackupCheck & { path: string; bytes: number }> {
  const client = 'backup' in db ? db : db.$client;
  mkdirSync(dirname(destPath), { recursive: true });
  const partial = `${destPath}.partial`;
  rmSync(partial, { force: true });
  try {
    await client.backup(partial);
    // A standalone file (no -wal/-shm beside it); the server turns WAL back on when it opens it.
    const copy = new Database(partial, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const check = checkDatabaseFile(partial);
    // A rename within one folder is atomic: the backup appears whole or not at all.
    renameSync(partial, destPath);
    return { ...check, path: destPath, bytes: statSync(destPath).size };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/** Deletes the oldest timestamped backups in `dir` beyond the newest `keep`; returns the deleted names. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!existsSync(dir)) return [];
  const backups = readdirSync(dir)
    .filter((n) => BACKUP_NAME.test(n))
    .sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of old) rmSync(join(dir, name), { force: true });
  return old;
}
