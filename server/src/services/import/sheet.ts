import type { ImportColumn } from '@kpi/shared';
import { figuresSheet, normaliseHeader, type SheetSpec } from './sheet-spec.js';

export { normaliseHeader };

/** A cell as read from the file: CSV gives text only, XLSX also numbers and dates. */
export type RawCell = { t: 'text'; text: string } | { t: 'number'; value: number; percentFormat: boolean } | { t: 'date'; iso: string };

export interface RawRow<C extends string = ImportColumn> {
  /** The spreadsheet row; the header is row 1. */
  row: number;
  cells: Partial<Record<C, RawCell>>;
}

export interface SheetData<C extends string = ImportColumn> {
  format: 'csv' | 'xlsx';
  delimiter: ',' | ';' | '\t' | null;
  bom: boolean;
  columns: C[];
  ignoredColumns: string[];
  rows: RawRow<C>[];
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

/** Maps one header row's cells to the spec's columns by position, by machine name or also by label. */
function mapHeader<C extends string>(headers: readonly string[], byLabel: boolean, spec: SheetSpec<C>): { byIndex: Map<number, C>; ignored: string[] } {
  const byIndex = new Map<number, C>();
  const ignored: string[] = [];
  const isColumn = (name: string): name is C => (spec.columns as readonly string[]).includes(name);
  headers.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    if (!name) return;
    const column = isColumn(name) ? name : byLabel ? spec.labels.get(name) : undefined;
    if (!column) {
      ignored.push(raw.trim());
      return;
    }
    if ([...byIndex.values()].includes(column)) throw new ImportFileError(400, 'duplicate-column', `The column "${column}" appears twice`);
    byIndex.set(i, column);
  });
  return { byIndex, ignored };
}

/**
 * Finds the header in a file's first two rows: the machine names on row 1 (older files and API
 * callers) or on row 2 beneath the headers people read (the app's own files), else the headers
 * people read alone, in either language. Unknown columns are listed and ignored.
 */
export function readHeader<C extends string = ImportColumn>(
  first: readonly string[],
  second: readonly string[] = [],
  spec: SheetSpec<C> = figuresSheet as unknown as SheetSpec<C>,
): { byIndex: Map<number, C>; columns: C[]; ignored: string[]; headerRows: 1 | 2 } {
  const hasRequired = (byIndex: Map<number, C>) => spec.required.every((c) => [...byIndex.values()].includes(c));
  // Machine names on row 2 first: the labels above them would read as a header too, and row 2 as data.
  // Row 2 of an older file is data, whose cells may repeat a column's name: not a header then.
  const beneath = (() => {
    try {
      return mapHeader(second, false, spec);
    } catch {
      return { byIndex: new Map<number, C>(), ignored: [] };
    }
  })();
  if (hasRequired(beneath.byIndex)) return { ...beneath, columns: [...beneath.byIndex.values()], headerRows: 2 };
  const { byIndex, ignored } = mapHeader(first, true, spec);
  if (hasRequired(byIndex)) return { byIndex, columns: [...byIndex.values()], ignored, headerRows: 1 };
  const missing = spec.required.filter((c) => ![...byIndex.values()].includes(c));
  throw new ImportFileError(
    400,
    'missing-columns',
    `The first row must name the columns; missing: ${missing.join(', ')}. Download the template (${spec.template}) for the full list`,
  );
}

/** Refuses a file with more data rows than the configured limit (IMPORT_MAX_ROWS). */
export function checkRowCount(rows: number, maxRows: number): void {
  if (rows > maxRows) {
    throw new ImportFileError(413, 'too-many-rows', `The file has ${rows} rows; an import takes at most ${maxRows}. Split it into several files`);
  }
}

export const isBlank = (cell: RawCell | undefined) => cell === undefined || (cell.t === 'text' && cell.text.trim() === '');
