import type { IndicatorDetail } from '@kpi/shared';
import { Link } from '../../app/routing';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { indicatorHref } from './links';

/**
 * On both sides of a series break (a change of kind or unit made a new indicator that continues
 * the old one): which indicator carries the series on, or which one it carries on, and that their
 * figures do not compare directly. Shown above the chart, so no one reads one series as the other.
 */
export function SeriesBreakNotice({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useIndicatorI18n();
  const p = t.indicatorPage.seriesBreak;
  const { continues, continuedBy } = detail.seriesBreak;
  if (!continues && !continuedBy) return null;
  const link = (code: string, name: string) => <Link to={indicatorHref(code, detail.asOf.year, locale)}>{name}</Link>;
  return (
    <p className="indicator-detail__replaced indicator-detail__series-break">
      <span aria-hidden="true">⤳ </span>
      <strong>{p.title}</strong>{' '}
      {continues && (
        <>
          {p.continues} {link(continues.code, continues.name[locale])}.{' '}
        </>
      )}
      {continuedBy && (
        <>
          {p.continuedBy} {link(continuedBy.code, continuedBy.name[locale])}.{' '}
        </>
      )}
      {p.why}
    </p>
  );
}
