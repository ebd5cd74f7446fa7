import { importColumns, type ImportColumn } from '@kpi/shared';

/** A cell as read from the file: CSV gives text only, XLSX also numbers and dates. */
export type RawCell = { t: 'text'; text: string } | { t: 'number'; value: number; percentFormat: boolean } | { t: 'date'; iso: string };

export interface RawRow {
  /** The spreadsheet row; the header is row 1. */
  row: number;
  cells: Partial<Record<ImportColumn, RawCell>>;
}

export interface SheetData {
  format: 'csv' | 'xlsx';
  delimiter: ',' | ';' | '\t' | null;
  bom: boolean;
  columns: ImportColumn[];
  ignoredColumns: string[];
  rows: RawRow[];
}

/** A problem with the file as a whole, answered with its own status (413, 415, 400). */
export class ImportFileError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const REQUIRED: ImportColumn[] = ['indicator_code', 'year'];

/** `Indicator Code`, ` indicator-code ` and `indicator_code` are the same column. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Maps header cells to known columns (by position); unknown ones are listed and ignored. */
export function readHeader(headers: readonly string[]): { byIndex: Map<number, ImportColumn>; columns: ImportColumn[]; ignored: string[] } {
  const byIndex = new Map<number, ImportColumn>();
  const ignored: string[] = [];
  headers.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    if (!name) return;
    if (!(importColumns as readonly string[]).includes(name)) {
      ignored.push(raw.trim());
      return;
    }
    if ([...byIndex.values()].includes(name as ImportColumn)) throw new ImportFileError(400, 'duplicate-column', `The column "${name}" appears twice`);
    byIndex.set(i, name as ImportColumn);
  });
  const columns = [...byIndex.values()];
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new ImportFileError(
      400,
      'missing-columns',
      `The first row must name the columns; missing: ${missing.join(', ')}. Download the template (GET /api/imports/template.xlsx) for the full list`,
    );
  }
  return { byIndex, columns, ignored };
}

/** Refuses a file with more data rows than the configured limit (IMPORT_MAX_ROWS). */
export function checkRowCount(rows: number, maxRows: number): void {
  if (rows > maxRows) {
    throw new ImportFileError(413, 'too-many-rows', `The file has ${rows} rows; an import takes at most ${maxRows}. Split it into several files`);
  }
}

export const isBlank = (cell: RawCell | undefined) => cell === undefined || (cell.t === 'text' && cell.text.trim() === '');
