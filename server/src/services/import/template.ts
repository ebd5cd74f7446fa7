import { listSources, loadPublishedData, type Db } from '@kpi/db';
import { importColumns, provincesRankedIn, type IndicatorData } from '@kpi/shared';
import { NUM_FMT, type Cell, type Table } from '../spreadsheet/cells.js';
import { columnsOf, figureCells, rowOf } from '../spreadsheet/figure-cells.js';
import { FIGURES_SHEET, GUIDE_SHEET, SOURCES_SHEET } from '../spreadsheet/sheet-names.js';

export interface TemplateOptions {
  year?: number | undefined;
  indicators?: readonly string[] | undefined;
}

const GUIDE = [
  'Mỗi dòng là một chỉ tiêu trong một năm. Điền các cột theo loại (kind) của chỉ tiêu; dòng để trống số liệu sẽ được bỏ qua.',
  'ratio: numerator (tử số), denominator (mẫu số), published (tỷ lệ % như nguồn công bố, tuỳ chọn).',
  'value: value (theo đơn vị của chỉ tiêu). rank: position (thứ hạng), out_of (trên tổng số).',
  'milestone: milestone_state (done / in-progress / not-started), milestone_date.',
  'Nguồn: source_id (xem trang "sources") hoặc source_number (ví dụ 17/NQ-CP). Ngày: 2021-06-08 hoặc 08/06/2021.',
  'Số: số đếm là số nguyên (154.231 = 154231); tỷ lệ nhận 29,71 hoặc 29.71.',
  'Nhập khẩu tạo bản nháp; bản nháp chỉ công khai khi được phê duyệt. Chạy thử (dry run) trước khi nhập.',
  '',
  'One row per indicator and year. Fill the columns of the indicator’s kind; rows left without a figure are skipped.',
  'Counts are whole numbers (154.231 = 154231); rates take 29,71 or 29.71. An import creates drafts, public only once approved.',
];

/** The year to fill: the indicator's latest year with a figure + 1, never past the current year. */
function nextYear(data: IndicatorData, fallback: number, currentYear: number): number {
  const latest = Math.max(-Infinity, ...data.figures.map((f) => f.year));
  return Math.min(Number.isFinite(latest) ? latest + 1 : fallback, currentYear);
}

/**
 * The import template, prefilled from the catalogue: one row per indicator for the year to fill,
 * with the figure already there (draft or published) when that year has one, so sending it back
 * unchanged changes nothing. The XLSX adds the sources to pick from and a short guide.
 */
export function templateTables(db: Db, options: TemplateOptions = {}, now = new Date()): Table[] {
  const currentYear = now.getFullYear();
  const data = loadPublishedData(db, { includeDrafts: true }).filter((d) => !options.indicators || options.indicators.includes(d.indicator.code));
  const latestAny = Math.max(-Infinity, ...data.flatMap((d) => d.figures.map((f) => f.year)));
  const fallback = Number.isFinite(latestAny) ? latestAny + 1 : currentYear - 1;
  const columns = columnsOf(importColumns);
  const rows = data.map((d) => {
    const year = options.year ?? nextYear(d, fallback, currentYear);
    const figure = d.figures.find((f) => f.year === year) ?? null;
    const cells = figureCells(d.indicator, year, figure, 'vi');
    if (!figure && d.indicator.kind === 'rank') cells.out_of = { number: provincesRankedIn(year), numFmt: NUM_FMT.integer };
    return rowOf(columns, cells);
  });
  const sources = listSources(db, { all: true }).map((s): Cell[] => [
    { number: s.id, numFmt: NUM_FMT.integer },
    s.number,
    s.title,
    s.issuer,
    s.date ? { date: s.date } : null,
    s.kind,
  ]);
  return [
    { sheetName: FIGURES_SHEET, columns, rows },
    { sheetName: SOURCES_SHEET, columns: columnsOf(['source_id', 'source_number', 'source_title', 'issuer', 'date', 'kind']), rows: sources },
    { sheetName: GUIDE_SHEET, columns: [{ name: 'hướng dẫn / guide', width: 140 }], rows: GUIDE.map((line) => [line]) },
  ];
}
