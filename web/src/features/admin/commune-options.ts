import { currentCommunes } from '@kpi/shared';
import { useOrgUnitsQuery } from '../../api/org-unit-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { unitLabel } from '../../ui/unit-label';

/** The unit select's value for the whole province (the account's `unit` null). */
export const WHOLE_PROVINCE = '';

/**
 * What an analyst can be limited to: the whole province first, then today's communes and wards.
 * `current` (an account's unit) is kept even once its unit is gone, so the select still shows it.
 */
export function useCommuneOptions(current: string | null = null): { value: string; label: string }[] {
  const { t, locale } = useStaffI18n();
  const units = useOrgUnitsQuery();
  const all = units.data?.units ?? [];
  const options = currentCommunes(all).map((u) => ({ value: u.code, label: unitLabel(u, u.code, locale) }));
  if (current !== null && !options.some((o) => o.value === current)) {
    options.unshift({
      value: current,
      label: unitLabel(
        all.find((u) => u.code === current),
        current,
        locale,
      ),
    });
  }
  return [{ value: WHOLE_PROVINCE, label: t.admin.wholeProvince }, ...options];
}
