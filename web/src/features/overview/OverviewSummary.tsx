import { formatDateTime, type Overview } from '@kpi/shared';
import { useI18n } from '../../i18n/useI18n';
import { StatusStrip, type StatusStripProps } from '../../ui/StatusStrip';

/** The year's heading, when its data last changed, and the status counts (a filter when `onSelect` is given). */
export function OverviewSummary({ dashboard, refreshing, strip }: { dashboard: Overview; refreshing: boolean; strip: StatusStripProps }) {
  const { t, locale } = useI18n();
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <div className="summary__heading">
        <h2 id="summary-heading">{t.overview.heading(dashboard.year)}</h2>
        <p className="summary__updated">
          {refreshing ? <span role="status">{t.overview.refreshing}</span> : t.overview.updatedAt(formatDateTime(dashboard.updatedAt, locale))}
        </p>
      </div>
      {strip.onSelect && <p className="summary__hint sr-only-on-phone">{t.filters.statusFilterHint}</p>}
      <StatusStrip {...strip} />
    </section>
  );
}
