import type { OrgUnitKind } from './schemas/org-unit.js';

/**
 * A commune or ward that stands today (no end date): the units the overview can be switched to and
 * the only ones a commune user can be limited to. One rule for the pages and the server.
 */
export function isCurrentCommune(unit: { kind: OrgUnitKind; validTo: string | null }): boolean {
  return unit.validTo === null && (unit.kind === 'commune' || unit.kind === 'ward');
}

/** Today's communes and wards, by name as Vietnamese sorts it. */
export function currentCommunes<Unit extends { name: string; kind: OrgUnitKind; validTo: string | null }>(units: readonly Unit[]): Unit[] {
  return units.filter(isCurrentCommune).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
