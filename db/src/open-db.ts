import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The database or a transaction on it: what query functions take, so callers can compose them in one transaction. */
export type DbOrTx = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

/** The committed drizzle-kit migrations; the same path from src/ (tests) and dist/ (runtime). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

export interface OpenDbOptions {
  /** Milliseconds a writer waits for another's lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) and migrates the database. `:memory:` gives a private database for
 * tests. WAL lets readers go on while one writer writes; foreign keys are off by default in SQLite.
 */
export function openDb(path: string, { busyTimeoutMs = 5000 }: OpenDbOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

export function closeDb(db: Db): void {
  if (db.$client.open) db.$client.close();
}

/**
 * Runs a write that must not wait for another connection's lock: it fails at once with
 * SQLITE_BUSY instead. better-sqlite3 waits by blocking the thread, so a bookkeeping write on the
 * server's thread (a session's touch) would hold up every request while an import commits.
 */
export function withoutWaiting<T>(db: Db, write: () => T): T {
  const waitMs = db.$client.pragma('busy_timeout', { simple: true }) as number;
  db.$client.pragma('busy_timeout = 0');
  try {
    return write();
  } finally {
    db.$client.pragma(`busy_timeout = ${waitMs}`);
  }
}
