import { listOrgUnits, loadPublishedData, publishedUnitFigures, type Db } from '@kpi/db';
import { exportOnlyColumns, importColumns, PROVINCE_UNIT, type Figure, type ImportColumn, type Locale } from '@kpi/shared';
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
  /** One unit's figures only (the province's with its code); every unit's by default. */
  unit?: string | undefined;
  lang: Locale;
}

/**
 * Published figures only — never drafts — of the chosen years, indicators and unit, by indicator
 * then year, the province's row of a year before its units' (in the units' order), each row
 * naming its unit by code and name.
 */
export function exportTable(db: Db, { from, to, indicators, unit, lang }: ExportOptions): Table {
  const columns = columnsOf(EXPORT_COLUMNS, lang);
  const unitNames = new Map(listOrgUnits(db).map((u) => [u.code, u.name]));
  const ofUnits = unit === PROVINCE_UNIT ? new Map<string, Figure[]>() : publishedUnitFigures(db);
  const rows = loadPublishedData(db)
    .filter((d) => !indicators || indicators.includes(d.indicator.code))
    .flatMap((d) =>
      [
        ...(unit === undefined || unit === PROVINCE_UNIT ? d.figures : []),
        ...(ofUnits.get(d.indicator.code) ?? []).filter((f) => unit === undefined || f.orgUnit === unit),
      ]
        .filter((f) => (from === undefined || f.year >= from) && (to === undefined || f.year <= to))
        // Stable: within a year the province stays first, its units in their order.
        .sort((a, b) => a.year - b.year)
        .map((f) => rowOf(columns, { ...figureCells(d.indicator, f.year, f, lang), org_unit: f.orgUnit, org_unit_name: unitNames.get(f.orgUnit) ?? null })),
    );
  return { sheetName: FIGURES_SHEET, columns, rows };
}
