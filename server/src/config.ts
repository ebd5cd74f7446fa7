import { fileURLToPath } from 'node:url';

/** Configuration by environment, with the defaults of the README. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  logLevel: string;
  /** The built web app the server serves beside the API; null to serve the API only. */
  webDist: string | null;
  /** Minutes without a request after which a session ends. */
  sessionIdleMinutes: number;
  /** Published figures readable without signing in (PUBLIC_READ=false to require it). */
  publicRead: boolean;
  loginPerMinute: number;
  trustProxy: boolean;
  /** The first admin's password; generated and logged once when unset. */
  adminPassword: string | undefined;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

const flag = (value: string | undefined, fallback: boolean) => (value === undefined || value === '' ? fallback : !/^(false|0|no|off)$/i.test(value));

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be an integer 0–65535, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: port(env.PORT),
    host: env.HOST || '127.0.0.1',
    databasePath: env.DATABASE_PATH || `${repoRoot}data/kpi.sqlite`,
    logLevel: env.LOG_LEVEL || 'info',
    webDist: env.WEB_DIST === '' ? null : env.WEB_DIST || `${repoRoot}web/dist`,
    sessionIdleMinutes: positiveInt('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 480),
    publicRead: flag(env.PUBLIC_READ, true),
    loginPerMinute: positiveInt('LOGIN_RATE_PER_MINUTE', env.LOGIN_RATE_PER_MINUTE, 10),
    trustProxy: flag(env.TRUST_PROXY, false),
    adminPassword: env.KPI_ADMIN_PASSWORD || undefined,
  };
}
