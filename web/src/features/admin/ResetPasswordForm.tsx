import { resetPasswordBodySchema } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { useResetPasswordMutation } from '../../api/admin-hooks';
import { ApiError } from '../../api/client';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { TextField } from '../../ui/form/TextField';

/**
 * A new password for someone who lost theirs; their sessions end on the server. It carries the
 * account version the admin saw: a 409 (the account changed meanwhile) reloads the list and says so.
 */
export function ResetPasswordForm({ username, version, onDone }: { username: string; version: number; onDone: () => void }) {
  const { t, locale } = useStaffI18n();
  const reset = useResetPasswordMutation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = resetPasswordBodySchema.safeParse({ password, version });
    if (!parsed.success) return setError(issuesByField(parsed.error.issues, locale).password);
    setError(undefined);
    reset.mutate({ username, ...parsed.data }, { onSuccess: onDone });
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <TextField label={t.admin.newPasswordFor(username)} type="password" autoComplete="new-password" value={password} onChange={setPassword} error={error} />
      {reset.error instanceof ApiError && reset.error.status === 409 ? (
        <p className="form-error" role="alert">
          {t.admin.conflict}
        </p>
      ) : (
        <ActionError error={reset.error} />
      )}
      <div className="actions">
        <button type="submit" className="button button--small" disabled={reset.isPending}>
          {t.admin.setPassword}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onDone}>
          {t.actions.cancel}
        </button>
      </div>
    </form>
  );
}
