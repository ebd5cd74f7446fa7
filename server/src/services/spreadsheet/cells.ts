/**
 * What the spreadsheet writers take: one table, its columns and rows. Numbers stay numbers (with a
 * number format in XLSX); dates are calendar dates (`2021-06-08`); everything else is text.
 */
export type Cell = string | number | { date: string } | { number: number; numFmt: string } | null;

export interface Column {
  /** The machine name, the header an import reads. */
  name: string;
  /** The header people read, written above the machine name. */
  label?: string;
  /** The XLSX number format of this column's numbers, unless a cell brings its own. */
  numFmt?: string;
  width?: number;
}

export interface Table {
  sheetName: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one) is prefixed with `'`, as OWASP advises for CSV injection. Numbers are never touched.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reverse, on import: a leading `'` our exports added before a formula character. */
export function unneutralise(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Excel number formats; Excel shows them in the reader's locale (`#,##0` is 154.231 in Vietnamese). */
export const NUM_FMT = {
  integer: '0',
  count: '#,##0',
  date: 'dd/mm/yyyy',
  decimals: (places: number) => (places > 0 ? `0.${'0'.repeat(places)}` : '0'),
} as const;
