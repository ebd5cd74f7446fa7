import { useId } from 'react';
import { useYearParam } from '../routes/useYearParam';
import { useI18n } from '../i18n/useI18n';

export interface YearPickerProps {
  /** Years with data, newest first (the dashboard's `years`); undefined while loading. */
  years: number[] | undefined;
  /** The year on screen. */
  year: number | undefined;
}

/** A labelled <select>; choosing a year writes `?year=` to the address. */
export function YearPicker({ years, year }: YearPickerProps) {
  const { t } = useI18n();
  const [, setYear] = useYearParam();
  const id = useId();
  // A year typed into the address may have no data of its own: keep it selectable.
  const options = [...new Set([...(years ?? []), ...(year === undefined ? [] : [year])])].sort((a, b) => b - a);
  return (
    <div className="control">
      <label className="control__label" htmlFor={id}>
        {t.header.year}
      </label>
      <select
        id={id}
        className="control__select"
        value={year ?? ''}
        disabled={options.length === 0}
        onChange={(event) => setYear(Number(event.target.value))}
      >
        {year === undefined && <option value="" />}
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
