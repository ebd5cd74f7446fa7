import { fileURLToPath } from 'node:url';

/** Configuration by environment, with the defaults of the README. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  logLevel: string;
  /** The built web app the server serves beside the API; null to serve the API only. */
  webDist: string | null;
  /** The organisation shown in the app: configuration, since departments merge (2025). */
  organisation: string;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

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
    organisation: env.ORGANISATION_NAME || 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn',
  };
}
