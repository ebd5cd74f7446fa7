import type { Locale } from './schemas/common.js';
import type { OrgUnitKind } from './schemas/org-unit.js';

/** A unit's kind in words: one list for the app's pages, the import messages and the exports. */
export const orgUnitKindNames: Record<Locale, Record<OrgUnitKind, string>> = {
  vi: { province: 'Tỉnh', city: 'Thành phố', district: 'Huyện', ward: 'Phường', commune: 'Xã', town: 'Thị trấn' },
  en: { province: 'Province', city: 'City', district: 'District', ward: 'Ward', commune: 'Commune', town: 'Town' },
};

/** A unit as people name it: the kind first in Vietnamese ("Phường Tam Thanh"), last in English ("Tam Thanh Ward"). */
export function orgUnitName(unit: { name: string; kind: OrgUnitKind }, locale: Locale): string {
  const kind = orgUnitKindNames[locale][unit.kind];
  return locale === 'vi' ? `${kind} ${unit.name}` : `${unit.name} ${kind}`;
}
