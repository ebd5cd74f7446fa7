import { localeSchema, screenSettingsSchema, screenThemeSchema, type ScheduleSet, type ScreenSettings, type Slide } from '@kpi/shared';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { issuesByField } from '../../ui/form/issues';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { PlaylistEditor } from './PlaylistEditor';
import { ScheduleEditor } from './ScheduleEditor';
import { slideErrors, withoutMessagesUnder } from './slide-errors';
import type { SlideNames } from './slide-text';

interface ScreenFormProps {
  title: string;
  submitLabel: string;
  initial: ScreenSettings;
  names: SlideNames;
  years: ScreenYears;
  pending: boolean;
  onSubmit: (settings: ScreenSettings) => void;
  /** The server's field messages (400), shown beside the fields. */
  serverErrors?: Record<string, string>;
  /** Messages and extra buttons under the fields. */
  children?: ReactNode;
  /** Beside the submit button: "close" while editing. */
  secondary?: ReactNode;
  /** Move focus to the form when it opens (editing starts from a button far above it). */
  focusOnOpen?: boolean;
}

/** The years a screen may show: the latest with published data (null when none), and every year with data. */
export interface ScreenYears {
  latest: number | null;
  all: readonly number[];
}

/** A screen's settings and playlist, checked with the shared schema before anything is sent. */
export function ScreenForm({ title, submitLabel, initial, names, years, pending, onSubmit, serverErrors, children, secondary, focusOnOpen }: ScreenFormProps) {
  const { t, locale } = useStaffI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  const [name, setName] = useState(initial.name);
  const [language, setLanguage] = useState(initial.language);
  const [theme, setTheme] = useState(initial.theme);
  const [seconds, setSeconds] = useState(String(initial.secondsPerSlide));
  const [playlist, setPlaylist] = useState<Slide[]>(initial.playlist);
  const [schedule, setSchedule] = useState<ScheduleSet[]>(initial.schedule);
  const [outsideSchedule, setOutsideSchedule] = useState(initial.outsideSchedule);
  // '' follows the latest year; a screen's own year stays a choice even when no figure has it any more.
  const [year, setYear] = useState(initial.year === null ? '' : String(initial.year));
  const yearChoices = [...new Set([...years.all, ...(initial.year === null ? [] : [initial.year])])].sort((a, b) => b - a);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...serverErrors, ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const secondsPerSlide = seconds.trim() === '' ? Number.NaN : Number(seconds);
    const parsed = screenSettingsSchema.safeParse({
      name,
      language,
      theme,
      secondsPerSlide,
      playlist,
      year: year === '' ? null : Number(year),
      schedule,
      outsideSchedule,
    });
    setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
    if (parsed.success) onSubmit(parsed.data);
  };
  return (
    <form className="panel" aria-labelledby={id} onSubmit={submit} noValidate>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <div className="field-grid">
        <TextField label={t.screensAdmin.name} hint={t.screensAdmin.nameHint} value={name} onChange={setName} error={shown.name} autoComplete="off" />
        <SelectField
          label={t.screensAdmin.language}
          value={language}
          onChange={(value) => setLanguage(localeSchema.parse(value))}
          options={localeSchema.options.map((value) => ({ value, label: t.screensAdmin.languages[value] }))}
        />
        <SelectField
          label={t.screensAdmin.theme}
          value={theme}
          onChange={(value) => setTheme(screenThemeSchema.parse(value))}
          options={screenThemeSchema.options.map((value) => ({ value, label: t.screensAdmin.themes[value] }))}
        />
        <TextField label={t.screensAdmin.seconds} inputMode="numeric" value={seconds} onChange={setSeconds} error={shown.secondsPerSlide} />
        <SelectField
          label={t.screensAdmin.year}
          className="screen-year-field"
          value={year}
          onChange={setYear}
          hint={t.screensAdmin.yearHint}
          error={shown.year}
          options={[
            { value: '', label: t.screensAdmin.yearLatest(years.latest) },
            ...yearChoices.map((y) => ({ value: String(y), label: t.screensAdmin.yearFixed(y) })),
          ]}
        />
      </div>
      <PlaylistEditor
        playlist={playlist}
        onChange={(next) => {
          setPlaylist(next);
          // A slide's message belongs to the slide at that place before the change: drop them all.
          setErrors((current) => withoutMessagesUnder(current, 'playlist'));
        }}
        names={names}
        slideError={slideErrors(shown, 'playlist', playlist, t.screensAdmin.chooseIndicator)}
        error={shown.playlist ? (playlist.length === 0 ? t.screensAdmin.noSlides : shown.playlist) : undefined}
      />
      <ScheduleEditor
        schedule={schedule}
        outsideSchedule={outsideSchedule}
        names={names}
        errors={shown}
        onChange={(next) => {
          setSchedule(next);
          // As for the slides: a set's messages belong to the place it had before the change.
          setErrors((current) => withoutMessagesUnder(current, 'schedule'));
        }}
        onOutsideChange={setOutsideSchedule}
      />
      {children}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
        {secondary}
      </div>
    </form>
  );
}
