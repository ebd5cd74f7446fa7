import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/useI18n';
import './form.css';

/** A failed write, said plainly, with the server's code and message for support. */
export function ActionError({ error, title }: { error: Error | null; title?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'unknown';
  return (
    <div className="form-error" role="alert" tabIndex={-1}>
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>{title ?? t.actions.failed}</strong>
      </p>
      <p className="state-panel__detail">{t.states.errorDetail(code, error.message)}</p>
    </div>
  );
}
