import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { TrendChartProps } from './TrendChart';

// Recharts stays out of the first load: the cards show first, the charts follow in their own chunk.
const TrendChart = lazy(() => import('./TrendChart'));

export function LazyTrendChart(props: TrendChartProps) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<div className="trend trend--loading">{t.chart.loading}</div>}>
      <TrendChart {...props} />
    </Suspense>
  );
}
