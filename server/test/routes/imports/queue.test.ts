import { closeDb, openDb } from '@kpi/db';
import { describe, expect, it } from 'vitest';
import { importTestApp } from '../../support/import-app.js';
import { csv, postImport } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';
import { importWorkerPool } from '../../../src/services/import/pool.js';

const FILE = csv([
  ['indicator_code', 'year', 'numerator', 'denominator', 'source_id'],
  ['bluezone-install-rate', '2021', '160000', '520000', '1'],
]);

/** Resolves once the import worker has `count` tasks running or waiting (a wait with a timeout). */
async function pendingImports(count: number) {
  for (let i = 0; i < 400 && importWorkerPool.pending !== count; i++) await new Promise((r) => setTimeout(r, 10));
  expect(importWorkerPool.pending).toBe(count);
}

// Each import starts a worker thread (under tsx in tests): allow for a slow machine.
describe('the import queue', { timeout: 30_000 }, () => {
  it('refuses an upload with 503 and Retry-After once IMPORT_MAX_QUEUED imports wait, and takes one again after', async () => {
    const { app, db } = await importTestApp({ limits: { importQueue: 1 } });
    const cookies = await signInAll(app);
    // Another connection holds the write lock: the first import cannot finish before it lets go.
    const holder = openDb(db.$client.name);
    holder.$client.exec('BEGIN IMMEDIATE');
    try {
      const first = postImport(app, cookies.analyst, 'a.csv', FILE);
      await pendingImports(1);
      const second = postImport(app, cookies.analyst, 'a.csv', FILE, '?dryRun=true');
      await pendingImports(2);

      const refused = await postImport(app, cookies.analyst2, 'a.csv', FILE, '?dryRun=true');
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('30');
      expect(refused.json()).toEqual({ error: { code: 'imports-busy', message: expect.stringContaining('IMPORT_MAX_QUEUED') } });

      holder.$client.exec('ROLLBACK');
      expect((await first).statusCode).toBe(202);
      expect((await second).statusCode).toBe(200);
    } finally {
      if (holder.$client.inTransaction) holder.$client.exec('ROLLBACK');
      closeDb(holder);
    }
    await pendingImports(0);
    expect((await postImport(app, cookies.analyst2, 'a.csv', FILE, '?dryRun=true')).statusCode).toBe(200);
  });
});
