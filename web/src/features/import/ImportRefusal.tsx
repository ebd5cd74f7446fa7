import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { useFocusOnResult } from '../../ui/useFocusOnResult';

/**
 * Why the server would not take the file or run it: a title by error code, the server's own
 * message (the legacy-encoding one says how to re-save the file), and that nothing changed.
 */
export function ImportRefusal({ error, children }: { error: Error | null; children?: ReactNode }) {
  const { t } = useStaffI18n();
  // A refusal is the outcome of the button just pressed: the reader lands on it.
  const ref = useFocusOnResult<HTMLDivElement>(error);
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'unknown';
  return (
    <div ref={ref} className="form-error import-refusal" role="alert" tabIndex={-1}>
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>{t.importRefusals[code] ?? t.actions.failed}</strong>
        {' – '}
        {t.importPage.refusedTitle}
      </p>
      <p className="import-refusal__message">{error.message}</p>
      <p className="state-panel__detail">({code})</p>
      {children}
    </div>
  );
}
