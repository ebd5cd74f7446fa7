import { useOrgUnitsQuery } from '../api/org-unit-hooks';
import { useI18n } from '../i18n/useI18n';
import { unitLabel } from './unit-label';

/**
 * A unit's name in the UI language ("Phường Tam Thanh") for a code, null for none; its code until
 * the list of units arrives. The list is fetched only when there is a code to name.
 */
export function useUnitName(code: string | null): string | null {
  const { locale } = useI18n();
  const units = useOrgUnitsQuery(code !== null);
  return (
    code &&
    unitLabel(
      units.data?.units.find((u) => u.code === code),
      code,
      locale,
    )
  );
}
