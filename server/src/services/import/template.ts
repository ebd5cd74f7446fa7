import { listSources, loadPublishedData, type Db } from '@kpi/db';
import { importColumns, provincesRankedIn, type IndicatorData, type Locale } from '@kpi/shared';
import { NUM_FMT, type Cell, type Table } from '../spreadsheet/cells.js';
import { columnsOf, figureCells, rowOf } from '../spreadsheet/figure-cells.js';
import { FIGURES_SHEET, GUIDE_SHEET, SOURCES_SHEET } from '../spreadsheet/sheet-names.js';
import { TEMPLATE_GUIDE } from './template-guide.js';

export interface TemplateOptions {
  year?: number | undefined;
  indicators?: readonly string[] | undefined;
  /** The language of the headers, names and guide. */
  lang?: Locale | undefined;
}

/** The year to fill: the indicator's latest year with a figure + 1, never past the current year. */
function nextYear(data: IndicatorData, fallback: number, currentYear: number): number {
  const latest = Math.max(-Infinity, ...data.figures.map((f) => f.year));
  return Math.min(Number.isFinite(latest) ? latest + 1 : fallback, currentYear);
}

/**
 * The import template, prefilled from the catalogue: one row per indicator for the year to fill
 * (none for one retired by then), with the figure already there (draft or published) when that
 * year has one, so sending it back unchanged changes nothing. The XLSX adds the sources to pick from and a short guide.
 */
export function templateTables(db: Db, options: TemplateOptions = {}, now = new Date()): Table[] {
  const currentYear = now.getFullYear();
  const data = loadPublishedData(db, { includeDrafts: true }).filter((d) => !options.indicators || options.indicators.includes(d.indicator.code));
  const latestAny = Math.max(-Infinity, ...data.flatMap((d) => d.figures.map((f) => f.year)));
  const fallback = Number.isFinite(latestAny) ? latestAny + 1 : currentYear - 1;
  const lang = options.lang ?? 'vi';
  const columns = columnsOf(importColumns, lang);
  const rows = data.flatMap((d) => {
    const year = options.year ?? nextYear(d, fallback, currentYear);
    // A retired indicator takes no figures from its retirement year on (definition-state.ts): no row to fill.
    const { retiredFrom } = d.indicator;
    if (retiredFrom !== null && year >= retiredFrom) return [];
    const figure = d.figures.find((f) => f.year === year) ?? null;
    const cells = figureCells(d.indicator, year, figure, lang);
    if (!figure && d.indicator.kind === 'rank') cells.out_of = { number: provincesRankedIn(year), numFmt: NUM_FMT.integer };
    return [rowOf(columns, cells)];
  });
  const sources = listSources(db, { all: true }).map((s): Cell[] => [
    { number: s.id, numFmt: NUM_FMT.integer },
    s.number,
    s.title,
    s.issuer,
    s.publisher,
    s.date ? { date: s.date } : null,
    s.kind,
  ]);
  return [
    { sheetName: FIGURES_SHEET, columns, rows },
    {
      sheetName: SOURCES_SHEET,
      columns: columnsOf(['source_id', 'source_number', 'source_title', 'issuer', 'publisher', 'date', 'kind'], lang),
      rows: sources,
    },
    { sheetName: GUIDE_SHEET, columns: [{ name: TEMPLATE_GUIDE[lang].title, width: 140 }], rows: TEMPLATE_GUIDE[lang].lines.map((line) => [line]) },
  ];
}
