/**
 * `pnpm backup [dir-or-file]`: an online backup of DATABASE_PATH — safe while the server runs.
 * With a folder (default BACKUP_DIR, else data/backups) the file is named kpi-YYYYMMDD-HHMMSS.sqlite;
 * a path ending in .sqlite is used as it is.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase, backupFileName } from '../backup.js';
import { databasePath, defaultBackupDir } from './paths.js';

const source = databasePath();
if (!existsSync(source)) {
  console.error(`No database at ${source} (set DATABASE_PATH)`);
  process.exit(1);
}
// pnpm runs scripts from the repository root; a relative path means the caller's folder (INIT_CWD).
const target = resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? defaultBackupDir());
const destPath = /\.(sqlite|db)$/i.test(target) ? target : join(target, backupFileName());
// Not through openDb: a backup never migrates. A busy timeout rides out the server's writes.
const db = new Database(source, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
try {
  const done = await backupDatabase(db, destPath);
  console.log(`Backed up ${source} → ${done.path} (${(done.bytes / 1024 / 1024).toFixed(2)} MB, integrity ${done.integrity}, ${done.migrations} migrations)`);
} catch (err) {
  console.error(`Backup failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  db.close();
}
