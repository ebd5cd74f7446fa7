import type { ImportColumn } from '@kpi/shared';
import ExcelJS from 'exceljs';
import type { SheetLimits } from '../../limits.js';
import { checkRowCount, ImportFileError, readHeader, type RawCell, type RawRow, type SheetData } from './sheet.js';
import { figuresSheet, type SheetSpec } from './sheet-spec.js';
import { inflateZip } from './zip-check.js';

const text = (s: string): RawCell => ({ t: 'text', text: s.normalize('NFC').trim() });

/** exceljs gives a cell's value in many shapes: numbers, strings, dates, rich text, formulas, links. */
export function toRaw(value: ExcelJS.CellValue, numFmt: string | undefined): RawCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return { t: 'number', value, percentFormat: /%/.test(numFmt ?? '') };
  if (typeof value === 'string') return text(value);
  if (typeof value === 'boolean') return text(String(value));
  if (value instanceof Date) return { t: 'date', iso: value.toISOString().slice(0, 10) };
  if ('richText' in value) return text(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula counts by its computed result; without one, its text is shown in the rejection.
    return value.result === undefined ? text(`=${'formula' in value ? value.formula : value.sharedFormula}`) : toRaw(value.result as ExcelJS.CellValue, numFmt);
  }
  if ('hyperlink' in value) return text(String(value.text));
  if ('error' in value) return text(String(value.error));
  return undefined;
}

/**
 * The one way an uploaded XLSX is opened: exceljs reads only the parts zip-check.ts inflated and
 * counted, handed over as a stored zip.
 */
export async function loadXlsx(bytes: Uint8Array, limits: SheetLimits): Promise<ExcelJS.Workbook> {
  const inflated = await inflateZip(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(inflated as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportFileError(400, 'unreadable-xlsx', 'The XLSX file cannot be read: save it again from Excel as "Excel Workbook (*.xlsx)"');
  }
  return workbook;
}

/**
 * The sheet named `sheetName` (or the first), its row count checked against the limit. Any import
 * of a table reads its XLSX through this.
 */
export async function loadSheet(bytes: Uint8Array, limits: SheetLimits, sheetName?: string): Promise<ExcelJS.Worksheet> {
  const workbook = await loadXlsx(bytes, limits);
  const sheet = (sheetName ? workbook.getWorksheet(sheetName) : undefined) ?? workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw new ImportFileError(400, 'empty-file', 'The workbook has no rows');
  checkRowCount(sheet.actualRowCount - 1, limits.importRows);
  return sheet;
}

/**
 * The spec's sheet (the figures template's data sheet by default; else the first sheet): its first
 * one or two rows name the columns (readHeader).
 */
export async function readXlsx<C extends string = ImportColumn>(
  bytes: Uint8Array,
  limits: SheetLimits,
  spec: SheetSpec<C> = figuresSheet as unknown as SheetSpec<C>,
): Promise<SheetData<C>> {
  const sheet = await loadSheet(bytes, limits, spec.sheetName);
  const headersOf = (rowNumber: number) => {
    const headers: string[] = [];
    sheet.getRow(rowNumber).eachCell({ includeEmpty: true }, (cell, col) => {
      // Not always a string: exceljs gives a shared-string cell's bare index when the strings part is missing.
      headers[col - 1] = String(cell.text ?? '');
    });
    return Array.from(headers, (h) => h ?? '');
  };
  const { byIndex, columns, ignored, headerRows } = readHeader(headersOf(1), headersOf(2), spec);
  const rows: RawRow<C>[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRows) return;
    const raw: RawRow<C> = { row: rowNumber, cells: {} };
    byIndex.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const value = toRaw(cell.value, cell.numFmt);
      if (value && !(value.t === 'text' && value.text === '')) raw.cells[column] = value;
    });
    if (Object.keys(raw.cells).length) rows.push(raw);
  });
  return { format: 'xlsx', delimiter: null, bom: false, columns, ignoredColumns: ignored, rows };
}
