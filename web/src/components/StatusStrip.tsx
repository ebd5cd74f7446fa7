import { formatNumber, statuses, type StatusCounts } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { STATUS_ICONS } from './status-meta';

/** How many indicators are in each status, at a glance. */
export function StatusStrip({ counts }: { counts: StatusCounts }) {
  const { t, locale } = useI18n();
  return (
    <ul className="status-strip" aria-label={t.overview.statusSummary}>
      {statuses.map((status) => (
        <li key={status} className={`status-strip__item status--${status}`}>
          <span className="status-strip__count">{formatNumber(counts[status] ?? 0, locale)}</span>
          <span className="status-strip__word">
            <span aria-hidden="true">{STATUS_ICONS[status]} </span>
            {t.status[status]}
          </span>
        </li>
      ))}
    </ul>
  );
}
