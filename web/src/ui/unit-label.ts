import { orgUnitName, type Locale, type OrgUnitKind } from '@kpi/shared';

/**
 * A commune, ward or other unit as the pages name it in the UI language ("Phường Tam Thanh",
 * "Tam Thanh Ward"), from its name and kind; its code where the list of units has no such unit.
 */
export function unitLabel(unit: { name: string; kind: OrgUnitKind } | null | undefined, code: string, locale: Locale): string {
  return unit ? orgUnitName(unit, locale) : code;
}
