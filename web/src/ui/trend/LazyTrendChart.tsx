import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { TrendChartProps } from './TrendChart';
import { TrendTable } from './TrendTable';
import { useNearViewport } from './useNearViewport';

// Recharts stays out of the first load: the cards show first, the charts follow in their own chunk.
const TrendChart = lazy(() => import('./TrendChart'));

/** A placeholder of the chart's size that already holds the data table for screen readers. */
function ChartPlaceholder({ indicator, trend, label }: TrendChartProps & { label: string }) {
  // The projection's column waits for the chart's chunk: it keeps the overview's first load small.
  return (
    <div className="trend trend--loading">
      {label}
      <TrendTable indicator={indicator} trend={trend} />
    </div>
  );
}

/** The chart, drawn once it is near the screen (and its chunk has loaded). */
export function LazyTrendChart(props: TrendChartProps) {
  const { t } = useI18n();
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref}>
      {near ? (
        <Suspense fallback={<ChartPlaceholder {...props} label={t.chart.loading} />}>
          <TrendChart {...props} />
        </Suspense>
      ) : (
        <ChartPlaceholder {...props} label={t.chart.loading} />
      )}
    </div>
  );
}
