import { comparatorSchema, formatNumber, provincesRankedIn, rankReadingSchema, targetEntrySchema, type Indicator, type Target } from '@kpi/shared';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useSaveTargetMutation } from '../../api/entry-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { useFormFields } from '../../ui/form/useFormFields';
import { TargetLine } from '../../ui/TargetLine';
import { readNumberText } from './figure-form-model';
import { SourcePicker } from './SourcePicker';

interface TargetFormProps {
  indicator: Indicator;
  year: number;
  /** The revision in force for `year`, if any: the edit is based on it (409 if it moved on). */
  inForce: Target | null;
  /** The entry page's form is a section of its own (h2); the catalogue's sits under its targets list. */
  headingLevel?: 2 | 3 | 4;
}

/** An approver sets the year's target: a new revision on top of the one in force. */
export function TargetForm({ indicator, year, inForce, headingLevel = 2 }: TargetFormProps) {
  const { t, locale } = useStaffI18n();
  const save = useSaveTargetMutation(indicator.code, year);
  const isRank = indicator.kind === 'rank';
  const Heading = `h${headingLevel}` as const;
  const { values, setErrors, field } = useFormFields(() => ({
    value: inForce ? String(inForce.value) : '',
    comparator: inForce?.comparator ?? (isRank ? 'lte' : 'gte'),
    outOf: String(inForce?.outOf ?? provincesRankedIn(year)),
    // A rank target says how its document means the number; a share is the rule for those that did not say.
    reading: inForce?.reading ?? 'share',
    sourceId: inForce?.source ? String(inForce.source.id) : '',
    note: inForce?.note ?? '',
    noteEn: inForce?.noteEn ?? '',
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = (text: string, meaning: 'count' | 'decimal') => readNumberText(text, { meaning }, locale, t.entry.ambiguousNumber);
    const value = read(values.value, isRank ? 'count' : 'decimal');
    const outOf = isRank ? read(values.outOf, 'count') : { value: undefined };
    const parsed = targetEntrySchema.safeParse({
      revision: inForce?.revision ?? 0,
      value: value.value,
      comparator: values.comparator,
      outOf: outOf.value ?? null,
      reading: isRank ? values.reading : null,
      sourceId: values.sourceId ? Number(values.sourceId) : undefined,
      note: values.note.trim() || null,
      noteEn: values.noteEn.trim() || null,
    });
    const parseErrors: Record<string, string> = {};
    if (value.error) parseErrors.value = value.error;
    if (outOf.error) parseErrors.outOf = outOf.error;
    setErrors({ ...(parsed.success ? {} : issuesByField(parsed.error.issues, locale)), ...parseErrors });
    if (!parsed.success || Object.keys(parseErrors).length > 0) return;
    save.mutate(parsed.data, { onError: (error) => error instanceof ApiError && setErrors(error.fields ?? {}) });
  };

  const conflict = save.error instanceof ApiError && save.error.status === 409;
  return (
    <form className="panel" aria-labelledby="target-heading" noValidate onSubmit={submit}>
      <Heading id="target-heading">{t.target.title(year)}</Heading>
      <p className="muted">{inForce ? t.target.inForce(formatNumber(inForce.revision, locale)) : t.target.none}</p>
      {inForce && <TargetLine target={inForce} indicator={indicator} />}
      <div className="field-grid">
        <SelectField
          label={t.target.comparator}
          options={comparatorSchema.options.map((c) => ({ value: c, label: `${t.comparator[c]} (${t.target.comparators[c]})` }))}
          {...field('comparator')}
        />
        <TextField label={isRank ? t.target.rankValue : t.target.value} inputMode="decimal" suffix={t.units[indicator.unit] || undefined} {...field('value')} />
        {isRank && <TextField label={t.entry.outOf} inputMode="numeric" {...field('outOf')} />}
        {isRank && (
          <SelectField
            label={t.target.reading}
            options={rankReadingSchema.options.map((r) => ({ value: r, label: t.target.readings[r] }))}
            {...field('reading')}
          />
        )}
      </div>
      <SourcePicker {...field('sourceId')} />
      <TextField label={t.entry.note} {...field('note')} />
      <TextField label={t.entry.noteEn} hint={t.entry.noteEnHint} {...field('noteEn')} />
      {conflict ? (
        <p className="form-error" role="alert">
          {t.target.conflict}
        </p>
      ) : (
        <ActionError error={save.error} />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t.target.save}
        </button>
        {save.isSuccess && (
          <p className="saved-notice" role="status">
            <span aria-hidden="true">✔ </span>
            {t.target.saved(formatNumber(save.data.revision, locale))}
          </p>
        )}
      </div>
    </form>
  );
}
