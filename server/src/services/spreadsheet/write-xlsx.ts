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
 * against formula injection, the header row is bold and frozen with a filter.
 */
export async function toXlsx(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ICT KPI dashboard';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.name, key: c.name, width: c.width ?? Math.max(10, c.name.length + 2) }));
    sheet.getRow(1).font = { bold: true };
    table.rows.forEach((values, r) => {
      const row = sheet.getRow(r + 2);
      table.columns.forEach((column, c) => write(row.getCell(c + 1), values[c] ?? null, column.numFmt));
    });
    if (table.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
