import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { checkDatabaseFile, newestKnownMigration, type BackupCheck } from './backup.js';

/**
 * Opens the live database so that no other process can have it open, or refuses if one has: the
 * server, a `sqlite3` shell, a `pnpm backup` in progress. A pid file cannot tell (it names only the
 * server, and a crashed server's pid may belong to another process by now); the file's own locks
 * can. Our databases are in WAL mode (openDb sets it, and the file keeps it), and in WAL mode every
 * connection that has read the database holds a SHARED lock on the database file (a POSIX advisory
 * fcntl lock, which SQLite also tracks between connections of one process) until it closes: the
 * server from its first query (the migrations at start) to its stop. With `locking_mode =
 * EXCLUSIVE` our first read takes an EXCLUSIVE lock on that file instead of sharing the WAL index,
 * and it fails at once with SQLITE_BUSY (timeout 0: waiting would not help, those locks last)
 * while anyone else holds theirs. The kernel drops a process's locks when it dies, so a crashed
 * server blocks nothing. Held until closed, the lock also keeps a server that starts meanwhile from
 * reading the file about to be replaced. A process that opened the file but never read it holds no
 * lock and is not seen; it has nothing of the old file to lose either.
 */
function lockLiveDatabase(livePath: string): Database.Database {
  const live = new Database(livePath, { fileMustExist: true, timeout: 0 });
  try {
    live.pragma('locking_mode = EXCLUSIVE');
    live.exec('BEGIN EXCLUSIVE; COMMIT');
    return live;
  } catch (err) {
    live.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      throw new Error(`${livePath} is in use (by the server, a sqlite3 shell or a backup in progress): stop it first, then restore`, { cause: err });
    }
    throw err;
  }
}

export interface RestoreResult extends BackupCheck {
  /** Where the replaced database was kept (null when there was none). */
  previous: string | null;
}

/**
 * Replaces the database at `livePath` with the backup at `backupPath`. Only with the server
 * stopped (a running one keeps its connection to the old file): refused while any process has the
 * database open (`lockLiveDatabase`). The backup is checked first (integrity, migrations, not newer
 * than this code); the current database is checkpointed and kept as `<name>.before-restore-<time>`;
 * the copy is written beside the live file and renamed over it. Migrations newer than the backup
 * run on the next start.
 */
export function restoreDatabase(backupPath: string, livePath: string, now = new Date()): RestoreResult {
  const live = existsSync(livePath) ? lockLiveDatabase(livePath) : null;
  const incoming = `${livePath}.restoring`;
  try {
    const check = checkDatabaseFile(backupPath);
    if (check.newestMigration > newestKnownMigration()) {
      throw new Error(`${backupPath} comes from a newer version of the app (its migrations are newer than this code's): upgrade the app first`);
    }
    copyFileSync(backupPath, incoming);
    // Fold any -wal left by a crash into the file, so the kept copy is whole and no stale -wal
    // is replayed over the restored database.
    live?.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    rmSync(incoming, { force: true });
    throw err;
  } finally {
    live?.close();
  }
  let previous: string | null = null;
  if (live) {
    previous = `${livePath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(livePath, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${livePath}${suffix}`, { force: true });
  renameSync(incoming, livePath);
  return { ...checkDatabaseFile(livePath), previous };
}
