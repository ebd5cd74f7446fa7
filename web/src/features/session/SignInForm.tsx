import { formatDateTime, formatNumber, loginBodySchema, type Locale } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from '../../app/routing';
import { ApiError, retryAtOf } from '../../api/client';
import { useLoginMutation } from '../../api/session-mutations';
import type { Dictionary } from '../../i18n/vi';
import { useI18n } from '../../i18n/useI18n';
import { TextField } from '../../ui/form/TextField';
import { issuesByField } from '../../ui/form/issues';

/** Only a path of this app: `?next=https://elsewhere` must not turn sign-in into a redirector. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/**
 * What a failed sign-in says. A 429 (too many failures for the username, or attempts from this
 * address) says when to try again: in seconds for a back-off, at what time (Vietnam's) for a lock.
 */
function failureMessage(error: unknown, t: Dictionary, locale: Locale): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 401) return t.session.badCredentials;
  if (error.status !== 429) return t.session.failed(error.message);
  const retryAt = retryAtOf(error);
  if (!retryAt) return t.session.rateLimited;
  const seconds = Math.max(1, Math.ceil((Date.parse(retryAt) - Date.now()) / 1000));
  return seconds < 60 ? t.session.retryInSeconds(formatNumber(seconds, locale)) : t.session.retryAfter(formatDateTime(retryAt, locale));
}

export function SignInForm() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const login = useLoginMutation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = loginBodySchema.safeParse({ username, password });
    setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
    if (!parsed.success) return;
    login.mutate(parsed.data, { onSuccess: () => void navigate(safeNext(searchParams.get('next')), { replace: true }) });
  };

  const message = failureMessage(login.error, t, locale);

  return (
    <form className="panel sign-in" onSubmit={submit} noValidate>
      <h2>{t.session.signInTitle}</h2>
      {message && (
        <p className="form-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      )}
      <TextField label={t.session.username} value={username} onChange={setUsername} error={errors.username} autoComplete="username" autoFocus />
      <TextField label={t.session.password} type="password" value={password} onChange={setPassword} error={errors.password} autoComplete="current-password" />
      <button type="submit" className="button" disabled={login.isPending}>
        {login.isPending ? t.session.signingIn : t.session.signIn}
      </button>
    </form>
  );
}
