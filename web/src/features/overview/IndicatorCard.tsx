import type { DashboardCard } from '@kpi/shared';
import { useId } from 'react';
import { Link } from '../../app/routing';
import { useI18n } from '../../i18n/useI18n';
import { ChangeLabel } from '../../ui/ChangeLabel';
import { trendAsOf } from '../../ui/chart-format';
import { FigureHeadline } from '../../ui/FigureHeadline';
import { indicatorHref } from '../indicator/links';
import { LazyTrendChart } from '../../ui/trend/LazyTrendChart';
import { OutlookLine } from '../../ui/OutlookLine';
import { QualityWarning } from '../../ui/QualityWarning';
import { RatioDetails } from '../../ui/RatioDetails';
import { SourceLine } from '../../ui/SourceLine';
import { StatusBadge } from '../../ui/StatusBadge';
import { TargetLine } from '../../ui/TargetLine';

/** One indicator of the overview: figure, status, change, target and document, warnings, trend. */
export function IndicatorCard({ card, year }: { card: DashboardCard; year: number }) {
  const { t, locale } = useI18n();
  const { indicator, figure, target, status, change, flags, outlook, trend } = card;
  const headingId = useId();
  const shownTrend = trendAsOf(trend, year);
  const hasChart = shownTrend.some((point) => point.value !== null);
  return (
    <article className={`card card--${status.status}`} aria-labelledby={headingId}>
      <div className="card__top">
        <h3 id={headingId} className="card__title">
          {/* The title opens the indicator's page, carrying the year and language of this view. */}
          <Link className="card__link" to={indicatorHref(indicator.code, year, locale)}>
            {indicator.name[locale]}
          </Link>
        </h3>
        <StatusBadge {...status} />
      </div>
      <FigureHeadline indicator={indicator} figure={figure} year={year} />
      {/* "Too few figures to judge" beside a figure says how few: one, so no pace to judge yet. */}
      {status.reason === 'single-figure' && <p className="card__note">{t.statusReason['single-figure']}</p>}
      {change && <ChangeLabel change={change} indicator={indicator} />}
      <TargetLine target={target} indicator={indicator} />
      <OutlookLine outlook={outlook} indicator={indicator} tooFewShown={status.reason === 'single-figure'} />
      {indicator.scope === 'national' && <p className="card__note">{t.card.nationalScope}</p>}
      {flags.map((flag) => (
        <QualityWarning key={`${flag.code}-${flag.year}`} flag={flag} indicator={indicator} />
      ))}
      {figure?.kind === 'ratio' && <RatioDetails figure={figure} />}
      {hasChart && <LazyTrendChart indicator={indicator} trend={shownTrend} year={year} />}
      {figure?.source && <SourceLine source={figure.source} expandable />}
    </article>
  );
}
