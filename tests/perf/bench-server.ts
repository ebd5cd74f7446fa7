import { ADMIN_PASSWORD } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/server.js';

export interface BenchServerOptions {
  /** Sign-in and write limits raised out of the way, so every caller reaches the code measured rather than a 429. */
  raiseLimits?: boolean;
  /** Seconds until /api/health must answer: a loaded machine, or a database grown beforehand, starts slowly. */
  healthTimeoutMs?: number;
  /**
   * The script reads the server's log (for SQLITE_BUSY): the log is kept at warnings and errors, so
   * it holds what the script looks for and does not pile up an access line per request in memory.
   */
  readLog?: boolean;
}

/**
 * The built server as the benchmarks start it: as shipped (the default log level, its access line
 * per request discarded unless `readLog`), the first admin's password known (ADMIN_PASSWORD of
 * tests/support/accounts.ts), then `env` on top (a DATABASE_PATH grown beforehand, a LOG_LEVEL…).
 */
export function startBenchServer(
  env: Record<string, string> = {},
  { raiseLimits = false, healthTimeoutMs, readLog = false }: BenchServerOptions = {},
): Promise<RunningServer> {
  const limits: Record<string, string> = raiseLimits ? { LOGIN_RATE_PER_MINUTE: '1000000', WRITE_RATE_PER_MINUTE: '1000000' } : {};
  const log: Record<string, string> = readLog ? { LOG_LEVEL: 'warn' } : {};
  return startServer(
    { KPI_ADMIN_PASSWORD: ADMIN_PASSWORD, ...log, ...limits, ...env },
    { discardLog: !readLog, ...(healthTimeoutMs ? { healthTimeoutMs } : {}) },
  );
}
