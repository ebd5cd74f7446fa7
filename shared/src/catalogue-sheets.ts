import { catalogueColumnLabel, catalogueSheets, type CatalogueColumn } from './catalogue-columns.js';
import { validationMessages } from './validation-messages.js';
import {
  CATALOGUE_FILE_FORMAT,
  CATALOGUE_FILE_VERSION,
  catalogueFileSchema,
  catalogueFileSourceSchema,
  catalogueFileTargetSchema,
  type CatalogueFile,
  type CatalogueRowIssue,
} from './schemas/catalogue-file.js';
import type { Locale } from './schemas/common.js';
import { indicatorDefinitionSchema } from './schemas/indicator.js';
import type { z } from './schemas/zod.js';

/** A cell as the workbook holds it: text, a number, or a date as `YYYY-MM-DD` text. */
export type CatalogueCell = string | number | null;

/** One sheet to write: headers people read, the machine names beneath them, then one row per entry. */
export interface CatalogueTable {
  sheet: string;
  columns: (CatalogueColumn & { label: string })[];
  rows: CatalogueCell[][];
}

/** One sheet as read: every row that has a cell, numbered as the spreadsheet numbers them (from 1). */
export interface CatalogueSheetRows {
  sheet: string;
  rows: { row: number; cells: CatalogueCell[] }[];
}

type Part = (typeof catalogueSheets)[number]['part'];
type Entry = Record<string, unknown>;

/** Each part's entry schema: a part the file gains later adds its own here. */
const entrySchemas: Record<Part, z.ZodType> = {
  indicators: indicatorDefinitionSchema,
  targets: catalogueFileTargetSchema,
  sources: catalogueFileSourceSchema,
};

const valueAt = (entry: unknown, path: readonly string[]): unknown => path.reduce<unknown>((v, key) => (v == null ? undefined : (v as Entry)[key]), entry);

/** The catalogue file as sheets, headed in `locale`; values stay machine values (codes, `gte`, ISO dates). */
export function catalogueToSheets(file: CatalogueFile, locale: Locale): CatalogueTable[] {
  return catalogueSheets.map(({ sheet, part, columns }) => ({
    sheet,
    columns: columns.map((c) => ({ ...c, label: catalogueColumnLabel(c.name, locale) })),
    rows: (file[part] as readonly unknown[]).map((entry) =>
      columns.map((c) => {
        const value = valueAt(entry, c.path);
        return typeof value === 'string' || typeof value === 'number' ? value : null;
      }),
    ),
  }));
}

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
function readHeader(sheet: string, columns: readonly CatalogueColumn[], rows: CatalogueSheetRows['rows']) {
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
const known = (message: string | undefined) => (message && message in validationMessages.en ? message : 'invalid');

function setAt(entry: Entry, path: readonly string[], value: unknown) {
  const [head, ...rest] = path as [string, ...string[]];
  if (!rest.length) entry[head] = value;
  else setAt((entry[head] ??= {}) as Entry, rest, value);
}

/** A row's cells as the part's entry, before its schema checks it, with the problems found on the way. */
function rowToEntry(at: (CatalogueColumn | null)[], cells: CatalogueCell[], columns: readonly CatalogueColumn[]) {
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

const sheetOrder = (sheet: string) => catalogueSheets.findIndex((s) => s.sheet === sheet);

/** The column an issue's path names: the longest column path it starts with, else the key column. */
function columnFor(columns: readonly CatalogueColumn[], path: readonly PropertyKey[]): string {
  const matches = columns.filter(
    (c) => c.path.every((key, i) => path[i] === key) || (path.length < c.path.length && path.every((key, i) => c.path[i] === key)),
  );
  return (matches.sort((a, b) => b.path.length - a.path.length)[0] ?? columns[0]!).name;
}

/**
 * The catalogue file a workbook holds, and every row that could not be read: by sheet, row number,
 * column and reason. The file has only the rows that could be; a workbook with any refused row
 * is refused as a whole, so the file only serves the dry run's listing. Throws
 * CatalogueSheetError when a sheet or a header is missing (sources alone may be, if nothing cites one).
 */
export function sheetsToCatalogue(sheets: readonly CatalogueSheetRows[]): { file: CatalogueFile; rows: CatalogueRowIssue[] } {
  const issues: CatalogueRowIssue[] = [];
  const parts = {} as Record<Part, { row: number; entry: unknown }[]>;
  for (const { sheet, part, columns } of catalogueSheets) {
    const found = sheets.find((s) => s.sheet === sheet);
    parts[part] = [];
    if (!found) {
      if (part === 'indicators') throw new CatalogueSheetError(sheet, 'sheet-missing');
      continue;
    }
    const { at, headerRows } = readHeader(sheet, columns, found.rows);
    for (const { row, cells } of found.rows) {
      if (row <= headerRows || cells.every((c) => c === null || c === '')) continue;
      const { entry, problems } = rowToEntry(at, cells, columns);
      const checked = problems.length ? null : entrySchemas[part].safeParse(entry);
      if (checked?.success) {
        parts[part].push({ row, entry: checked.data });
        continue;
      }
      const rowProblems = problems.length ? problems : checked!.error.issues.map((i) => ({ column: columnFor(columns, i.path), reason: known(i.message) }));
      const seen = new Set<string>();
      for (const p of rowProblems) if (!seen.has(p.column)) (seen.add(p.column), issues.push({ sheet, row, ...p }));
    }
  }
  // What only the whole file shows (a repeated code, a target citing a missing document): the
  // offending rows leave, and the check runs again, since a document's leaving orphans targets.
  for (;;) {
    const candidate = {
      format: CATALOGUE_FILE_FORMAT,
      formatVersion: CATALOGUE_FILE_VERSION,
      ...Object.fromEntries(Object.entries(parts).map(([part, entries]) => [part, entries.map((e) => e.entry)])),
    };
    const checked = catalogueFileSchema.safeParse(candidate);
    if (checked.success) return { file: checked.data, rows: issues.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row) };
    const drop = new Map<Part, Set<number>>();
    for (const issue of checked.error.issues) {
      const [part, index] = issue.path as [Part, number | undefined];
      const entry = typeof index === 'number' ? parts[part]?.[index] : undefined;
      // Only the parts' length limits reach here without an entry: the sheet as a whole.
      if (!entry) throw new CatalogueSheetError(String(part), 'too-many');
      const def = catalogueSheets.find((s) => s.part === part)!;
      issues.push({ sheet: def.sheet, row: entry.row, column: columnFor(def.columns, issue.path.slice(2)), reason: known(issue.message) });
      (drop.get(part) ?? drop.set(part, new Set()).get(part)!).add(index!);
    }
    for (const [part, indexes] of drop) parts[part] = parts[part].filter((_, i) => !indexes.has(i));
  }
}
