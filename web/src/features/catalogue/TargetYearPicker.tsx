import { MAX_YEAR, MIN_YEAR, yearSchema } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { TextField } from '../../ui/form/TextField';

/**
 * Which year's target to set. A form of its own: the target form below it is one too, and forms
 * cannot nest. Any year the API takes, future ones included (targets are set for 2025, 2030).
 */
export function TargetYearPicker({ onPick }: { onPick: (year: number) => void }) {
  const { t } = useStaffI18n();
  const words = t.catalogue.targets;
  const [year, setYear] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = year.trim();
    const parsed = yearSchema.safeParse(/^\d+$/.test(text) ? Number(text) : NaN);
    if (!parsed.success) return setError(words.yearInvalid(MIN_YEAR, MAX_YEAR));
    setError(undefined);
    onPick(parsed.data);
  };
  return (
    <form className="target-year" aria-labelledby="target-year-heading" noValidate onSubmit={submit}>
      <h4 id="target-year-heading">{words.pickTitle}</h4>
      <TextField label={words.pickYear} hint={words.pickHint} inputMode="numeric" value={year} onChange={setYear} error={error} />
      <div className="actions">
        <button type="submit" className="button button--quiet">
          {words.pick}
        </button>
      </div>
    </form>
  );
}
