import type { FastifyInstance } from 'fastify';

/** A close that hangs (a stuck client) must not keep the process from stopping. */
const SHUTDOWN_TIMEOUT_MS = 60_000;

/**
 * SIGTERM / SIGINT: stop accepting connections, let requests in flight finish (app.close waits
 * for them, for running imports, and ends live screen streams), then `closed` (the database,
 * then the log) and exit.
 */
export function closeOnSignals(app: FastifyInstance, closed: { database(): void; log(): Promise<void> }): void {
  let closing = false;
  async function shutdown(signal: string) {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing: draining requests');
    setTimeout(() => {
      app.log.error(`still closing after ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting anyway (SQLite recovers its WAL on the next start)`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    try {
      await app.close();
      closed.database();
      app.log.info('closed cleanly');
      await closed.log();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      await closed.log();
      process.exit(1);
    }
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
