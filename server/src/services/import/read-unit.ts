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
  /** A commune user's unit: what a row without a unit means, and the only unit a row may name. */
  own?: OrgUnit | undefined;
  match: (text: string, year: number | null) => UnitMatch<OrgUnit>;
  aggregations: Map<string, Aggregation>;
}

/**
 * The row's unit: the province when the `org_unit` cell is empty (a commune user's own unit), else
 * the one unit its code or name matches. An unknown or ambiguous name, a unit that did not exist in
 * the row's year, a commune figure of an indicator without units, or for a commune user any other
 * unit, rejects the row by the column, with the candidates.
 */
export function readUnit(cells: CellReader, lookup: UnitLookup, year: number | null, indicator: Indicator | null): OrgUnit | null {
  const text = cells.text('org_unit');
  const unit = text === undefined ? (lookup.own ?? lookup.province) : matchedUnit(cells, lookup, text, year);
  if (!unit) return null;
  if (lookup.own && unit.code !== lookup.own.code) {
    cells.fail('org_unit', importMessage('outside-own-unit', cells.locale, { unit: unitLabel(unit, cells.locale), own: unitLabel(lookup.own, cells.locale) }));
    return unit;
  }
  if (year !== null && indicator) {
    const refusal = unitFigureRefusal(unit, unit.code === PROVINCE_UNIT, lookup.aggregations.get(indicator.code), year);
    if (refusal) cells.fail('org_unit', validationMessage(refusal, cells.locale));
  }
  return unit;
}

/** The one unit `text` names, or null once the cell is failed with the candidates. */
function matchedUnit(cells: CellReader, lookup: UnitLookup, text: string, year: number | null): OrgUnit | null {
  const found = lookup.match(text, year);
  if (found.ok) return found.unit;
  const candidates = found.candidates.map((u) => unitLabel(u, cells.locale)).join(', ');
  cells.fail('org_unit', importMessage(found.reason === 'unknown' ? 'unknown-org-unit' : 'ambiguous-org-unit', cells.locale, { text, candidates }));
  return null;
}
