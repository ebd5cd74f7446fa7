import { closeDb, openDb, seedDatabase } from '@kpi/db';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { ensureAdmin } from './services/bootstrap-admin.js';

// Reads config, opens (creating, migrating and on first start seeding) the database, listens.
const config = loadConfig();
const db = openDb(config.databasePath);
const seeded = seedDatabase(db);
const app = await buildApp({
  db,
  webDist: config.webDist,
  logger: {
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    // Screen tokens travel in the URL (EventSource cannot send headers): keep them out of the logs.
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: req.url.replace(/([?&]token=)[^&]*/g, '$1[redacted]'),
        remoteAddress: req.ip,
      }),
    },
  },
  trustProxy: config.trustProxy,
  auth: { idleMinutes: config.sessionIdleMinutes, publicRead: config.publicRead, loginPerMinute: config.loginPerMinute },
});
await ensureAdmin(db, app.log, config.adminPassword);
if (seeded) app.log.info({ path: config.databasePath }, 'new database seeded from the 2020 report and the catalogue');

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'closing: draining requests');
  await app.close();
  closeDb(db);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

try {
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(`ICT KPI dashboard on ${address} (database ${config.databasePath})`);
} catch (err) {
  app.log.error(err);
  closeDb(db);
  process.exit(1);
}
