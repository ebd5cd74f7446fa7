import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { asyncStdout, drainLog } from './plugins/log-destination.js';
import { logOptions } from './plugins/log-options.js';
import { closeDatabase, openDatabase } from './services/start-up/database.js';
import { closeOnSignals } from './services/start-up/shutdown.js';
import { startUpTasks } from './services/start-up/tasks.js';

// Reads the configuration and listens; what a start does beside serving is in services/start-up/.
const config = loadConfig();
const { db, seeded } = openDatabase(config.databasePath);
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
  screenDarkAfterMinutes: config.screenDarkAfterMinutes,
  mail: {
    settings: config.mail,
    // Links in mail need the address people open; without APP_PUBLIC_URL, the server's own.
    baseUrl: config.mail.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
  },
  reviewAgency: config.reviewAgency,
  calendar: config.calendar,
});
await app.register(startUpTasks, { seeded, databasePath: config.databasePath, adminPassword: config.adminPassword, backup: config.backup });
closeOnSignals(app, { database: () => closeDatabase(db), log: () => drainLog(logStream) });

try {
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(`ICT KPI dashboard on ${address} (database ${config.databasePath})`);
} catch (err) {
  app.log.error(err);
  closeDatabase(db);
  await drainLog(logStream);
  process.exit(1);
}
