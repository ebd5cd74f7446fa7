import { normaliseUnitName, rankingColumnLabels, rankingColumns, type Locale, type RankingColumn } from '@kpi/shared';
import type { SheetLimits } from '../../limits.js';
import { parseCsv } from '../import/read-csv.js';
import { sniffFormat } from '../import/read-file.js';
import { checkRowCount, ImportFileError } from '../import/sheet.js';

/** A cell as read: text, or a number where XLSX stores one. */
export type TableCell = string | number;
export interface TableRow {
  row: number;
  cells: Partial<Record<RankingColumn, TableCell>>;
}

/**
 * The headers people write over the Ministry's table, in either language, besides the machine
 * names and the template's headers (rankingColumnLabels).
 */
const LABELS: Record<RankingColumn, string[]> = {
  province: ['tỉnh/thành phố', 'tỉnh', 'địa phương', 'province'],
  year: ['năm dữ liệu', 'data year'],
  rank: ['thứ hạng', 'hạng'],
  out_of: ['tổng số'],
  score: ['điểm dti', 'chỉ số'],
  government_rank: ['xếp hạng chính quyền số'],
  economy_rank: ['xếp hạng kinh tế số'],
  society_rank: ['xếp hạng xã hội số'],
  source_id: ['nguồn', 'source'],
  note: [],
};
const BY_HEADER = new Map(
  rankingColumns.flatMap((c) =>
    [c, rankingColumnLabels.vi[c], rankingColumnLabels.en[c], ...LABELS[c]].map((h): [string, RankingColumn] => [normaliseUnitName(h), c]),
  ),
);
const REQUIRED: RankingColumn[] = ['province', 'year', 'rank'];

function mapHeader(cells: readonly string[]): Map<number, RankingColumn> | undefined {
  const byIndex = new Map<number, RankingColumn>();
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
  // The template heads its columns twice: people's headers above the machine names.
  const second = grid[at + 1];
  const first = second && mapHeader(second.cells.map((c) => String(c ?? ''))) ? at + 2 : at + 1;
  return grid.slice(first).map(({ row, cells }) => {
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
