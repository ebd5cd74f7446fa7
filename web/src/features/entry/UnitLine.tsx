import { useOrgUnitsQuery } from '../../api/org-unit-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { unitLabel } from '../../ui/unit-label';

/** Whose figure the form holds when it is a commune's or ward's: named once the list of units is in, by its code until then. */
export function UnitLine({ code }: { code: string }) {
  const { t, locale } = useStaffI18n();
  const units = useOrgUnitsQuery();
  const unit = units.data?.units.find((u) => u.code === code);
  return <p className="entry__unit">{t.entry.unitFigure(unitLabel(unit, code, locale))}</p>;
}
