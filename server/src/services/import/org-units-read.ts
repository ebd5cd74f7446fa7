import { randomUUID } from 'node:crypto';
import type { Locale, OrgUnitFileColumn, OrgUnitFileRow } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { unneutralise } from '../spreadsheet/cells.js';
import { importWorkerPool, OUT_OF_MEMORY, type ImportWorkerPool } from './pool.js';
import type { ReadSheetMessage } from './read-task.js';
import { ImportFileError, type RawCell, type SheetData } from './sheet.js';

/** A cell as the units' planner reads it: text, an XLSX date as `2025-07-01`, a number as written. */
function cellText(cell: RawCell): string {
  if (cell.t === 'date') return cell.iso;
  if (cell.t === 'number') return String(cell.value);
  return unneutralise(cell.text);
}

export interface OrgUnitSheet {
  format: SheetData['format'];
  columns: OrgUnitFileColumn[];
  ignoredColumns: string[];
  rows: OrgUnitFileRow[];
}

/**
 * Reads an organisation units file in the import worker (queued behind any figures import): its
 * problems as a whole (too large, not UTF-8, a zip bomb, no code column) come back as ImportFileError.
 */
export async function readOrgUnitSheet(
  file: { bytes: Uint8Array; fileName: string; locale: Locale; limits: SheetLimits },
  pool: ImportWorkerPool = importWorkerPool,
): Promise<OrgUnitSheet> {
  let answer: ReadSheetMessage | undefined;
  await pool.run({ kind: 'read-sheet', jobId: randomUUID(), sheet: 'org-units', ...file }, (message) => (answer ??= message));
  if (answer?.type === 'refused') throw new ImportFileError(answer.status, answer.code, answer.message);
  if (answer?.type === 'failed') {
    if (answer.code === OUT_OF_MEMORY) throw new ImportFileError(413, answer.code, answer.message);
    throw new Error(`Reading the units file failed: ${answer.detail ?? answer.message}`);
  }
  if (answer?.type !== 'sheet') throw new Error('The import worker ended without reading the file');
  const sheet = answer.sheet as SheetData<OrgUnitFileColumn>;
  return {
    format: sheet.format,
    columns: sheet.columns,
    ignoredColumns: sheet.ignoredColumns,
    rows: sheet.rows.map(({ row, cells }) => ({
      row,
      cells: Object.fromEntries(Object.entries(cells).map(([column, cell]) => [column, cellText(cell as RawCell)])),
    })),
  };
}
