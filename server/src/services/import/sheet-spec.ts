import {
  importColumns,
  orgUnitColumnLabels,
  orgUnitFileColumns,
  orgUnitFileExportOnly,
  orgUnitFileRequired,
  spreadsheetColumnLabels,
  type ImportColumn,
  type Locale,
  type OrgUnitFileColumn,
} from '@kpi/shared';
import { FIGURES_SHEET, ORG_UNITS_SHEET } from '../spreadsheet/sheet-names.js';

/**
 * What a kind of import file holds: the columns it reads, the headers people read for them (either
 * language), those it cannot do without, the sheet to read in a workbook, and where its template is.
 * The readers (CSV, the zip-checked XLSX) are the same for every kind.
 */
export interface SheetSpec<C extends string = string> {
  columns: readonly C[];
  required: readonly C[];
  /** Normalised header people read → its column. */
  labels: ReadonlyMap<string, C>;
  sheetName: string;
  template: string;
}

/** `Indicator Code`, ` indicator-code ` and `indicator_code` are the same column. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function spec<C extends string>(
  columns: readonly C[],
  labels: Record<Locale, Partial<Record<C, string>>>,
  rest: Omit<SheetSpec<C>, 'columns' | 'labels'>,
): SheetSpec<C> {
  const byLabel = new Map<string, C>();
  for (const words of Object.values(labels)) for (const column of columns) if (words[column]) byLabel.set(normaliseHeader(words[column]), column);
  return { columns, labels: byLabel, ...rest };
}

export const figuresSheet: SheetSpec<ImportColumn> = spec(importColumns, spreadsheetColumnLabels, {
  required: ['indicator_code', 'year'],
  sheetName: FIGURES_SHEET,
  template: 'GET /api/imports/template.xlsx',
});

/** The units' file; its English name is written for reading and never read back. */
export const orgUnitsSheet: SheetSpec<OrgUnitFileColumn> = spec(
  orgUnitFileColumns.filter((c) => !orgUnitFileExportOnly.includes(c)),
  orgUnitColumnLabels,
  { required: orgUnitFileRequired, sheetName: ORG_UNITS_SHEET, template: 'GET /api/org-units/export.xlsx' },
);

export const sheetSpecs = { figures: figuresSheet, 'org-units': orgUnitsSheet } as const;
export type SheetSpecName = keyof typeof sheetSpecs;
