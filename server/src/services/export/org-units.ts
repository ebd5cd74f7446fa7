import {
  orgUnitColumnLabels,
  orgUnitFileColumns,
  orgUnitKindNames,
  orgUnitName,
  yesNoWords,
  type Locale,
  type OrgUnit,
  type OrgUnitFileColumn,
} from '@kpi/shared';
import type { Cell, Column, Table } from '../spreadsheet/cells.js';
import { ORG_UNITS_SHEET } from '../spreadsheet/sheet-names.js';

const WIDTH: Partial<Record<OrgUnitFileColumn, number>> = { code: 28, name: 24, name_en: 28, parent: 24, predecessors: 48, note: 40 };

/**
 * Every unit in the columns the units' import reads, headed in `locale`, so an admin can download
 * it, edit it and import it again: parents and predecessors by code (a name could be ambiguous),
 * kinds and the name-checked flag in words the import reads in either language, dates as dates.
 */
export function orgUnitsTable(units: readonly OrgUnit[], locale: Locale): Table {
  const columns: Column[] = orgUnitFileColumns.map((name) => ({ name, label: orgUnitColumnLabels[locale][name], width: WIDTH[name] ?? 18 }));
  const date = (iso: string | null): Cell => (iso === null ? null : { date: iso });
  const cells = (unit: OrgUnit): Record<OrgUnitFileColumn, Cell> => ({
    code: unit.code,
    name: unit.name,
    name_en: orgUnitName(unit, 'en'),
    kind: orgUnitKindNames[locale][unit.kind],
    parent: unit.parent,
    valid_from: date(unit.validFrom),
    valid_to: date(unit.validTo),
    predecessors: unit.predecessors.join('; ') || null,
    name_checked: yesNoWords[locale][unit.nameChecked ? 'yes' : 'no'],
    note: unit.note,
  });
  return { sheetName: ORG_UNITS_SHEET, columns, rows: units.map((unit) => orgUnitFileColumns.map((column) => cells(unit)[column])) };
}
