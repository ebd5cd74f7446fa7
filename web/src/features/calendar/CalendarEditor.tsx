import type { Calendar, OrgUnit } from '@kpi/shared';
import { useEffect, useId, useRef } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import type { CalendarIndicator } from './calendar-model';
import { RuleForm } from './RuleForm';
import { YearDueForm } from './YearDueForm';

interface CalendarEditorProps {
  calendar: Calendar;
  indicator: CalendarIndicator;
  /** Whether the indicator's province figure is built from its units' (they can have their own people). */
  unitBuilt: boolean;
  units: readonly OrgUnit[];
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** One indicator's rule and people, and this year's own date: two saves, each with the version read. */
export function CalendarEditor({ calendar, indicator, unitBuilt, units, onSaved, onClose }: CalendarEditorProps) {
  const { t, locale } = useStaffI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Editing starts from a button far above: take the reader to the form.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel calendar-editor" aria-labelledby={id}>
      <div className="calendar-editor__head">
        <h2 id={id} ref={heading} tabIndex={-1}>
          {t.calendar.editTitle(indicator.name[locale])}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t.calendar.close}
        </button>
      </div>
      <RuleForm calendar={calendar} indicator={indicator} unitBuilt={unitBuilt} units={units} onSaved={onSaved} />
      <YearDueForm calendar={calendar} indicator={indicator} onSaved={onSaved} />
    </section>
  );
}
