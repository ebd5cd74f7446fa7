import { catalogueColumnLabel, type CatalogueColumn } from './catalogue-columns.js';
import { validationMessages } from './validation-messages.js';

/*
 * How one sheet's rows become the entries of a part of the catalogue file, before the entries'
 * schemas check them (catalogue-sheets.ts): the header found, cells turned into fields.
 */

/** A cell as the workbook holds it: text, a number, or a date as `YYYY-MM-DD` text. */
export type CatalogueCell = string | number | null;

/** One sheet as read: every row that has a cell, numbered as the spreadsheet numbers them (from 1). */
export interface CatalogueSheetRows {
  sheet: string;
  rows: { row: number; cells: CatalogueCell[] }[];
}

type Entry = Record<string, unknown>;

/** A problem with the workbook as a whole: a sheet, or a column of one, is missing (400). */
export class CatalogueSheetError extends Error {
  constructor(
    readonly field: string,
    readonly reason: 'sheet-missing' | 'column-missing' | 'too-many',
  ) {
    super(`${field}: ${reason}`);
  }
}

const normalise = (header: CatalogueCell) =>
  String(header ?? '')
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * Which column each cell is in: the machine names on row 2 beneath the headers people read (the
 * app's own files), or on row 1, or the headers people read alone, in either language.
 */
export function readHeader(sheet: string, columns: readonly CatalogueColumn[], rows: CatalogueSheetRows['rows']) {
  const byName = new Map<string, CatalogueColumn>();
  for (const c of columns) {
    byName.set(c.name, c);
    for (const locale of ['vi', 'en'] as const) byName.set(normalise(catalogueColumnLabel(c.name, locale)), c);
  }
  const key = columns[0]!.name;
  for (const headerRow of [2, 1]) {
    const cells = rows.find((r) => r.row === headerRow)?.cells ?? [];
    if (!cells.some((cell) => normalise(cell) === key || (headerRow === 1 && byName.get(normalise(cell))?.name === key))) continue;
    const at = cells.map((cell) => byName.get(normalise(cell)) ?? null);
    return { at, headerRows: headerRow };
  }
  throw new CatalogueSheetError(`${sheet}.${key}`, 'column-missing');
}

/** A reason the message list knows, else `invalid` (zod's own wording is in English only). */
export const known = (message: string | undefined) => (message && message in validationMessages.en ? message : 'invalid');

function setAt(entry: Entry, path: readonly string[], value: unknown) {
  const [head, ...rest] = path as [string, ...string[]];
  if (!rest.length) entry[head] = value;
  else setAt((entry[head] ??= {}) as Entry, rest, value);
}

/** A row's cells as the part's entry, before its schema checks it, with the problems found on the way. */
export function rowToEntry(at: (CatalogueColumn | null)[], cells: CatalogueCell[], columns: readonly CatalogueColumn[]) {
  const entry: Entry = {};
  const problems: { column: string; reason: string }[] = [];
  const cellOf = new Map(at.flatMap((c, i) => (c ? [[c.name, cells[i] ?? null] as const] : [])));
  for (const c of columns) {
    const raw = cellOf.get(c.name) ?? null;
    const blank = raw === null || (typeof raw === 'string' && raw.trim() === '');
    if (blank) {
      if (c.required) problems.push({ column: c.name, reason: 'required' });
      // A nested object (a name in two languages, a replacement) is null only when all its cells are blank.
      else if (!c.blankOmits && c.path.length === 1) setAt(entry, c.path, null);
      continue;
    }
    if (c.type === 'number') {
      const n = typeof raw === 'number' ? raw : /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
      if (Number.isNaN(n)) problems.push({ column: c.name, reason: 'number-required' });
      else setAt(entry, c.path, n);
    } else {
      setAt(entry, c.path, String(raw).trim());
    }
  }
  for (const c of columns) if (c.path.length > 1 && !(c.path[0]! in entry)) entry[c.path[0]!] = null;
  return { entry, problems };
}

/** The column an issue's path names: the longest column path it starts with, else the key column. */
export function columnFor(columns: readonly CatalogueColumn[], path: readonly PropertyKey[]): string {
  const matches = columns.filter(
    (c) => c.path.every((key, i) => path[i] === key) || (path.length < c.path.length && path.every((key, i) => c.path[i] === key)),
  );
  return (matches.sort((a, b) => b.path.length - a.path.length)[0] ?? columns[0]!).name;
}
