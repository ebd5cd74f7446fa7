import type { StatusResult } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { STATUS_ICONS } from './status-meta';

/** Icon, word and colour; the tooltip says why (the explanation's reason). */
export function StatusBadge({ result }: { result: StatusResult }) {
  const { t } = useI18n();
  const { status, explanation } = result;
  return (
    <span className={`status-badge status--${status}`} title={t.statusReason[explanation.reason]}>
      <span className="status-badge__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      {t.status[status]}
    </span>
  );
}
