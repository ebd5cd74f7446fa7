import { normaliseUnitName, type Locale } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { parseCsv } from '../import/read-csv.js';
import { sniffFormat } from '../import/read-file.js';
import { checkRowCount, ImportFileError } from '../import/sheet.js';

export const rankColumns = ['province', 'year', 'rank', 'out_of', 'score', 'government_rank', 'economy_rank', 'society_rank', 'source_id', 'note'] as const;
export type RankColumn = (typeof rankColumns)[number];

/** A cell as read: text, or a number where XLSX stores one. */
export type TableCell = string | number;
export interface TableRow {
  row: number;
  cells: Partial<Record<RankColumn, TableCell>>;
}

/** The headers people write over the Ministry's table, in either language, besides the machine names. */
const LABELS: Record<RankColumn, string[]> = {
  province: ['tỉnh, thành phố', 'tỉnh/thành phố', 'tỉnh', 'địa phương', 'province', 'province or city'],
  year: ['năm', 'năm dữ liệu', 'year', 'data year'],
  rank: ['xếp hạng', 'thứ hạng', 'hạng', 'rank'],
  out_of: ['trên tổng số', 'tổng số', 'out of'],
  score: ['điểm', 'điểm dti', 'chỉ số', 'score'],
  government_rank: ['chính quyền số', 'xếp hạng chính quyền số', 'digital government'],
  economy_rank: ['kinh tế số', 'xếp hạng kinh tế số', 'digital economy'],
  society_rank: ['xã hội số', 'xếp hạng xã hội số', 'digital society'],
  source_id: ['mã nguồn', 'nguồn', 'source', 'source id'],
  note: ['ghi chú', 'note'],
};
const BY_HEADER = new Map(rankColumns.flatMap((c) => [c, ...LABELS[c]].map((h): [string, RankColumn] => [normaliseUnitName(h), c])));
const REQUIRED: RankColumn[] = ['province', 'year', 'rank'];

function mapHeader(cells: readonly string[]): Map<number, RankColumn> | undefined {
  const byIndex = new Map<number, RankColumn>();
  cells.forEach((cell, i) => {
    const column = BY_HEADER.get(normaliseUnitName(cell));
    if (column && ![...byIndex.values()].includes(column)) byIndex.set(i, column);
  });
  return REQUIRED.every((c) => [...byIndex.values()].includes(c)) ? byIndex : undefined;
}

function toRows(grid: { row: number; cells: (TableCell | undefined)[] }[]): TableRow[] {
  // The header is the first row naming the province, year and rank columns, in the first two (a title may sit above it).
  const at = grid.slice(0, 2).findIndex((r) => mapHeader(r.cells.map((c) => String(c ?? ''))));
  if (at < 0) {
    throw new ImportFileError(
      400,
      'missing-columns',
      `The first row must name the columns; at least: ${REQUIRED.join(', ')} (or Tỉnh, thành phố / Năm / Xếp hạng)`,
    );
  }
  const byIndex = mapHeader(grid[at]!.cells.map((c) => String(c ?? '')))!;
  return grid.slice(at + 1).map(({ row, cells }) => {
    const out: TableRow = { row, cells: {} };
    byIndex.forEach((column, i) => {
      const cell = cells[i];
      if (cell !== undefined && String(cell).trim() !== '') out.cells[column] = typeof cell === 'string' ? cell.trim() : cell;
    });
    return out;
  });
}

/** A ranking table from CSV or XLSX, through the figures import's readers (encoding checks, zip-bomb-safe XLSX). */
export async function readRankTable(bytes: Uint8Array, fileName: string, locale: Locale, limits: SheetLimits): Promise<TableRow[]> {
  if (sniffFormat(bytes, fileName) === 'csv') {
    const { records } = parseCsv(bytes, locale);
    if (!records.length) throw new ImportFileError(400, 'empty-file', 'The file is empty');
    checkRowCount(records.length - 1, limits.importRows);
    return toRows(records);
  }
  const { loadSheet, toRaw } = await import('../import/read-xlsx.js');
  const sheet = await loadSheet(bytes, limits);
  const grid: { row: number; cells: (TableCell | undefined)[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (TableCell | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const raw = toRaw(cell.value, cell.numFmt);
      cells[col - 1] = raw === undefined ? undefined : raw.t === 'text' ? raw.text : raw.t === 'number' ? raw.value : raw.iso;
    });
    grid.push({ row: rowNumber, cells });
  });
  return toRows(grid);
}
