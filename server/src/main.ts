import { closeDb, openDb, seedDatabase } from '@kpi/db';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { asyncStdout, drainLog } from './plugins/log-destination.js';
import { logOptions } from './plugins/log-options.js';
import { scheduleBackups } from './services/backup-schedule.js';
import { ensureAdmin } from './services/bootstrap-admin.js';

// Reads config, opens (creating, migrating and on first start seeding) the database, listens.
const config = loadConfig();
// Open from here to the end: its lock on the file is what `pnpm restore` refuses on (db/src/restore.ts).
const db = openDb(config.databasePath);
const seeded = seedDatabase(db);
const logStream = asyncStdout(1, { batch: config.logLevel !== 'debug' && config.logLevel !== 'trace' });
const app = await buildApp({
  db,
  webDist: config.webDist,
  logger: logOptions(config.logLevel, logStream),
  trustProxy: config.trustProxy,
  auth: {
    idleMinutes: config.sessionIdleMinutes,
    maxDays: config.sessionMaxDays,
    publicRead: config.publicRead,
    loginPerMinute: config.loginPerMinute,
    lockout: config.loginLockout,
    writePerMinute: config.writePerMinute,
  },
  limits: config.limits,
  pressure: config.pressure,
  screenStreams: config.screenStreams,
});
await ensureAdmin(db, app.log, config.adminPassword);
if (seeded) app.log.info({ path: config.databasePath }, 'new database seeded from the 2020 report and the catalogue');
const stopBackups = scheduleBackups(db, config.backup, app.log);

/** Folds the WAL into the database file and closes it: the file alone is the whole database. */
function closeDatabase() {
  if (!db.$client.open) return;
  try {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    closeDb(db);
  }
}

/** A close that hangs (a stuck client) must not keep the process from stopping. */
const SHUTDOWN_TIMEOUT_MS = 60_000;

let closing = false;
/**
 * SIGTERM / SIGINT: stop accepting connections, let requests in flight finish (app.close waits
 * for them, for running imports, and ends live screen streams), then close the database cleanly.
 */
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'closing: draining requests');
  stopBackups();
  setTimeout(() => {
    app.log.error(`still closing after ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting anyway (SQLite recovers its WAL on the next start)`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  try {
    await app.close();
    closeDatabase();
    app.log.info('closed cleanly');
    await drainLog(logStream);
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'shutdown failed');
    await drainLog(logStream);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

try {
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(`ICT KPI dashboard on ${address} (database ${config.databasePath})`);
} catch (err) {
  app.log.error(err);
  closeDatabase();
  await drainLog(logStream);
  process.exit(1);
}
