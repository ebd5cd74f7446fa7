import { closeDb, figuresFingerprint, ImportRowError, openDb, stageDrafts, writeStagedDrafts, type Db, type StagedDrafts } from '@kpi/db';
import type { EntryWarningCode, ImportCounts, ImportPlan, Locale } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { planImport, plannedIndicators, type PlanInput } from './plan.js';
import { readImportFile } from './read-file.js';
import { ImportFileError } from './sheet.js';

/** What the worker is given (structured-cloned into it). */
export interface ImportTask {
  kind?: 'import';
  mode: 'dry-run' | 'run';
  dbPath: string;
  jobId: string;
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
  acknowledge: EntryWarningCode[];
  /** The dry run's basis; a real run given one refuses when it no longer matches. */
  basis: string | null;
  actor: string;
  /** The actor's unit when a commune user imports (plan.ts); null for the whole province. */
  ownUnit: string | null;
  locale: Locale;
  /** Row and zip limits, checked while reading the file. */
  limits: SheetLimits;
}

/**
 * What the worker tells the main thread: a dry run's plan; or a run's refusal, or `accepted`
 * then progress…, done | failed. A run sends its counts, not its plan: cloning a large plan
 * would hold the write lock, and reading it would hold the main thread, for nothing.
 */
export type ImportMessage =
  | { type: 'refused'; status: number; code: string; message: string; plan?: ImportPlan }
  | { type: 'plan'; plan: ImportPlan }
  | { type: 'accepted'; counts: ImportCounts }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; written: number }
  | { type: 'failed'; code: string; message: string; detail?: string | undefined };

/** Rows written between two progress messages. */
const PROGRESS_EVERY = 1000;
/** Plans made before giving up when the figures keep changing under the import. */
export const MAX_PLANS = 3;

type Refusal = Omit<Extract<ImportMessage, { type: 'refused' }>, 'type' | 'plan'>;

/** Why a real run would not write, as the status and code the request gets. */
function refusal(plan: ImportPlan, basis: string | null): Refusal | null {
  if (plan.counts.rejected > 0) {
    return {
      status: 400,
      code: 'rows-rejected',
      message: `${plan.counts.rejected} row(s) rejected: nothing was imported. Correct them and send the file again`,
    };
  }
  if (basis !== null && basis !== plan.basis) {
    return { status: 409, code: 'stale-plan', message: 'The file or the figures changed since the dry run: run the dry run again and review it' };
  }
  if (plan.unacknowledged.length) {
    return {
      status: 422,
      code: 'unacknowledged-warnings',
      message: `Acknowledge before importing: ${plan.unacknowledged.join(', ')} (?acknowledge=${plan.unacknowledged.join(',')})`,
    };
  }
  if (plan.counts.new + plan.counts.changed === 0) return { status: 400, code: 'nothing-to-import', message: 'No row adds or changes a figure' };
  return null;
}

type Prepared = { plan: ImportPlan } & ({ refused: Refusal } | { refused: null; staged: StagedDrafts; fingerprint: string });

/**
 * Plans in a read transaction (WAL: writers carry on meanwhile) and, unless the run is refused,
 * stages its drafts in the same one, so both see the same figures; notes what the plan depended on.
 */
function prepare(db: Db, task: ImportTask, input: PlanInput): Prepared {
  return db.transaction(() => {
    const { plan, drafts } = planImport(db, input);
    const refused = refusal(plan, task.basis);
    if (refused) return { plan, refused };
    const meta = { importId: task.jobId, fileName: task.fileName, sha256: task.sha256, counts: plan.counts };
    return { plan, refused, staged: stageDrafts(db, drafts, task.actor, meta), fingerprint: figuresFingerprint(db, plannedIndicators(plan)) };
  });
}

/**
 * Reads the file, plans, and (real run) writes every new and changed row as a draft, on its own
 * connection. Planning and staging take no lock; the write lock is taken only to check that
 * nothing the plan depended on changed since (else it plans again, up to MAX_PLANS times) and to
 * write, in one transaction: what was checked is what is written, and any failure rolls the whole
 * file back.
 */
export async function runImportTask(task: ImportTask, post: (message: ImportMessage) => void): Promise<void> {
  let sheet;
  try {
    sheet = await readImportFile(task.bytes, task.fileName, task.locale, task.limits);
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    return post({ type: 'refused', status: err.status, code: err.code, message: err.message });
  }
  const db = openDb(task.dbPath);
  try {
    const input = { sheet, fileName: task.fileName, sha256: task.sha256, acknowledge: task.acknowledge, locale: task.locale, ownUnit: task.ownUnit };
    // One read transaction: the dry run sees one consistent state of the figures.
    if (task.mode === 'dry-run') return post({ type: 'plan', plan: db.transaction(() => planImport(db, input).plan) });
    for (let attempt = 1; attempt <= MAX_PLANS; attempt++) {
      const prepared = prepare(db, task, input);
      const { plan } = prepared;
      if (prepared.refused) return post({ type: 'refused', ...prepared.refused, plan });
      const written = writeStagedDrafts(db, prepared.staged, {
        whenLocked: () => {
          if (figuresFingerprint(db, plannedIndicators(plan)) !== prepared.fingerprint) return false;
          post({ type: 'accepted', counts: plan.counts });
          return true;
        },
        chunkRows: PROGRESS_EVERY,
        onProgress: (done, total) => post({ type: 'progress', done, total }),
      });
      // Only once committed, so the main thread's caches rebuild from the new figures.
      if (written) return post({ type: 'done', written: written.written });
    }
    post({
      type: 'refused',
      status: 409,
      code: 'figures-changed',
      message: `The figures kept changing while the file was being checked (${MAX_PLANS} times): nothing was imported. Send it again`,
    });
  } catch (err) {
    if (err instanceof ImportRowError) {
      post({ type: 'failed', code: err.failure.reason, message: `Row ${err.row}: ${err.failure.reason}; nothing was imported` });
    } else {
      post({ type: 'failed', code: 'internal', message: 'The import failed; nothing was imported', detail: err instanceof Error ? err.stack : String(err) });
    }
  } finally {
    closeDb(db);
  }
}
