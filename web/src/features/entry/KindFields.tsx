import { formatMeasure, formatNumber, formatPercent, milestoneStates, provincesRankedIn, type Indicator } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { bind, type KindFieldsProps } from './field-binding';
import { FieldWarnings } from './FieldWarnings';

interface Props extends KindFieldsProps {
  indicator: Indicator;
}

/** The inputs of the indicator's kind of figure. */
export function KindFields({ form, year, indicator }: Props) {
  const { t, locale } = useStaffI18n();
  const { numbers } = form.check;
  /** A count read back in the reader's format: `154231` and `154.231` both show `154.231`. */
  const readAs = (value: number | undefined) => (value === undefined ? undefined : t.entry.readAs(formatNumber(value, locale)));

  switch (indicator.kind) {
    case 'ratio':
      return (
        <div className="field-grid">
          <TextField label={t.entry.numerator} inputMode="numeric" hint={readAs(numbers.numerator)} {...bind(form, 'numerator')} />
          <FieldWarnings form={form} field="numerator" indicator={indicator} />
          <TextField label={t.entry.denominator} inputMode="numeric" hint={readAs(numbers.denominator)} {...bind(form, 'denominator')} />
          <p className="live-rate">
            <span className="live-rate__label">{t.entry.computedRate}</span>
            <output className="live-rate__value" aria-live="polite">
              {form.rate === null ? '—' : formatPercent(form.rate, locale, indicator.decimals, true)}
            </output>
          </p>
          <TextField label={t.entry.publishedRate} inputMode="decimal" suffix="%" hint={t.entry.publishedHint} {...bind(form, 'published')} />
          <FieldWarnings form={form} field="published" indicator={indicator} />
        </div>
      );
    case 'value': {
      const unit = t.units[indicator.unit];
      const value = numbers.value;
      const hint = value === undefined ? undefined : t.entry.readAs(formatMeasure(value, indicator, locale));
      return (
        <div className="field-grid">
          <TextField label={t.entry.value} inputMode="decimal" suffix={unit || undefined} hint={hint} {...bind(form, 'value')} />
          <FieldWarnings form={form} field="value" indicator={indicator} />
        </div>
      );
    }
    case 'rank':
      return (
        <div className="field-grid">
          <TextField label={t.entry.position} inputMode="numeric" {...bind(form, 'position')} />
          <FieldWarnings form={form} field="position" indicator={indicator} />
          <TextField
            label={t.entry.outOf}
            inputMode="numeric"
            hint={t.entry.outOfHint(year, formatNumber(provincesRankedIn(year), locale))}
            {...bind(form, 'outOf')}
          />
        </div>
      );
    case 'milestone':
      return (
        <div className="field-grid">
          <SelectField
            label={t.entry.milestoneState}
            placeholder={t.entry.choose}
            options={milestoneStates.map((state) => ({ value: state, label: t.milestone[state] }))}
            {...bind(form, 'state')}
          />
          <TextField label={t.entry.milestoneDate} type="date" {...bind(form, 'date')} />
        </div>
      );
  }
}
