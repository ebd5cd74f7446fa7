import { formatDateTime, type Dashboard } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { StatusStrip } from './StatusStrip';

/** The year's heading, when its data last changed, and the status counts. */
export function OverviewSummary({ dashboard, refreshing }: { dashboard: Dashboard; refreshing: boolean }) {
  const { t, locale } = useI18n();
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <div className="summary__heading">
        <h2 id="summary-heading">{t.overview.heading(dashboard.year)}</h2>
        <p className="summary__updated">
          {refreshing ? (
            <span role="status">{t.overview.refreshing}</span>
          ) : (
            t.overview.updatedAt(formatDateTime(dashboard.updatedAt, locale))
          )}
        </p>
      </div>
      <StatusStrip counts={dashboard.counts} />
    </section>
  );
}
