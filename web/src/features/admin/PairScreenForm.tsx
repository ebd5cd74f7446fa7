import { formatDateTime, pairScreenBodySchema, type Screen } from '@kpi/shared';
import type { FormEvent } from 'react';
import { useSearchParams } from '../../app/routing';
import { ApiError, retryAtOf } from '../../api/client';
import { usePairScreenMutation } from '../../api/screen-control-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { useFormFields } from '../../ui/form/useFormFields';

/**
 * Pairs the device showing a code with a screen. `?code=` (what the device's QR code opens) fills
 * the code in, so an admin with a phone only picks the screen. A wrong, used or expired code is
 * said beside the field, in the admin's language, as the server words it.
 */
export function PairScreenForm({ screens }: { screens: Screen[] }) {
  const { t, locale } = useStaffI18n();
  const [searchParams] = useSearchParams();
  const pair = usePairScreenMutation();
  const { values, setErrors, field } = useFormFields({ code: searchParams.get('code') ?? '', screen: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = pairScreenBodySchema.safeParse({ code: values.code });
    const errors = parsed.success ? {} : issuesByField(parsed.error.issues, locale);
    if (!values.screen) errors.screen = t.screenControl.chooseScreen;
    setErrors(errors);
    if (!parsed.success || !values.screen) return;
    pair.mutate(
      { id: Number(values.screen), code: values.code },
      {
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fields ?? {});
        },
      },
    );
  };
  const retryAt = retryAtOf(pair.error);
  const shownByField = pair.error instanceof ApiError && Object.keys(pair.error.fields ?? {}).length > 0;
  const pairedName = pair.isSuccess ? screens.find((screen) => String(screen.id) === values.screen)?.name : undefined;
  return (
    <form className="panel" aria-labelledby="pair-screen-heading" onSubmit={submit} noValidate>
      <h2 id="pair-screen-heading">{t.screenControl.pairTitle}</h2>
      <p className="muted">{t.screenControl.pairHint}</p>
      <div className="field-grid">
        <TextField label={t.screenControl.code} autoComplete="off" hint={t.screenControl.codeHint} {...field('code')} />
        <SelectField
          label={t.screenControl.screen}
          placeholder={t.screenControl.chooseScreen}
          options={screens.map((screen) => ({ value: String(screen.id), label: screen.name }))}
          {...field('screen')}
        />
      </div>
      {retryAt ? (
        <p className="form-error" role="alert">
          {t.screenControl.locked(formatDateTime(retryAt, locale))}
        </p>
      ) : (
        !shownByField && <ActionError error={pair.error} />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={pair.isPending}>
          {t.screenControl.pair}
        </button>
        {pairedName && (
          <p className="saved-notice" role="status">
            <span aria-hidden="true">✔ </span>
            {t.screenControl.paired(pairedName)}
          </p>
        )}
      </div>
    </form>
  );
}
