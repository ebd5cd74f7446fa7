import { useStaffI18n } from '../../i18n/useStaffI18n';
import { useUnitName } from '../../ui/useUnitName';

/**
 * A commune user's import: the server reads a row without `org_unit` as their unit's figure and
 * refuses rows for any other unit, so the page says so before the file is chosen.
 */
export function OwnUnitNote({ unit }: { unit: string }) {
  const { t } = useStaffI18n();
  return <p>{t.importPage.ownUnitRows(useUnitName(unit) ?? unit)}</p>;
}
