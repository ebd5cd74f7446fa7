import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { TrendChartProps } from './TrendChart';
import { TrendTable } from './TrendTable';

// Recharts stays out of the first load: the cards show first, the charts follow in their own chunk.
const TrendChart = lazy(() => import('./TrendChart'));

export function LazyTrendChart(props: TrendChartProps) {
  const { t } = useI18n();
  return (
    // The figures' table needs no Recharts: screen readers have it while the chart's chunk loads.
    <Suspense
      fallback={
        <div className="trend trend--loading">
          {t.chart.loading}
          <TrendTable indicator={props.indicator} trend={props.trend} />
        </div>
      }
    >
      <TrendChart {...props} />
    </Suspense>
  );
}
