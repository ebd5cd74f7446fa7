import ExcelJS from 'exceljs';
import { neutraliseFormula, NUM_FMT, type Cell, type Table } from './cells.js';

function write(cell: ExcelJS.Cell, value: Cell, numFmt: string | undefined) {
  if (value === null) return;
  if (typeof value === 'string') {
    cell.value = neutraliseFormula(value);
  } else if (typeof value === 'number') {
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  } else if ('date' in value) {
    // A calendar date as Excel's midnight; exceljs converts Dates through UTC.
    cell.value = new Date(`${value.date}T00:00:00Z`);
    cell.numFmt = NUM_FMT.date;
  } else {
    cell.value = value.number;
    cell.numFmt = value.numFmt;
  }
}

/**
 * An XLSX workbook, one sheet per table: numbers are numeric cells with a number format (Excel
 * shows them in the reader's locale, `29,71` on a Vietnamese system), text is text and neutralised
 * against formula injection. Headers in the reader's language (bold) sit above the machine names
 * the import reads; both stay frozen, with a filter on the second.
 */
export async function toXlsx(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ICT KPI dashboard';
  for (const table of tables) {
    const labelled = table.columns.some((c) => c.label);
    const headerRows = labelled ? 2 : 1;
    const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: headerRows }] });
    sheet.columns = table.columns.map((c) => ({ key: c.name, width: c.width ?? Math.max(10, (c.label ?? c.name).length + 2) }));
    if (labelled) {
      sheet.getRow(1).values = table.columns.map((c) => c.label ?? c.name);
      sheet.getRow(1).font = { bold: true };
    }
    // The machine names the import reads, quieter beneath the headers people read.
    const names = sheet.getRow(headerRows);
    names.values = table.columns.map((c) => c.name);
    names.font = labelled ? { italic: true, color: { argb: 'FF595959' } } : { bold: true };
    table.rows.forEach((values, r) => {
      const row = sheet.getRow(r + headerRows + 1);
      table.columns.forEach((column, c) => write(row.getCell(c + 1), values[c] ?? null, column.numFmt));
    });
    if (table.columns.length) sheet.autoFilter = { from: { row: headerRows, column: 1 }, to: { row: headerRows, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
