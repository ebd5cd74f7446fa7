import { figureBases, type Figure, type Indicator, type ObservationState } from '@kpi/shared';
import { useEffect, useRef } from 'react';
import { ApiError } from '../../api/client';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { SelectField } from '../../ui/form/SelectField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { ConflictPanel } from './ConflictPanel';
import { bind } from './field-binding';
import { KindFields } from './KindFields';
import { SourcePicker } from './SourcePicker';
import { useFigureForm } from './useFigureForm';
import { returnedRevision } from './figure-form-model';
import { ReturnedNotice } from './ReturnedNotice';
import { useFocusOnResult } from '../../ui/useFocusOnResult';

/** What a refused save asks the analyst to look at, in the order the form shows them. */
const PROBLEMS = '#conflict-heading, [aria-invalid="true"], .warning-ack input:not(:checked), .form-error';

interface FigureFormProps {
  indicator: Indicator;
  year: number;
  observation: ObservationState;
  history: readonly Figure[];
}

/** The figure of one indicator and year, with its source; saving makes a draft for an approver. */
export function FigureForm({ indicator, year, observation, history }: FigureFormProps) {
  const { t } = useStaffI18n();
  const form = useFigureForm({ code: indicator.code, indicator, year, observation, history });
  // Conflicts, warnings and field messages are shown where they belong; anything else here.
  const handled = form.save.error instanceof ApiError && [400, 409, 422].includes(form.save.error.status);
  const returned = returnedRevision(observation);
  const formRef = useRef<HTMLFormElement>(null);
  // The save button is disabled while saving, which drops focus to the page: take it to the outcome.
  const savedRef = useFocusOnResult<HTMLParagraphElement>(form.savedVersion);
  useEffect(() => {
    if (form.save.error) formRef.current?.querySelector<HTMLElement>(PROBLEMS)?.focus();
  }, [form.save.error]);
  return (
    <form
      ref={formRef}
      className="panel entry-form"
      aria-labelledby="entry-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const element = event.currentTarget;
        // Not sent: take the reader to the first field that says why.
        if (!form.submit()) requestAnimationFrame(() => element.querySelector<HTMLElement>(PROBLEMS)?.focus());
      }}
    >
      <h2 id="entry-form-heading">{t.entry.formTitle(year)}</h2>
      {returned && <ReturnedNotice revision={returned} />}
      {form.conflict && (
        <ConflictPanel
          current={form.conflict}
          mine={form.check.figure}
          indicator={indicator}
          saving={form.save.isPending}
          onSaveMine={() => form.submit(form.conflict?.version)}
          onLoadCurrent={() => form.conflict && form.loadCurrent(form.conflict)}
        />
      )}
      <fieldset className="form-section">
        <legend>{t.entry.figure}</legend>
        <KindFields form={form} year={year} indicator={indicator} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t.entry.provenance}</legend>
        <SourcePicker {...bind(form, 'sourceId')} />
        <div className="field-grid">
          <TextField label={t.entry.locator} hint={t.entry.locatorHint} {...bind(form, 'locator')} />
          <TextField label={t.entry.asOf} type="date" hint={t.entry.asOfHint} {...bind(form, 'asOf')} />
          <TextField className="field--wide" label={t.entry.publishedText} hint={t.entry.publishedTextHint} {...bind(form, 'publishedText')} />
          <SelectField
            label={t.entry.basis}
            hint={t.entry.basisHint}
            options={figureBases.map((basis) => ({ value: basis, label: t.basis[basis] }))}
            {...bind(form, 'basis')}
          />
        </div>
        <TextAreaField label={t.entry.note} {...bind(form, 'note')} />
        <TextAreaField label={t.entry.noteEn} {...bind(form, 'noteEn')} />
      </fieldset>
      {form.otherErrors.map(([field, message]) => (
        <p key={field} className="form-error" role="alert" tabIndex={-1}>
          {`${field}: ${message}`}
        </p>
      ))}
      {!handled && <ActionError error={form.save.error} />}
      <div className="form-footer">
        <p className="draft-notice">
          <span aria-hidden="true">ℹ </span>
          {t.entry.draftNotice}
        </p>
        {form.submitted && form.pending.length > 0 && <p className="field__error">{t.warnings.blocked}</p>}
        <button type="submit" className="button" disabled={form.save.isPending}>
          {form.save.isPending ? t.entry.saving : t.entry.save}
        </button>
        {form.savedVersion !== null && (
          <p ref={savedRef} className="saved-notice" role="status" tabIndex={-1}>
            <span aria-hidden="true">✔ </span>
            {t.entry.saved}
          </p>
        )}
      </div>
    </form>
  );
}
