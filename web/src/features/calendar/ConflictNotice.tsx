import { validationMessage } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/** A 409: the shared wording, and that the calendar reloaded while the form kept what was typed. */
export function ConflictNotice() {
  const { t, locale } = useStaffI18n();
  return (
    <p className="form-error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {validationMessage('stale-version', locale)} {t.calendar.conflictHint}
    </p>
  );
}
