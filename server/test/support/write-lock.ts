import type { Db } from '@kpi/db';

/**
 * Whether some connection holds the database's write lock right now: `probe`, another connection
 * opened with no busy timeout, tries to take it and lets go at once. Used by the server's tests
 * and by tests/perf/reads-during-import.ts.
 */
export function writeLocked(probe: Db): boolean {
  try {
    probe.$client.exec('BEGIN IMMEDIATE');
    probe.$client.exec('ROLLBACK');
    return false;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw err;
  }
}
