import { ADMIN_PASSWORD } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/server.js';

export interface BenchServerOptions {
  /** Sign-in and write limits raised out of the way, so every caller reaches the code measured rather than a 429. */
  raiseLimits?: boolean;
  /** Seconds until /api/health must answer: a loaded machine, or a database grown beforehand, starts slowly. */
  healthTimeoutMs?: number;
}

/**
 * The built server as the benchmarks start it: warnings only in its log (an access line per request
 * would cost the load generator), the first admin's password known (ADMIN_PASSWORD of
 * tests/support/accounts.ts), then `env` on top (a DATABASE_PATH grown beforehand, a LOG_LEVEL…).
 */
export function startBenchServer(env: Record<string, string> = {}, { raiseLimits = false, healthTimeoutMs }: BenchServerOptions = {}): Promise<RunningServer> {
  const limits: Record<string, string> = raiseLimits ? { LOGIN_RATE_PER_MINUTE: '1000000', WRITE_RATE_PER_MINUTE: '1000000' } : {};
  return startServer({ LOG_LEVEL: 'warn', KPI_ADMIN_PASSWORD: ADMIN_PASSWORD, ...limits, ...env }, healthTimeoutMs ? { healthTimeoutMs } : {});
}
