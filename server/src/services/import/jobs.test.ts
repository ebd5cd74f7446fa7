import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb, seedDatabase, type Db } from '@kpi/db';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../limits.js';
import { csv } from '../../test-support/imports.js';
import { ImportJobs } from './jobs.js';
import { ImportWorkerPool, OUT_OF_MEMORY } from './pool.js';
import type { ImportTask } from './run.js';

const HEADER = ['indicator_code', 'year', 'numerator', 'denominator', 'source_id', 'note'];
const SMALL = csv([HEADER, ['bluezone-install-rate', 2021, 160000, 520000, 1, '']]);
/** Within the size and row limits, but its rows take far more than the small heap below to read. */
const HEAVY = csv([HEADER, ...Array.from({ length: DEFAULT_LIMITS.importRows - 1 }, (_, i) => ['bluezone-install-rate', 2000 + (i % 20), 160000, 520000, 1, `n${i}`])]);

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kpi-jobs-'));
  db = openDb(join(dir, 'kpi.sqlite'));
  seedDatabase(db);
});
afterEach(() => {
  closeDb(db);
  rmSync(dir, { recursive: true, force: true });
});

function dryRun(content: string): ImportTask {
  const { importRows, zipEntries, zipUncompressedBytes, zipRatio } = DEFAULT_LIMITS;
  return {
    mode: 'dry-run',
    dbPath: db.$client.name,
    jobId: ImportJobs.newId(),
    fileName: 'a.csv',
    sha256: '0'.repeat(64),
    bytes: Buffer.from(content),
    acknowledge: [],
    basis: null,
    actor: 'analyst',
    locale: 'en',
    limits: { importRows, zipEntries, zipUncompressedBytes, zipRatio },
  };
}

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
