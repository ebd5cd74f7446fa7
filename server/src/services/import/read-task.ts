import type { CatalogueSheetRows, Locale } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { readRankTable, type TableRow } from '../rankings/read-table.js';
import { readImportFile } from './read-file.js';
import { ImportFileError, type SheetData } from './sheet.js';
import { sheetSpecs, type SheetSpecName } from './sheet-spec.js';

/**
 * Reading a file in the import worker for an import that plans and writes on the main thread
 * (the organisation units, the catalogue workbook, a ranking table: a few hundred rows at most, but
 * the XLSX could be anything until read): the same readers, zip checks and memory cap as the
 * figures' import, off the event loop. `jobId` names the task to the pool, as an import's job id does.
 */
export type ReadTask =
  | { kind: 'read-sheet'; jobId: string; sheet: SheetSpecName; fileName: string; bytes: Uint8Array; locale: Locale; limits: SheetLimits }
  | { kind: 'read-catalogue'; jobId: string; bytes: Uint8Array; limits: SheetLimits }
  | { kind: 'read-ranking'; jobId: string; fileName: string; bytes: Uint8Array; locale: Locale; limits: SheetLimits };

const READ_KINDS: ReadonlySet<unknown> = new Set<ReadTask['kind']>(['read-sheet', 'read-catalogue', 'read-ranking']);
/** A task runReadTask takes; the worker sends the others to the import. */
export const isReadTask = (task: { kind?: string }): task is ReadTask => READ_KINDS.has(task.kind);

/** What each kind of read gives back. */
export interface ReadResults {
  'read-sheet': SheetData<string>;
  'read-catalogue': CatalogueSheetRows[];
  'read-ranking': TableRow[];
}

export type ReadMessage =
  | { type: 'read'; result: ReadResults[ReadTask['kind']] }
  | { type: 'refused'; status: number; code: string; message: string }
  | { type: 'failed'; code: string; message: string; detail?: string | undefined };

async function read(task: ReadTask): Promise<ReadResults[ReadTask['kind']]> {
  if (task.kind === 'read-sheet') return readImportFile<string>(task.bytes, task.fileName, task.locale, task.limits, sheetSpecs[task.sheet]);
  if (task.kind === 'read-ranking') return readRankTable(task.bytes, task.fileName, task.locale, task.limits);
  // exceljs takes a while to load: only once a workbook comes.
  const { readCatalogueXlsx } = await import('../catalogue/xlsx.js');
  return readCatalogueXlsx(task.bytes, task.limits);
}

export async function runReadTask(task: ReadTask, post: (message: ReadMessage) => void): Promise<void> {
  try {
    post({ type: 'read', result: await read(task) });
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    post({ type: 'refused', status: err.status, code: err.code, message: err.message });
  }
}
