import { mailPreferencesBodySchema, type MailPreferences, type MailPreferencesBody } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { TextField } from '../../ui/form/TextField';
import '../../ui/form/form.css';

interface MailPreferencesFormProps {
  /** The form's accessible name: whose preferences these are. */
  label: string;
  initial: MailPreferences;
  /** The account version the caller saw: a stale one comes back as 409. */
  version: number;
  pending: boolean;
  error: Error | null;
  onSave: (body: MailPreferencesBody) => void;
  onCancel?: () => void;
  /** Said after a save went through. */
  saved?: boolean;
}

/**
 * An address and the two choices (daily digest, immediate notices), checked with the shared
 * schema before sending, so the browser and the API refuse the same addresses in the same words.
 * Used by a user for their own account and by an admin for anyone's.
 */
export function MailPreferencesForm({ label, initial, version, pending, error, onSave, onCancel, saved }: MailPreferencesFormProps) {
  const { t, locale } = useStaffI18n();
  const [email, setEmail] = useState(initial.email ?? '');
  const [dailyDigest, setDailyDigest] = useState(initial.dailyDigest);
  const [immediateNotices, setImmediateNotices] = useState(initial.immediateNotices);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = mailPreferencesBodySchema.safeParse({ version, email: email.trim(), dailyDigest, immediateNotices });
    if (!parsed.success) return setFieldError(issuesByField(parsed.error.issues, locale).email);
    setFieldError(undefined);
    onSave(parsed.data);
  };
  const conflict = error instanceof ApiError && error.status === 409;
  const serverField = error instanceof ApiError ? error.fields?.email : undefined;
  return (
    <form className="inline-form" aria-label={label} onSubmit={submit} noValidate>
      <TextField
        label={t.mail.address}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        error={fieldError ?? serverField}
        hint={t.mail.addressHint}
      />
      <label className="checkbox">
        <input type="checkbox" checked={dailyDigest} onChange={(event) => setDailyDigest(event.target.checked)} /> {t.mail.dailyDigest}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={immediateNotices} onChange={(event) => setImmediateNotices(event.target.checked)} /> {t.mail.immediateNotices}
      </label>
      {conflict ? (
        <p className="form-error" role="alert">
          {t.mail.conflict}
        </p>
      ) : (
        !serverField && <ActionError error={error} />
      )}
      {saved && !error && (
        <p role="status">
          <span aria-hidden="true">✔ </span>
          {t.mail.saved}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--small" disabled={pending}>
          {t.mail.save}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet button--small" onClick={onCancel}>
            {t.mail.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
