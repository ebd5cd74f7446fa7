import { memo } from 'react';
import type { DashboardCard } from '@kpi/shared';
import { ChangeLabel } from '../../ui/ChangeLabel';
import { trendAsOf } from '../../ui/chart-format';
import { FigureHeadline } from '../../ui/FigureHeadline';
import { SourceLine } from '../../ui/SourceLine';
import { StatusBadge } from '../../ui/StatusBadge';
import { OutlookLine } from '../../ui/OutlookLine';
import { TargetLine } from '../../ui/TargetLine';
import { useI18n } from '../../i18n/useI18n';
import { dueDateOf, statusReasonText } from '../../ui/status-reason';
import { ScreenTrendChart } from './ScreenTrendChart';

/**
 * One indicator: the figure and its status on the left, its years against the target path on the right.
 * Memoised like ScreenCard: a publication that leaves its card alone does not redraw its chart.
 */
export const IndicatorSlide = memo(function IndicatorSlide({ card, year }: { card: DashboardCard; year: number }) {
  const { t, locale } = useI18n();
  const { indicator, figure, target, status, change, outlook, trend } = card;
  const shown = trendAsOf(trend, year);
  const hasChart = shown.some((point) => point.value !== null || point.target !== null);
  return (
    <>
      <h2 className="screen-slide__title">{indicator.name[locale]}</h2>
      <div className={`screen-indicator card--${status.status}`}>
        <div className="screen-indicator__facts">
          <FigureHeadline indicator={indicator} figure={figure} year={year} />
          <StatusBadge {...status} />
          {/* "No target" is what the target line says already. */}
          {status.reason !== 'no-target' && <p className="screen-indicator__reason">{statusReasonText(status.reason, dueDateOf(figure), t, locale)}</p>}
          {change && <ChangeLabel change={change} indicator={indicator} />}
          <TargetLine target={target} indicator={indicator} />
          <OutlookLine outlook={outlook} indicator={indicator} tooFewShown={status.reason === 'single-figure'} />
          {figure?.source && <SourceLine source={figure.source} />}
        </div>
        {hasChart && <ScreenTrendChart indicator={indicator} trend={shown} year={year} outlook={outlook} />}
      </div>
    </>
  );
});
