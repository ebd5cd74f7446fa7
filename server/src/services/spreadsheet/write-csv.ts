import Papa from 'papaparse';
import { FORMULA_START, type Cell, type Table } from './cells.js';

const BOM = '\uFEFF';

function plain(cell: Cell): string | number | null {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  return 'date' in cell ? cell.date : cell.number;
}

/**
 * CSV for machines and for Excel: headers in the reader's language above the machine names, UTF-8 with a byte-order mark (without it Excel reads Vietnamese
 * as mojibake), comma-separated, numbers as plain `29.71` / `154231`, dates as `2021-06-08`, and
 * text that could run as a formula prefixed with `'` (papaparse's escapeFormulae leaves numbers alone).
 */
export function toCsv(table: Table): Buffer {
  // People's headers first, the machine names the import reads beneath them.
  const labels = table.columns.some((c) => c.label) ? [table.columns.map((c) => c.label ?? c.name)] : [];
  const csv = Papa.unparse([...labels, table.columns.map((c) => c.name), ...table.rows.map((row) => row.map(plain))], {
    escapeFormulae: FORMULA_START,
    newline: '\r\n',
  });
  return Buffer.from(BOM + csv + '\r\n', 'utf8');
}
