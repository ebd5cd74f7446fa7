import { loadPublishedData, type Db } from '@kpi/db';
import { exportOnlyColumns, importColumns, type ImportColumn, type Locale } from '@kpi/shared';
import type { Table } from '../spreadsheet/cells.js';
import { columnsOf, figureCells, rowOf } from '../spreadsheet/figure-cells.js';
import { FIGURES_SHEET } from '../spreadsheet/sheet-names.js';

type ExportOnlyColumn = (typeof exportOnlyColumns)[number];

/** Where the export puts each read-only column: after the import column it goes with. */
const READ_ONLY_AFTER: Record<ExportOnlyColumn, ImportColumn> = { unit: 'kind', org_unit_name: 'org_unit', rate: 'denominator', source_title: 'source_number' };

/**
 * The import template's columns plus the read-only ones (unit, the computed rate, the source's
 * title), each beside the column it explains: an export can be edited and imported again, the
 * extras ignored.
 */
export const EXPORT_COLUMNS: readonly (ImportColumn | ExportOnlyColumn)[] = importColumns.flatMap((name) => [
  name,
  ...exportOnlyColumns.filter((extra) => READ_ONLY_AFTER[extra] === name),
]);

export interface ExportOptions {
  from?: number | undefined;
  to?: number | undefined;
  indicators?: readonly string[] | undefined;
  lang: Locale;
}

/** Published figures only — never drafts — of the chosen years and indicators, by indicator then year. */
export function exportTable(db: Db, { from, to, indicators, lang }: ExportOptions): Table {
  const columns = columnsOf(EXPORT_COLUMNS, lang);
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
