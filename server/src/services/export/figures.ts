import { loadPublishedData, type Db } from '@kpi/db';
import type { Locale } from '@kpi/shared';
import type { Table } from '../spreadsheet/cells.js';
import { columnsOf, figureCells, rowOf } from '../spreadsheet/figure-cells.js';
import { FIGURES_SHEET } from '../spreadsheet/sheet-names.js';

/**
 * The import template's columns plus read-only ones (unit, the computed rate, the source's
 * title), in reading order: an export can be edited and imported again, the extras ignored.
 */
export const EXPORT_COLUMNS = [
  'indicator_code',
  'indicator_name',
  'kind',
  'unit',
  'year',
  'numerator',
  'denominator',
  'rate',
  'value',
  'position',
  'out_of',
  'published',
  'published_text',
  'as_of',
  'source_id',
  'source_number',
  'source_title',
  'locator',
  'note',
  'milestone_state',
  'milestone_date',
] as const;

export interface ExportOptions {
  from?: number | undefined;
  to?: number | undefined;
  indicators?: readonly string[] | undefined;
  lang: Locale;
}

/** Published figures only — never drafts — of the chosen years and indicators, by indicator then year. */
export function exportTable(db: Db, { from, to, indicators, lang }: ExportOptions): Table {
  const columns = columnsOf(EXPORT_COLUMNS);
  const rows = loadPublishedData(db)
    .filter((d) => !indicators || indicators.includes(d.indicator.code))
    .flatMap((d) =>
      d.figures
        .filter((f) => (from === undefined || f.year >= from) && (to === undefined || f.year <= to))
        .sort((a, b) => a.year - b.year)
        .map((f) => rowOf(columns, figureCells(d.indicator, f.year, f, lang))),
    );
  return { sheetName: FIGURES_SHEET, columns, rows };
}
