import { formatDayMonth, reportingRuleBodySchema, type Calendar, type OrgUnit } from '@kpi/shared';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useSaveReportingRuleMutation } from '../../api/calendar-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import type { CalendarIndicator } from './calendar-model';
import { ConflictNotice } from './ConflictNotice';
import { UnitResponsibles, type UnitPerson } from './UnitResponsibles';

interface RuleFormProps {
  calendar: Calendar;
  indicator: CalendarIndicator;
  unitBuilt: boolean;
  units: readonly OrgUnit[];
  onSaved: (message: string) => void;
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The indicator's yearly rule and its people, checked with the shared schema, saved with the version read. */
export function RuleForm({ calendar, indicator, unitBuilt, units, onSaved }: RuleFormProps) {
  const { t, locale } = useStaffI18n();
  const c = t.calendar;
  const id = useId();
  const save = useSaveReportingRuleMutation();
  const [own, setOwn] = useState(indicator.due !== null);
  const [day, setDay] = useState(indicator.due ? String(indicator.due.day) : '');
  const [month, setMonth] = useState(indicator.due ? String(indicator.due.month) : '');
  const [responsible, setResponsible] = useState(indicator.responsible?.username ?? '');
  const [unitPeople, setUnitPeople] = useState<UnitPerson[]>(indicator.unitResponsibles.map(({ unit, person }) => ({ unit, username: person.username })));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);
  const serverErrors = save.error instanceof ApiError && save.error.status === 400 ? save.error.fields : undefined;
  const shown: Record<string, string | undefined> = { ...serverErrors, ...errors };

  // Whoever answers for it now stays a choice, even when no longer among those who can be chosen.
  const current = [indicator.responsible, ...indicator.unitResponsibles.map((u) => u.person)].filter((p) => p !== null);
  const people = [...calendar.people, ...current.filter((p) => !calendar.people.some((q) => q.username === p.username))];
  const personOptions = people.map((p) => ({ value: p.username, label: p.displayName }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = reportingRuleBodySchema.safeParse({
      version: indicator.version,
      due: own ? { month: numberOf(month), day: numberOf(day) } : null,
      responsible: responsible === '' ? null : responsible,
      unitResponsibles: Object.fromEntries((unitBuilt ? unitPeople : []).map((row) => [row.unit, row.username])),
    });
    setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
    if (!parsed.success) return;
    setConflict(false);
    // Not mutate's own callbacks: the calendar refetched on settling may remount this form.
    void save.mutateAsync({ code: indicator.code, ...parsed.data }).then(
      () => onSaved(c.savedRule(indicator.name[locale])),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 409) setConflict(true);
      },
    );
  };
  const isConflict = conflict || (save.error instanceof ApiError && save.error.status === 409);
  return (
    <form className="calendar-form" aria-label={c.ruleLegend} onSubmit={submit} noValidate>
      <fieldset className="subform">
        <legend>{c.ruleLegend}</legend>
        <label className="calendar-choice">
          <input type="radio" name={`${id}-rule`} checked={!own} onChange={() => setOwn(false)} />{' '}
          {c.ruleDepartment(formatDayMonth(calendar.departmentRule, locale))}
        </label>
        <label className="calendar-choice">
          <input type="radio" name={`${id}-rule`} checked={own} onChange={() => setOwn(true)} /> {c.ruleOwn}
        </label>
        {own && (
          <div className="field-grid calendar-day-month">
            <TextField label={c.day} inputMode="numeric" value={day} onChange={setDay} error={shown['due.day']} />
            <TextField label={c.month} inputMode="numeric" value={month} onChange={setMonth} error={shown['due.month']} hint={c.ruleHint} />
          </div>
        )}
      </fieldset>
      <SelectField label={c.responsible} value={responsible} onChange={setResponsible} placeholder={c.none} options={personOptions} error={shown.responsible} />
      {unitBuilt && <UnitResponsibles rows={unitPeople} onChange={setUnitPeople} people={personOptions} units={units} year={calendar.year} errors={shown} />}
      {isConflict && <ConflictNotice />}
      {!isConflict && !serverErrors && <ActionError error={save.error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {c.saveRule}
        </button>
      </div>
    </form>
  );
}
