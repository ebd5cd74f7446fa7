import { Link } from '../../app/routing';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { useUnitName } from '../../ui/useUnitName';

/**
 * " · Phường Tam Thanh" beside a commune user's name, in the signed-in chunk (signed-in.ts): the
 * overview's first load (tests/budget) carries the header, and most readers have no unit. The name
 * opens the overview switched to that unit: the figures its user enters, as leaders see them.
 */
export default function OwnUnitName({ unit }: { unit: string }) {
  const { t } = useStaffI18n();
  const name = useUnitName(unit) ?? unit;
  return (
    <>
      {' · '}
      <Link to={`/?unit=${encodeURIComponent(unit)}`} className="site-nav__unit" title={t.entry.ownUnitOverview(name)}>
        {name}
      </Link>
    </>
  );
}
