import { useYearParam } from '../useYearParam';
import { useI18n } from '../../i18n/useI18n';
import { ControlSelect } from '../ControlSelect';

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
  // A year typed into the address may have no data of its own: keep it selectable.
  const options = [...new Set([...(years ?? []), ...(year === undefined ? [] : [year])])].sort((a, b) => b - a);
  return (
    <ControlSelect
      label={t.header.year}
      value={year === undefined ? '' : String(year)}
      onChange={(value) => setYear(Number(value))}
      options={options.map((y) => ({ value: String(y), label: String(y) }))}
      placeholder={year === undefined ? '' : undefined}
      disabled={options.length === 0}
    />
  );
}
