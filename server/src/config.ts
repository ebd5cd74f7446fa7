import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@kpi/shared';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

/** Configuration by environment, with the defaults of the README (docs/operations.md lists them all). */
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
  /** Writes (POST/PUT/PATCH/DELETE) allowed per signed-in user and address per minute. */
  writePerMinute: number;
  trustProxy: boolean;
  /** The first admin's password; generated and logged once when unset. */
  adminPassword: string | undefined;
  limits: Limits;
  /** Thresholds past which requests get 503 rather than queue up; 0 turns a check off. */
  pressure: { maxEventLoopDelayMs: number; maxHeapUsedMb: number };
  backup: { dir: string; keep: number; hour: number };
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function integer(name: string, value: string | undefined, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer ${min}–${max}, got "${value}"`);
  return n;
}

const positiveInt = (name: string, value: string | undefined, fallback: number) => integer(name, value, fallback, 1);
const mb = (bytes: number) => bytes / 1024 / 1024;

const flag = (value: string | undefined, fallback: boolean) => (value === undefined || value === '' ? fallback : !/^(false|0|no|off)$/i.test(value));

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databasePath = env.DATABASE_PATH || `${repoRoot}data/kpi.sqlite`;
  return {
    port: integer('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databasePath,
    logLevel: env.LOG_LEVEL || 'info',
    webDist: env.WEB_DIST === '' ? null : env.WEB_DIST || `${repoRoot}web/dist`,
    sessionIdleMinutes: positiveInt('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 480),
    publicRead: flag(env.PUBLIC_READ, true),
    loginPerMinute: positiveInt('LOGIN_RATE_PER_MINUTE', env.LOGIN_RATE_PER_MINUTE, 10),
    writePerMinute: positiveInt('WRITE_RATE_PER_MINUTE', env.WRITE_RATE_PER_MINUTE, 120),
    trustProxy: flag(env.TRUST_PROXY, false),
    adminPassword: env.KPI_ADMIN_PASSWORD || undefined,
    limits: {
      bodyBytes: positiveInt('BODY_LIMIT_KB', env.BODY_LIMIT_KB, DEFAULT_LIMITS.bodyBytes / 1024) * 1024,
      importBytes: positiveInt('IMPORT_MAX_MB', env.IMPORT_MAX_MB, mb(IMPORT_MAX_BYTES)) * 1024 * 1024,
      importRows: positiveInt('IMPORT_MAX_ROWS', env.IMPORT_MAX_ROWS, IMPORT_MAX_ROWS),
      zipEntries: positiveInt('XLSX_MAX_ENTRIES', env.XLSX_MAX_ENTRIES, DEFAULT_LIMITS.zipEntries),
      zipUncompressedBytes: positiveInt('XLSX_MAX_UNCOMPRESSED_MB', env.XLSX_MAX_UNCOMPRESSED_MB, mb(DEFAULT_LIMITS.zipUncompressedBytes)) * 1024 * 1024,
      zipRatio: positiveInt('XLSX_MAX_RATIO', env.XLSX_MAX_RATIO, DEFAULT_LIMITS.zipRatio),
      importQueue: integer('IMPORT_MAX_QUEUED', env.IMPORT_MAX_QUEUED, DEFAULT_LIMITS.importQueue, 0),
    },
    pressure: {
      maxEventLoopDelayMs: integer('MAX_EVENT_LOOP_DELAY_MS', env.MAX_EVENT_LOOP_DELAY_MS, 1000, 0),
      maxHeapUsedMb: integer('MAX_HEAP_USED_MB', env.MAX_HEAP_USED_MB, 0, 0),
    },
    backup: {
      dir: env.BACKUP_DIR || `${repoRoot}data/backups`,
      keep: integer('BACKUP_KEEP', env.BACKUP_KEEP, 7, 0),
      hour: integer('BACKUP_HOUR', env.BACKUP_HOUR, 2, 0, 23),
    },
  };
}
