import type { Locale } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { readImportFile } from './read-file.js';
import { ImportFileError, type SheetData } from './sheet.js';
import { sheetSpecs, type SheetSpecName } from './sheet-spec.js';

/**
 * Reading a file in the import worker for an import that plans and writes on the main thread
 * (the organisation units: a few hundred rows at most, but the XLSX could be anything until read):
 * the same readers, zip checks and memory cap as the figures' import, off the event loop.
 */
export interface ReadSheetTask {
  kind: 'read-sheet';
  /** Names the task to the pool, as an import's job id does. */
  jobId: string;
  sheet: SheetSpecName;
  fileName: string;
  bytes: Uint8Array;
  locale: Locale;
  limits: SheetLimits;
}

export type ReadSheetMessage =
  | { type: 'sheet'; sheet: SheetData<string> }
  | { type: 'refused'; status: number; code: string; message: string }
  | { type: 'failed'; code: string; message: string; detail?: string | undefined };

export async function runReadSheetTask(task: ReadSheetTask, post: (message: ReadSheetMessage) => void): Promise<void> {
  try {
    const sheet = await readImportFile<string>(task.bytes, task.fileName, task.locale, task.limits, sheetSpecs[task.sheet]);
    post({ type: 'sheet', sheet });
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    post({ type: 'refused', status: err.status, code: err.code, message: err.message });
  }
}
