import { catalogueSheets, catalogueToSheets, type CatalogueFile, type CatalogueSheetRows, type Locale } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { loadXlsx, toRaw } from '../import/read-xlsx.js';
import { checkRowCount } from '../import/sheet.js';
import { NUM_FMT, unneutralise, type Cell, type Table } from '../spreadsheet/cells.js';
import { toXlsx } from '../spreadsheet/write-xlsx.js';

/** The catalogue file as a workbook (catalogue-sheets.ts in shared), headed in `locale`. */
export function catalogueXlsx(file: CatalogueFile, locale: Locale): Promise<Buffer> {
  const tables = catalogueToSheets(file, locale).map((t): Table => ({
    sheetName: t.sheet,
    columns: t.columns.map((c) => ({ name: c.name, label: c.label, ...(c.name === 'year' || c.name.endsWith('_from') ? { numFmt: NUM_FMT.integer } : {}) })),
    // Dates as Excel dates, so a reader's Excel shows them in its own order.
    rows: t.rows.map((cells) => cells.map((cell, i): Cell => (t.columns[i]!.type === 'date' && typeof cell === 'string' ? { date: cell } : cell))),
  }));
  return toXlsx(tables);
}

/**
 * The catalogue's sheets of an uploaded workbook, opened only through the import's zip-checked
 * path (loadXlsx): 413 for a bomb or too many rows, 400 for a damaged file. Text is as people
 * typed it (our exports' formula guard taken off), dates as `YYYY-MM-DD`.
 */
export async function readCatalogueXlsx(bytes: Uint8Array, limits: SheetLimits): Promise<CatalogueSheetRows[]> {
  const workbook = await loadXlsx(bytes, limits);
  const read: CatalogueSheetRows[] = [];
  for (const { sheet: name } of catalogueSheets) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) continue;
    checkRowCount(Math.max(0, sheet.actualRowCount - 2), limits.importRows);
    const rows: CatalogueSheetRows['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CatalogueSheetRows['rows'][number]['cells'] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const raw = toRaw(cell.value, cell.numFmt);
        cells[col - 1] = !raw ? null : raw.t === 'number' ? raw.value : raw.t === 'date' ? raw.iso : unneutralise(raw.text);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
    });
    read.push({ sheet: name, rows });
  }
  return read;
}
