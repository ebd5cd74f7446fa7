import { useState, type FormEvent } from 'react';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import type { AuditFilters as Filters } from '../../api/keys';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';

const EMPTY = { indicator: '', user: '', from: '', to: '' };

/** Filters are typed here and applied together, so each keystroke does not query the trail. */
export function AuditFilters({ applied, onApply }: { applied: Filters; onApply: (filters: Filters) => void }) {
  const { t, locale } = useStaffI18n();
  const indicators = useIndicatorsQuery().data?.indicators ?? [];
  const [values, setValues] = useState({ ...EMPTY, ...applied });
  const field = (name: keyof typeof EMPTY) => ({
    value: values[name],
    onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(
      Object.fromEntries(
        Object.entries(values)
          .filter(([, value]) => value.trim() !== '')
          .map(([k, v]) => [k, v.trim()]),
      ),
    );
  };
  return (
    <form className="panel filters" aria-label={t.audit.filters} onSubmit={submit}>
      <div className="field-grid">
        <SelectField
          label={t.audit.indicator}
          placeholder={t.audit.all}
          options={indicators.map((indicator) => ({ value: indicator.code, label: indicator.name[locale] }))}
          {...field('indicator')}
        />
        <TextField label={t.audit.user} autoComplete="off" {...field('user')} />
        <TextField label={t.audit.from} type="date" {...field('from')} />
        <TextField label={t.audit.to} type="date" {...field('to')} />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t.audit.apply}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setValues(EMPTY);
            onApply({});
          }}
        >
          {t.audit.clear}
        </button>
      </div>
    </form>
  );
}
