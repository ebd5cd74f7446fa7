import { formatDate, orgUnitName, type OrgUnit } from '@kpi/shared';
import { useI18n } from '../../i18n/useI18n';

/**
 * Says that a commune or ward was formed in the 2025 reorganisation, and what that means for its
 * earlier years: its former units' figures summed where each went wholly into it (the server marks
 * those figures derived), nothing where one was divided or none is recorded.
 */
export function UnitSuccession({ unit, units }: { unit: OrgUnit; units: readonly OrgUnit[] }) {
  const { t, locale } = useI18n();
  const u = t.unitSwitch;
  if (!unit.validFrom) return null;
  const name = orgUnitName(unit, locale);
  const date = formatDate(unit.validFrom, locale);
  const nameOf = (code: string) => {
    const former = units.find((x) => x.code === code);
    return former ? orgUnitName(former, locale) : code;
  };
  const divided = unit.predecessors.filter((code) => units.some((x) => x.code !== unit.code && x.predecessors.includes(code)));
  const text =
    unit.predecessors.length === 0
      ? u.formedUnlisted(name, date)
      : divided.length > 0
        ? u.formedDivided(name, date, divided.map(nameOf).join(', '))
        : u.formedFrom(name, date, unit.predecessors.map(nameOf).join(', '));
  return <p className="unit-switch__succession">{text}</p>;
}
