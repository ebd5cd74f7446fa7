import { formatWeekday, weekdays, type ScheduleSet, type Weekday } from '@kpi/shared';
import { useId } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { FieldMessages } from '../../ui/form/FieldMessages';
import { TextField } from '../../ui/form/TextField';
import { PlaylistEditor } from './PlaylistEditor';
import { slideErrors } from './slide-errors';
import type { SlideNames } from './slide-text';

interface ScheduleSetEditorProps {
  set: ScheduleSet;
  /** Its place as people count, in the reader's format. */
  number: string;
  /** Where its fields' messages sit among the form's (`schedule.1`). */
  path: string;
  names: SlideNames;
  errors: Readonly<Record<string, string>>;
  onChange: (set: ScheduleSet) => void;
  onRemove: () => void;
}

/**
 * One set of a screen's schedule: its name, days, hours (typed as HH:MM: a time picker cannot say
 * 24:00, the end of a day) and its own slides, in the same slide editor as the default playlist.
 */
export function ScheduleSetEditor({ set, number, path, names, errors, onChange, onRemove }: ScheduleSetEditorProps) {
  const { t, locale } = useStaffI18n();
  const words = t.screenSchedule;
  const daysId = useId();
  const scope = words.ofSet(number);
  const toggle = (day: Weekday, on: boolean) => onChange({ ...set, days: weekdays.filter((d) => (d === day ? on : set.days.includes(d))) });
  return (
    <fieldset className="schedule-set">
      <legend className="schedule-set__title">{words.setNumber(number, set.name.trim())}</legend>
      <div className="field-grid">
        <TextField label={words.name} hint={words.nameHint} value={set.name} onChange={(name) => onChange({ ...set, name })} error={errors[`${path}.name`]} />
        <TextField
          label={words.start}
          hint={words.timeHint}
          inputMode="numeric"
          value={set.start}
          onChange={(start) => onChange({ ...set, start })}
          error={errors[`${path}.start`]}
        />
        <TextField
          label={words.end}
          hint={words.timeHint}
          inputMode="numeric"
          value={set.end}
          onChange={(end) => onChange({ ...set, end })}
          error={errors[`${path}.end`]}
        />
      </div>
      <fieldset className="schedule-set__days" aria-describedby={errors[`${path}.days`] ? daysId : undefined}>
        <legend>{words.days}</legend>
        {weekdays.map((day, i) => (
          <label key={day} className="checkbox">
            <input type="checkbox" checked={set.days.includes(day)} onChange={(event) => toggle(day, event.target.checked)} />
            {formatWeekday(i, locale)}
          </label>
        ))}
        <FieldMessages id={daysId} error={errors[`${path}.days`]} />
      </fieldset>
      <PlaylistEditor
        legend={words.slides}
        scope={scope}
        playlist={set.playlist}
        onChange={(playlist) => onChange({ ...set, playlist })}
        names={names}
        slideError={slideErrors(errors, `${path}.playlist`, set.playlist, t.screensAdmin.chooseIndicator)}
        error={errors[`${path}.playlist`] && (set.playlist.length === 0 ? t.screensAdmin.noSlides : errors[`${path}.playlist`])}
      />
      <button type="button" className="button button--quiet button--small" onClick={onRemove}>
        <span aria-hidden="true">✖ </span>
        {words.remove(number)}
      </button>
    </fieldset>
  );
}
