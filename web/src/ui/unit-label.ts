import type { OrgUnitKind } from '@kpi/shared';
import type { StaffDictionary } from '../i18n/useStaffI18n';

/**
 * A commune, ward or other unit as the staff pages name it in the UI language ("Phường Tam Thanh",
 * "Tam Thanh Ward"), from its name and kind; its code where the list of units has no such unit.
 */
export function unitLabel(unit: { name: string; kind: OrgUnitKind } | null | undefined, code: string, t: StaffDictionary): string {
  return unit ? t.orgUnits.name(t.orgUnits.kinds[unit.kind], unit.name) : code;
}
