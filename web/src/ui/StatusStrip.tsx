import { formatNumber, statusesWorstFirst, type Status, type StatusCounts } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { STATUS_ICONS } from './status-meta';

export interface StatusStripProps {
  counts: StatusCounts;
  /** The status the cards are filtered to, if any. */
  active?: Status | undefined;
  /** Filter to a status, or (undefined) show all again; without it the strip only counts. */
  onSelect?: ((status: Status | undefined) => void) | undefined;
}

/**
 * How many indicators are in each status, worst first. Each count is a toggle button: the leader
 * asking "where are we slipping" clicks "Chậm tiến độ" and sees just those.
 */
export function StatusStrip({ counts, active, onSelect }: StatusStripProps) {
  const { t, locale } = useI18n();
  return (
    <ul className="status-strip" aria-label={t.overview.statusSummary}>
      {statusesWorstFirst.map((status) => {
        const content = (
          <>
            <span className="status-strip__count">{formatNumber(counts[status] ?? 0, locale)}</span>
            <span className="status-strip__word">
              <span aria-hidden="true">{STATUS_ICONS[status]} </span>
              {t.status[status]}
            </span>
          </>
        );
        return (
          <li key={status} className={`status-strip__item status--${status}`}>
            {onSelect ? (
              <button
                type="button"
                className="status-strip__button"
                aria-pressed={active === status}
                onClick={() => onSelect(active === status ? undefined : status)}
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
