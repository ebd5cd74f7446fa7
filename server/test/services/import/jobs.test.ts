import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/limits.js';
import { ImportJobs } from '../../../src/services/import/jobs.js';
import { ImportWorkerPool, OUT_OF_MEMORY } from '../../../src/services/import/pool.js';
import { csv, importTask } from '../../support/imports.js';
import { seededDatabaseEachTest } from '../../support/temp-db.js';

const HEADER = ['indicator_code', 'year', 'numerator', 'denominator', 'source_id', 'note'];
const SMALL = csv([HEADER, ['bluezone-install-rate', 2021, 160000, 520000, 1, '']]);
/** Within the size and row limits, but its rows take far more than the small heap below to read. */
const HEAVY = csv([
  HEADER,
  ...Array.from({ length: DEFAULT_LIMITS.importRows - 1 }, (_, i) => ['bluezone-install-rate', 2000 + (i % 20), 160000, 520000, 1, `n${i}`]),
]);

const database = seededDatabaseEachTest();
const dryRun = (content: string) => importTask(database.current().$client.name, content, { mode: 'dry-run', jobId: ImportJobs.newId() });

// Worker threads under tsx: allow for a slow machine.
describe('an import whose file is too heavy for the worker’s memory', { timeout: 120_000 }, () => {
  it('is refused with 413 naming the cause, and the next import runs in a new worker', async () => {
    const jobs = new ImportJobs(() => {}, pino({ level: 'silent' }), 4, new ImportWorkerPool({ maxOldGenerationSizeMb: 64 }));

    expect(await jobs.start(dryRun(HEAVY))).toEqual({
      type: 'refused',
      status: 413,
      code: OUT_OF_MEMORY,
      message: 'Reading the file needs more than the 64 MB an import may use: split it into several files; nothing was imported',
    });
    expect(await jobs.start(dryRun(SMALL))).toMatchObject({ type: 'plan', plan: { counts: { new: 1 } } });
  });
});
