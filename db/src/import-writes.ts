import { stagedWriteStatements, type StaleRow } from './import-statements.js';
import { ImportRowError, stageDrafts, type DraftToSave, type ImportMeta, type StagedDrafts } from './import-staging.js';
import { observationState, type WriteFailure } from './observation-writes.js';
import type { Db } from './open-db.js';

export interface WriteOptions {
  /**
   * Called holding the write lock, before anything is written: false leaves the database as it
   * was and the write returns null (an import checks here that its plan still holds).
   */
  whenLocked?: () => boolean;
  /** Called inside the transaction as rows are written, every `chunkRows` rows and at the end. */
  onProgress?: (done: number, total: number) => void;
  chunkRows?: number;
}

const CHUNK_ROWS = 1000;

function failureOf(db: Db, stale: StaleRow): WriteFailure {
  switch (stale.reason) {
    case 'unknown-indicator':
    case 'unknown-source':
      return { ok: false, reason: stale.reason };
    case 'kind-mismatch':
      return { ok: false, reason: 'kind-mismatch', expected: stale.expected ?? '' };
    case 'conflict':
      return { ok: false, reason: 'conflict', current: observationState(db, { code: stale.code, year: stale.year, orgUnit: stale.orgUnit })! };
  }
}

/**
 * Second half of an import's write: every staged draft saved in ONE immediate transaction — as
 * the entry form's `saveDraft` saves one (a pending draft superseded, the version bumped, the same
 * audit entry, its detail naming the import) — and the import audited with the file's name and
 * SHA-256. A row whose indicator, source or figure changed since it was staged throws
 * ImportRowError and nothing is written. The lock is held only for these set-based statements.
 */
export function writeStagedDrafts(
  db: Db,
  staged: StagedDrafts,
  { whenLocked, onProgress, chunkRows = CHUNK_ROWS }: WriteOptions = {},
): { written: number } | null {
  const q = stagedWriteStatements(db.$client);
  const written = db.transaction(
    () => {
      if (whenLocked && !whenLocked()) return null;
      const stale = q.firstStale.get();
      if (stale) throw new ImportRowError(stale.row, failureOf(db, stale));
      for (let from = 1; from <= staged.count; from += chunkRows) {
        const range = { from, to: Math.min(staged.count, from + chunkRows - 1) };
        q.supersedeDrafts.run(range);
        q.bumpVersions.run(range);
        q.insertObservations.run(range);
        q.insertRevisions.run(range);
        q.audit.run(range);
        onProgress?.(range.to, staged.count);
      }
      q.auditImport.run({ actor: staged.actor, importId: staged.importId, detail: staged.importDetail });
      return { written: staged.count };
    },
    { behavior: 'immediate' },
  );
  // Once the lock is let go: the staged rows are this connection's alone.
  if (written) q.clear.run();
  return written;
}

/**
 * Saves a whole file's figures as drafts, all or nothing: staged against one read of the
 * database, then written in one immediate transaction (see `stageDrafts`, `writeStagedDrafts`).
 * Any failure throws ImportRowError naming the row, and nothing is written.
 */
export function saveDrafts(
  db: Db,
  drafts: readonly DraftToSave[],
  actor: string,
  meta: ImportMeta,
  options: Omit<WriteOptions, 'whenLocked'> = {},
): { written: number } {
  return writeStagedDrafts(db, stageDrafts(db, drafts, actor, meta), options)!;
}
