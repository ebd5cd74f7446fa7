import { closeDb, openDb, seedDatabase, type Db } from '@kpi/db';

/**
 * Opens the database file, creating and migrating it as needed and seeding it on its first start.
 * Kept open until the server stops: its lock on the file is what `pnpm restore` refuses on
 * (db/src/restore.ts).
 */
export function openDatabase(path: string): { db: Db; seeded: boolean } {
  const db = openDb(path);
  return { db, seeded: seedDatabase(db) };
}

/** Folds the WAL into the database file and closes it: the file alone is the whole database. */
export function closeDatabase(db: Db): void {
  if (!db.$client.open) return;
  try {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    closeDb(db);
  }
}
