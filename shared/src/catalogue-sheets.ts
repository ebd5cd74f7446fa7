import { catalogueColumnLabel, catalogueSheets, type CatalogueColumn } from './catalogue-columns.js';
import { CatalogueSheetError, columnFor, known, readHeader, rowToEntry, type CatalogueCell, type CatalogueSheetRows } from './catalogue-sheet-rows.js';
import {
  CATALOGUE_FILE_FORMAT,
  CATALOGUE_FILE_VERSION,
  catalogueFileGroupSchema,
  catalogueFileSchema,
  catalogueFileSourceSchema,
  catalogueFileTargetSchema,
  type CatalogueFile,
  type CatalogueRowIssue,
} from './schemas/catalogue-file.js';
import type { Locale } from './schemas/common.js';
import { indicatorDefinitionSchema } from './schemas/indicator.js';
import type { z } from './schemas/zod.js';

export { CatalogueSheetError, type CatalogueCell, type CatalogueSheetRows } from './catalogue-sheet-rows.js';

/** One sheet to write: headers people read, the machine names beneath them, then one row per entry. */
export interface CatalogueTable {
  sheet: string;
  columns: (CatalogueColumn & { label: string })[];
  rows: CatalogueCell[][];
}

type Part = (typeof catalogueSheets)[number]['part'];
type Entry = Record<string, unknown>;

/** Each part's entry schema: a part the file gains later adds its own here. */
const entrySchemas: Record<Part, z.ZodType> = {
  groups: catalogueFileGroupSchema,
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

const sheetOrder = (sheet: string) => catalogueSheets.findIndex((s) => s.sheet === sheet);

/**
 * The catalogue file a workbook holds, and every row that could not be read: by sheet, row number,
 * column and reason. The file has only the rows that could be; a workbook with any refused row
 * is refused as a whole, so the file only serves the dry run's listing. Throws
 * CatalogueSheetError when the indicators sheet or a sheet's key column is missing (a missing
 * groups, targets or sources sheet holds none: files written before groups were data have none).
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
      // One reason per column: the first zod gives.
      const columnsNamed = new Set<string>();
      for (const p of rowProblems) {
        if (columnsNamed.has(p.column)) continue;
        columnsNamed.add(p.column);
        issues.push({ sheet, row, ...p });
      }
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
