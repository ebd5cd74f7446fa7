import { dueDateOf, dueOverrideBodySchema, isoDateSchema, formatDate, PROVINCE_UNIT, type Calendar } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useRemoveYearDueMutation, useSaveYearDueMutation } from '../../api/calendar-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { TextField } from '../../ui/form/TextField';
import { yearOverride, type CalendarIndicator } from './calendar-model';
import { ConflictNotice } from './ConflictNotice';

/** This year's own due date for the indicator's figures: set, changed or removed, with the version read. */
export function YearDueForm({ calendar, indicator, onSaved }: { calendar: Calendar; indicator: CalendarIndicator; onSaved: (message: string) => void }) {
  const { t, locale } = useStaffI18n();
  const c = t.calendar;
  const { year } = calendar;
  const override = yearOverride(indicator);
  const save = useSaveYearDueMutation();
  const remove = useRemoveYearDueMutation();
  const [due, setDue] = useState(override?.due ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);
  const failed = save.error ?? remove.error;
  const serverErrors = failed instanceof ApiError && failed.status === 400 ? failed.fields : undefined;
  const shown: Record<string, string | undefined> = { ...serverErrors, ...errors };
  const ruleDate = dueDateOf({ year, unit: PROVINCE_UNIT, rule: indicator.due, departmentRule: calendar.departmentRule, overrides: [] });
  const name = indicator.name[locale];
  const onConflict = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) setConflict(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = dueOverrideBodySchema.safeParse({ version: override?.version ?? 0, due });
    setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
    if (!parsed.success) return;
    setConflict(false);
    remove.reset();
    void save
      .mutateAsync({ code: indicator.code, year, ...parsed.data })
      .then((saved) => onSaved(c.savedYear(name, formatDate(saved.due, locale))), onConflict);
  };
  const removeOwn = () => {
    if (!override) return;
    setErrors({});
    setConflict(false);
    save.reset();
    void remove.mutateAsync({ code: indicator.code, year, version: override.version }).then(() => {
      setDue('');
      onSaved(c.removedYear(name));
    }, onConflict);
  };
  const isConflict = conflict || (failed instanceof ApiError && failed.status === 409);
  return (
    <form className="calendar-form" aria-label={c.yearLegend(year)} onSubmit={submit} noValidate>
      <fieldset className="subform">
        <legend>{c.yearLegend(year)}</legend>
        <TextField
          label={c.yearDate}
          type="date"
          value={due}
          onChange={setDue}
          error={shown.due}
          hint={
            <>
              {isoDateSchema.safeParse(due).success && <strong>{c.chosenDate(formatDate(due, locale))} </strong>}
              {c.yearHint(formatDate(ruleDate, locale))}
            </>
          }
        />
      </fieldset>
      {isConflict && <ConflictNotice />}
      {!isConflict && !serverErrors && <ActionError error={failed} />}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending || remove.isPending}>
          {c.saveYear}
        </button>
        {override && (
          <button type="button" className="button button--quiet" disabled={save.isPending || remove.isPending} onClick={removeOwn}>
            {c.removeYear}
          </button>
        )}
      </div>
    </form>
  );
}
