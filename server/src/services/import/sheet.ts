import { importColumns, spreadsheetColumnLabels, type ImportColumn } from '@kpi/shared';

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

/** Headers people read (either language) → the column they head. */
const LABELS = new Map<string, ImportColumn>(
  Object.values(spreadsheetColumnLabels).flatMap((labels) => importColumns.map((column): [string, ImportColumn] => [normaliseHeader(labels[column]), column])),
);

const isColumn = (name: string): name is ImportColumn => (importColumns as readonly string[]).includes(name);

/** Maps one header row's cells to known columns by position, by machine name or also by label. */
function mapHeader(headers: readonly string[], byLabel: boolean): { byIndex: Map<number, ImportColumn>; ignored: string[] } {
  const byIndex = new Map<number, ImportColumn>();
  const ignored: string[] = [];
  headers.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    if (!name) return;
    const column = isColumn(name) ? name : byLabel ? LABELS.get(name) : undefined;
    if (!column) {
      ignored.push(raw.trim());
      return;
    }
    if ([...byIndex.values()].includes(column)) throw new ImportFileError(400, 'duplicate-column', `The column "${column}" appears twice`);
    byIndex.set(i, column);
  });
  return { byIndex, ignored };
}

const hasRequired = (byIndex: Map<number, ImportColumn>) => REQUIRED.every((c) => [...byIndex.values()].includes(c));

/**
 * Finds the header in a file's first two rows: the machine names on row 1 (older files and API
 * callers) or on row 2 beneath the headers people read (the app's own files), else the headers
 * people read alone, in either language. Unknown columns are listed and ignored.
 */
export function readHeader(
  first: readonly string[],
  second: readonly string[] = [],
): { byIndex: Map<number, ImportColumn>; columns: ImportColumn[]; ignored: string[]; headerRows: 1 | 2 } {
  // Machine names on row 2 first: the labels above them would read as a header too, and row 2 as data.
  // Row 2 of an older file is data, whose cells may repeat a column's name: not a header then.
  const beneath = (() => {
    try {
      return mapHeader(second, false);
    } catch {
      return { byIndex: new Map<number, ImportColumn>(), ignored: [] };
    }
  })();
  if (hasRequired(beneath.byIndex)) return { ...beneath, columns: [...beneath.byIndex.values()], headerRows: 2 };
  const { byIndex, ignored } = mapHeader(first, true);
  if (hasRequired(byIndex)) return { byIndex, columns: [...byIndex.values()], ignored, headerRows: 1 };
  const missing = REQUIRED.filter((c) => ![...byIndex.values()].includes(c));
  throw new ImportFileError(
    400,
    'missing-columns',
    `The first row must name the columns; missing: ${missing.join(', ')}. Download the template (GET /api/imports/template.xlsx) for the full list`,
  );
}

/** Refuses a file with more data rows than the configured limit (IMPORT_MAX_ROWS). */
export function checkRowCount(rows: number, maxRows: number): void {
  if (rows > maxRows) {
    throw new ImportFileError(413, 'too-many-rows', `The file has ${rows} rows; an import takes at most ${maxRows}. Split it into several files`);
  }
}

export const isBlank = (cell: RawCell | undefined) => cell === undefined || (cell.t === 'text' && cell.text.trim() === '');
