import { formatDateTime, formatNumber, formatTimeAgo, type ScreenHealth } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { browserName } from './browser-name';

/**
 * A screen's connection for the admin, each state with an icon and words (never colour alone):
 * showing now, with the slide, data and browser it reported; or when it was last seen, flagged
 * when it has been dark longer than SCREEN_DARK_AFTER_MINUTES.
 */
export function ScreenHealthCell({ health, darkAfterMinutes }: { health: ScreenHealth | undefined; darkAfterMinutes: number }) {
  const { t, locale } = useStaffI18n();
  const words = t.screenControl;
  if (!health) return <span className="muted">—</span>;
  const { report } = health;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="screen-health">
      {health.online ? (
        <p className="screen-health__state screen-health__state--online">
          <span aria-hidden="true">● </span>
          <strong>{words.online}</strong>
          {health.connectedSince && <span className="muted"> · {words.onlineSince(formatDateTime(health.connectedSince, locale))}</span>}
        </p>
      ) : (
        <p className="screen-health__state">
          <span aria-hidden="true">○ </span>
          {health.lastSeenAt ? (
            <span title={formatDateTime(health.lastSeenAt, locale)}>{words.lastSeen(formatTimeAgo(health.lastSeenAt, locale))}</span>
          ) : (
            words.neverSeen
          )}
        </p>
      )}
      {health.dark && (
        <p className="screen-health__flag">
          <span aria-hidden="true">⚠ </span>
          {words.dark(n(darkAfterMinutes))}
        </p>
      )}
      {health.blanked && (
        <p className="screen-health__flag">
          <span aria-hidden="true">■ </span>
          {words.blanked}
        </p>
      )}
      {health.online && report && (
        <p className="muted">
          {words.slide(n(report.slide), n(report.slides))} ·{' '}
          {health.behind ? (
            <span className="screen-health__flag">
              <span aria-hidden="true">⚠ </span>
              {words.behind}
            </span>
          ) : (
            <span>
              <span aria-hidden="true">✔ </span>
              {words.upToDate}
            </span>
          )}
        </p>
      )}
      {(health.userAgent || report) && (
        <p className="muted">
          {[health.userAgent && browserName(health.userAgent), report && words.resolution(String(report.width), String(report.height))]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
    </div>
  );
}
