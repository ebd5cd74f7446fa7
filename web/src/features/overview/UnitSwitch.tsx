import { currentCommunes, orgUnitName } from '@kpi/shared';
import { useState } from 'react';
import { useOrgUnitsQuery } from '../../api/org-unit-hooks';
import { useI18n } from '../../i18n/useI18n';
import { unitLabel } from '../../ui/unit-label';
import { UnitSuccession } from './UnitSuccession';

/**
 * Switches the overview between the province and one commune or ward. The list of units is fetched
 * only when asked for (or when a unit is already chosen): the overview's first load stays as it was.
 */
export function UnitSwitch({ unit, onChange }: { unit: string | undefined; onChange: (unit: string | undefined) => void }) {
  const { t, locale } = useI18n();
  const u = t.unitSwitch;
  const [open, setOpen] = useState(false);
  const units = useOrgUnitsQuery(open || unit !== undefined);
  const name = (code: string) =>
    unitLabel(
      units.data?.units.find((x) => x.code === code),
      code,
      locale,
    );
  const shown = unit === undefined ? undefined : units.data?.units.find((x) => x.code === unit);
  if (!open && unit === undefined) {
    return (
      <p className="unit-switch">
        <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
          {u.open}
        </button>
      </p>
    );
  }
  return (
    <div className="unit-switch">
      {unit !== undefined && (
        <p className="unit-switch__showing">
          <strong>{u.showing(name(unit))}</strong> <span className="unit-switch__note">{u.note}</span>
        </p>
      )}
      {shown && units.data && <UnitSuccession unit={shown} units={units.data.units} />}
      <label className="unit-switch__field">
        <span>{u.label}</span>
        <select value={unit ?? ''} onChange={(event) => onChange(event.target.value || undefined)} disabled={!units.data}>
          <option value="">{u.province}</option>
          {currentCommunes(units.data?.units ?? []).map((x) => (
            <option key={x.code} value={x.code}>
              {orgUnitName(x, locale)}
            </option>
          ))}
        </select>
      </label>
      {!units.data && units.isFetching && <span role="status">{u.loading}</span>}
      {unit !== undefined && (
        <button type="button" className="button button--quiet" onClick={() => onChange(undefined)}>
          {u.back}
        </button>
      )}
    </div>
  );
}
