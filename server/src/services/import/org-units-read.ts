import type { Locale, OrgUnitFileColumn, OrgUnitFileRow } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { unneutralise } from '../spreadsheet/cells.js';
import type { ImportWorkerPool } from './pool.js';
import { readInWorker } from './read-in-worker.js';
import type { RawCell, SheetData } from './sheet.js';

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
  pool?: ImportWorkerPool,
): Promise<OrgUnitSheet> {
  const sheet = (await readInWorker({ kind: 'read-sheet', sheet: 'org-units', ...file }, pool)) as SheetData<OrgUnitFileColumn>;
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
