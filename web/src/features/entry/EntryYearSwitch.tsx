import { PROVINCE_UNIT } from '@kpi/shared';
import { useId } from 'react';
import { useNavigate } from '../../app/routing';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { entryYears } from './entry-years';

/** Another year of the same indicator and unit: its own address, so the form starts afresh. */
export function EntryYearSwitch({ code, year, unit }: { code: string; year: number; unit: string }) {
  const query = unit === PROVINCE_UNIT ? '' : `?unit=${encodeURIComponent(unit)}`;
  const { t } = useStaffI18n();
  const navigate = useNavigate();
  const id = useId();
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={id}>
        {t.header.year}
      </label>
      <select
        id={id}
        className="field__input"
        value={year}
        onChange={(event) => void navigate(`/entry/${encodeURIComponent(code)}/${event.target.value}${query}`)}
      >
        {entryYears(year).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
