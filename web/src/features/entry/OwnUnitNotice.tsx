import { useStaffI18n } from '../../i18n/useStaffI18n';
import { useUnitName } from '../../ui/useUnitName';

/**
 * Said when a commune user opened another unit's figure (or the province's): the server would
 * refuse their drafts for it, so the page opens their own unit's instead and tells them why.
 */
export function OwnUnitNotice({ unit }: { unit: string }) {
  const { t } = useStaffI18n();
  const name = useUnitName(unit) ?? unit;
  return (
    <p className="entry__unit" role="status">
      <span aria-hidden="true">ℹ </span>
      {t.entry.ownUnitOnly(name)}
    </p>
  );
}
