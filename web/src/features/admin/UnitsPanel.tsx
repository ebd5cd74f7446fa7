import { formatNumber } from '@kpi/shared';
import { useState } from 'react';
import { useOrgUnitsQuery } from '../../api/org-unit-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { CreateUnitForm } from './CreateUnitForm';
import { UnitRow } from './UnitRow';
import { UnitsFilePanel } from './UnitsFilePanel';

/** The province's administrative units: those in force, and on request the former ones; a new unit. */
export function UnitsPanel() {
  const { t, locale } = useStaffI18n();
  const query = useOrgUnitsQuery();
  const [showFormer, setShowFormer] = useState(false);
  return (
    <>
      <QueryState query={query}>
        {({ units }) => {
          const names = new Map(units.map((unit) => [unit.code, unit.name]));
          const current = units.filter((unit) => unit.validTo === null);
          const shown = showFormer ? units : current;
          const communes = current.filter((unit) => unit.kind === 'commune' || unit.kind === 'ward').length;
          return (
            <>
              <label className="checkbox">
                <input type="checkbox" checked={showFormer} onChange={(event) => setShowFormer(event.target.checked)} />
                {t.unitsAdmin.showFormer}
              </label>
              <table className="data-table">
                <caption className="data-table__caption">{t.unitsAdmin.caption(formatNumber(communes, locale), formatNumber(units.length, locale))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.unitsAdmin.name}</th>
                    <th scope="col">{t.unitsAdmin.code}</th>
                    <th scope="col">{t.unitsAdmin.parent}</th>
                    <th scope="col">{t.unitsAdmin.validity}</th>
                    <th scope="col">{t.unitsAdmin.nameCheck}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((unit) => (
                    <UnitRow key={unit.code} unit={unit} names={names} />
                  ))}
                </tbody>
              </table>
              <CreateUnitForm units={current} />
              <UnitsFilePanel />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
