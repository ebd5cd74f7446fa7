import { resetPasswordBodySchema } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { useResetPasswordMutation } from '../../api/admin-hooks';
import { useI18n } from '../../i18n/useI18n';
import { ActionError } from '../form/ActionError';
import { issuesByField } from '../form/issues';
import { TextField } from '../form/TextField';

/** A new password for someone who lost theirs; their sessions end on the server. */
export function ResetPasswordForm({ username, onDone }: { username: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const reset = useResetPasswordMutation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = resetPasswordBodySchema.safeParse({ password });
    if (!parsed.success) return setError(issuesByField(parsed.error.issues, locale).password);
    setError(undefined);
    reset.mutate({ username, password }, { onSuccess: onDone });
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <TextField label={t.admin.newPasswordFor(username)} type="password" autoComplete="new-password" value={password} onChange={setPassword} error={error} />
      <ActionError error={reset.error} />
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
