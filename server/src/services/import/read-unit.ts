import {
  importMessage,
  PROVINCE_UNIT,
  unitFigureRefusal,
  unitLabel,
  validationMessage,
  type Aggregation,
  type Indicator,
  type OrgUnit,
  type UnitMatch,
} from '@kpi/shared';
import type { CellReader } from './read-cells.js';

export interface UnitLookup {
  province: OrgUnit;
  match: (text: string, year: number | null) => UnitMatch<OrgUnit>;
  aggregations: Map<string, Aggregation>;
}

/**
 * The row's unit: the province when the `org_unit` cell is empty, else the one unit its code or
 * name matches. An unknown or ambiguous name, a unit that did not exist in the row's year, or a
 * commune figure of an indicator without units rejects the row by the column, with the candidates.
 */
export function readUnit(cells: CellReader, lookup: UnitLookup, year: number | null, indicator: Indicator | null): OrgUnit | null {
  const text = cells.text('org_unit');
  if (text === undefined) return lookup.province;
  const found = lookup.match(text, year);
  if (!found.ok) {
    const candidates = found.candidates.map((u) => unitLabel(u, cells.locale)).join(', ');
    cells.fail('org_unit', importMessage(found.reason === 'unknown' ? 'unknown-org-unit' : 'ambiguous-org-unit', cells.locale, { text, candidates }));
    return null;
  }
  if (year !== null && indicator) {
    const refusal = unitFigureRefusal(found.unit, found.unit.code === PROVINCE_UNIT, lookup.aggregations.get(indicator.code), year);
    if (refusal) cells.fail('org_unit', validationMessage(refusal, cells.locale));
  }
  return found.unit;
}
