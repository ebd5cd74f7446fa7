import type { Screen, ScreenSettings } from '@kpi/shared';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useCreateScreenMutation, useUpdateScreenMutation } from '../../api/screens-admin-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { ScreenForm, type ScreenYears } from './ScreenForm';
import type { SlideNames } from './slide-text';
import type { IssuedScreen } from './IssuedScreenUrl';

const NEW_SCREEN: ScreenSettings = {
  name: '',
  language: 'vi',
  theme: 'night',
  secondsPerSlide: 20,
  playlist: [{ type: 'headline' }],
  year: null,
  schedule: [],
  outsideSchedule: 'playlist',
};

const fieldErrors = (error: Error | null) => (error instanceof ApiError && error.status === 400 ? error.fields : undefined);

/** A new screen; its URL (with the token) goes up to be shown once. */
export function CreateScreenForm({ names, years, onIssued }: { names: SlideNames; years: ScreenYears; onIssued: (issued: IssuedScreen) => void }) {
  const { t } = useStaffI18n();
  const create = useCreateScreenMutation();
  // A new key empties the form after each creation.
  const [round, setRound] = useState(0);
  return (
    <ScreenForm
      key={round}
      title={t.screensAdmin.newTitle}
      submitLabel={t.screensAdmin.create}
      initial={NEW_SCREEN}
      names={names}
      years={years}
      pending={create.isPending}
      serverErrors={fieldErrors(create.error)}
      onSubmit={(settings) =>
        create.mutate(settings, {
          onSuccess: ({ screen, url }) => {
            onIssued({ url, name: screen.name, kind: 'created' });
            setRound((n) => n + 1);
          },
        })
      }
    >
      {!fieldErrors(create.error) && <ActionError error={create.error} />}
    </ScreenForm>
  );
}

interface EditScreenFormProps {
  screen: Screen;
  names: SlideNames;
  years: ScreenYears;
  /** Someone else changed the screen: the list reloaded and the form shows the current settings. */
  conflict: boolean;
  onConflict: () => void;
  onDone: (savedName: string | null) => void;
}

/** A screen's settings, saved with the version the admin saw; a 409 reloads it and says so. */
export function EditScreenForm({ screen, names, years, conflict, onConflict, onDone }: EditScreenFormProps) {
  const { t } = useStaffI18n();
  const update = useUpdateScreenMutation();
  const isConflict = update.error instanceof ApiError && update.error.status === 409;
  return (
    <ScreenForm
      title={t.screensAdmin.editTitle(screen.name)}
      focusOnOpen
      secondary={
        <button type="button" className="button button--quiet" onClick={() => onDone(null)}>
          {t.screensAdmin.closeEditor}
        </button>
      }
      submitLabel={t.screensAdmin.save}
      initial={screen}
      names={names}
      years={years}
      pending={update.isPending}
      serverErrors={fieldErrors(update.error)}
      // Not mutate's own callbacks: the list refetched on settling carries the new version, which
      // remounts this form (keyed on it), and an unmounted observer never calls them back.
      onSubmit={(settings) => {
        void update.mutateAsync({ id: screen.id, version: screen.version, ...settings }).then(
          (saved) => onDone(saved.name),
          (error: unknown) => {
            if (error instanceof ApiError && error.status === 409) onConflict();
          },
        );
      }}
    >
      {(conflict || isConflict) && (
        <p className="form-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t.screensAdmin.formConflict}
        </p>
      )}
      {!isConflict && !fieldErrors(update.error) && <ActionError error={update.error} />}
    </ScreenForm>
  );
}
