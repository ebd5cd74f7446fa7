import type { Status, StatusReason } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { STATUS_ICONS } from './status-meta';

/** Icon, word and colour; the tooltip says why (the explanation's reason). */
export function StatusBadge({ status, reason }: { status: Status; reason: StatusReason }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status--${status}`} title={t.statusReason[reason]}>
      <span className="status-badge__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      {t.status[status]}
    </span>
  );
}
