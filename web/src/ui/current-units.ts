import type { OrgUnit } from '@kpi/shared';

/**
 * Today's communes and wards, by name: the units a reader can switch the overview to and the ones
 * an admin can limit a commune user to (the server refuses former units and the province).
 */
export function currentCommunes(units: readonly OrgUnit[]): OrgUnit[] {
  return units.filter((u) => u.validTo === null && (u.kind === 'commune' || u.kind === 'ward')).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
