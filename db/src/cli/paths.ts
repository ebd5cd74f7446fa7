import { fileURLToPath } from 'node:url';

/** The same default as the server's (server/src/config.ts): data/kpi.sqlite under the repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const databasePath = (env: NodeJS.ProcessEnv = process.env) => env.DATABASE_PATH || `${repoRoot}data/kpi.sqlite`;
export const defaultBackupDir = (env: NodeJS.ProcessEnv = process.env) => env.BACKUP_DIR || `${repoRoot}data/backups`;
