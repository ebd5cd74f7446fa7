/**
 * `pnpm restore <backup-file>`: replaces DATABASE_PATH with a backup, the server stopped.
 * The backup is checked (integrity, migrations) before anything is touched; the replaced database
 * is kept beside it as <name>.before-restore-<time>.
 */
import { resolve } from 'node:path';
import { restoreDatabase } from '../restore.js';
import { databasePath } from './paths.js';

const backup = process.argv[2];
if (!backup) {
  console.error('Usage: pnpm restore <backup-file>   (restores into DATABASE_PATH; stop the server first)');
  process.exit(2);
}
const live = databasePath();
try {
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), backup);
  const done = restoreDatabase(file, live);
  console.log(`Restored ${file} → ${live} (integrity ${done.integrity}, ${done.migrations} migrations)`);
  if (done.previous) console.log(`The replaced database is kept at ${done.previous}`);
  console.log('Start the server: any newer migrations run on start.');
} catch (err) {
  console.error(`Restore refused: ${(err as Error).message}`);
  process.exitCode = 1;
}
