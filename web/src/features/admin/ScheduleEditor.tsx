import { formatNumber, MAX_SCHEDULE_SETS, outsideScheduleSchema, type OutsideSchedule, type ScheduleSet } from '@kpi/shared';
import { useId } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { FieldMessages } from '../../ui/form/FieldMessages';
import { SelectField } from '../../ui/form/SelectField';
import { ScheduleSetEditor } from './ScheduleSetEditor';
import type { SlideNames } from './slide-text';
import './schedule-admin.css';

interface ScheduleEditorProps {
  schedule: readonly ScheduleSet[];
  outsideSchedule: OutsideSchedule;
  names: SlideNames;
  /** The form's messages by field (`schedule.1.start`…). */
  errors: Readonly<Record<string, string>>;
  onChange: (schedule: ScheduleSet[]) => void;
  onOutsideChange: (outside: OutsideSchedule) => void;
}

/** A new set: the working week's first hour, showing the year's headline until the admin chooses. */
const newSet = (name: string): ScheduleSet => ({
  name,
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '08:00',
  end: '09:00',
  playlist: [{ type: 'headline' }],
});

/** A screen's sets of slides by day and hour, and what shows outside them: the default slides or a clock. */
export function ScheduleEditor({ schedule, outsideSchedule, names, errors, onChange, onOutsideChange }: ScheduleEditorProps) {
  const { t, locale } = useStaffI18n();
  const words = t.screenSchedule;
  const id = useId();
  return (
    <fieldset className="form-section schedule-editor" aria-describedby={id}>
      <legend>{words.legend}</legend>
      <p id={id} className="muted">
        {words.intro}
      </p>
      <SelectField
        className="schedule-outside-field"
        label={words.outside}
        value={outsideSchedule}
        onChange={(value) => onOutsideChange(outsideScheduleSchema.parse(value))}
        hint={outsideSchedule === 'clock' ? words.outsideHint : undefined}
        options={outsideScheduleSchema.options.map((value) => ({ value, label: words.outsideChoices[value] }))}
      />
      {schedule.length === 0 ? (
        <p className="muted">{words.none}</p>
      ) : (
        schedule.map((set, index) => (
          <ScheduleSetEditor
            key={index}
            set={set}
            number={formatNumber(index + 1, locale)}
            path={`schedule.${index}`}
            names={names}
            errors={errors}
            onChange={(next) => onChange(schedule.map((s, i) => (i === index ? next : s)))}
            onRemove={() => onChange(schedule.filter((_, i) => i !== index))}
          />
        ))
      )}
      <FieldMessages id={`${id}-sets`} error={errors.schedule} />
      <button
        type="button"
        className="button button--quiet"
        disabled={schedule.length >= MAX_SCHEDULE_SETS}
        onClick={() => onChange([...schedule, newSet(schedule.length === 0 ? words.newName : '')])}
      >
        <span aria-hidden="true">+ </span>
        {words.add}
      </button>
    </fieldset>
  );
}
