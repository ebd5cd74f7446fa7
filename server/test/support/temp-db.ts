import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb, seedDatabase, type Db } from '@kpi/db';
import { afterEach, beforeEach } from 'vitest';

/**
 * A seeded database in a temporary folder for each test of the calling file, removed after it:
 * `current()` is this test's. For tests that need a file (the import worker opens it by path).
 */
export function seededDatabaseEachTest(): { current(): Db } {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-test-'));
    db = openDb(join(dir, 'kpi.sqlite'));
    seedDatabase(db);
  });
  afterEach(() => {
    closeDb(db);
    rmSync(dir, { recursive: true, force: true });
  });
  return { current: () => db };
}
