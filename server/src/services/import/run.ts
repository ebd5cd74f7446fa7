import { closeDb, ImportRowError, openDb, saveDrafts, withWriteLock } from '@kpi/db';
import type { EntryWarningCode, ImportPlan, Locale } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { planImport } from './plan.js';
import { readImportFile } from './read-file.js';
import { ImportFileError } from './sheet.js';

/** What the worker is given (structured-cloned into it). */
export interface ImportTask {
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
  locale: Locale;
  /** Row and zip limits, checked while reading the file. */
  limits: SheetLimits;
}

/** What the worker tells the main thread, in this order: one of refused | plan, then progress…, done | failed. */
export type ImportMessage =
  | { type: 'refused'; status: number; code: string; message: string; plan?: ImportPlan }
  | { type: 'plan'; plan: ImportPlan }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; written: number }
  | { type: 'failed'; code: string; message: string; detail?: string | undefined };

const PROGRESS_EVERY = 50;

/** Why a real run would not write, as the status and code the request gets. */
function refusal(plan: ImportPlan, basis: string | null): Omit<Extract<ImportMessage, { type: 'refused' }>, 'type' | 'plan'> | null {
  if (plan.counts.rejected > 0) {
    return { status: 400, code: 'rows-rejected', message: `${plan.counts.rejected} row(s) rejected: nothing was imported. Correct them and send the file again` };
  }
  if (basis !== null && basis !== plan.basis) {
    return { status: 409, code: 'stale-plan', message: 'The file or the figures changed since the dry run: run the dry run again and review it' };
  }
  if (plan.unacknowledged.length) {
    return { status: 422, code: 'unacknowledged-warnings', message: `Acknowledge before importing: ${plan.unacknowledged.join(', ')} (?acknowledge=${plan.unacknowledged.join(',')})` };
  }
  if (plan.counts.new + plan.counts.changed === 0) return { status: 400, code: 'nothing-to-import', message: 'No row adds or changes a figure' };
  return null;
}

/**
 * Reads the file, plans, and (real run) writes every new and changed row as a draft — on its own
 * connection, holding the write lock from the plan to the commit, so what was checked is what is
 * written. Any failure rolls the whole file back.
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
    const input = { sheet, fileName: task.fileName, sha256: task.sha256, acknowledge: task.acknowledge, locale: task.locale };
    // One read transaction: the dry run sees one consistent state of the figures.
    if (task.mode === 'dry-run') return post({ type: 'plan', plan: db.transaction(() => planImport(db, input).plan) });
    const written = withWriteLock(db, () => {
      const { plan, drafts } = planImport(db, input);
      const refused = refusal(plan, task.basis);
      if (refused) {
        post({ type: 'refused', ...refused, plan });
        return null;
      }
      post({ type: 'plan', plan });
      const meta = { importId: task.jobId, fileName: task.fileName, sha256: task.sha256, counts: plan.counts };
      return saveDrafts(db, drafts, task.actor, meta, (done, total) => {
        if (done % PROGRESS_EVERY === 0 || done === total) post({ type: 'progress', done, total });
      }).written;
    });
    // Only once committed, so the main thread's caches rebuild from the new figures.
    if (written !== null) post({ type: 'done', written });
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
