import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { checkDatabaseFile, newestKnownMigration, type BackupCheck } from './backup.js';

/** Written by the server beside its database while it runs (server/src/main.ts), removed on a clean stop. */
export const pidFileOf = (databasePath: string) => `${databasePath}.pid`;

/** The pid of a live server on this database, or null (no pid file, or its process is gone: a crash). */
export function runningServerPid(databasePath: string): number | null {
  const file = pidFileOf(databasePath);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: it exists but belongs to someone else — still running.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

export interface RestoreResult extends BackupCheck {
  /** Where the replaced database was kept (null when there was none). */
  previous: string | null;
}

/**
 * Replaces the database at `livePath` with the backup at `backupPath`. Only with the server
 * stopped (a running one keeps its connection to the old file): refused while its pid file names a
 * live process. The backup is checked first (integrity, migrations, not newer than this code); the
 * current database is checkpointed and kept as `<name>.before-restore-<time>`; the copy is written
 * beside the live file and renamed over it. Migrations newer than the backup run on the next start.
 */
export function restoreDatabase(backupPath: string, livePath: string, now = new Date()): RestoreResult {
  const pid = runningServerPid(livePath);
  if (pid !== null) throw new Error(`the server (pid ${pid}) is running on ${livePath}: stop it first, then restore`);
  const check = checkDatabaseFile(backupPath);
  if (check.newestMigration > newestKnownMigration()) {
    throw new Error(`${backupPath} comes from a newer version of the app (its migrations are newer than this code's): upgrade the app first`);
  }
  const incoming = `${livePath}.restoring`;
  copyFileSync(backupPath, incoming);
  let previous: string | null = null;
  if (existsSync(livePath)) {
    // Fold any -wal left by a crash into the file, so the kept copy is whole and no stale -wal
    // is replayed over the restored database.
    const live = new Database(livePath, { fileMustExist: true });
    live.pragma('wal_checkpoint(TRUNCATE)');
    live.close();
    previous = `${livePath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(livePath, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${livePath}${suffix}`, { force: true });
  renameSync(incoming, livePath);
  return { ...checkDatabaseFile(livePath), previous };
}
