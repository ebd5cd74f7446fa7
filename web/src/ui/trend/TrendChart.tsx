import type { Indicator, TrendPoint } from '@kpi/shared';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/useI18n';
import { chartNumber } from '../chart-format';
import { TrendTable } from './TrendTable';

export interface TrendChartProps {
  indicator: Indicator;
  trend: TrendPoint[];
  /** The year on screen, marked on the chart (the series may run past it). */
  year: number;
}

const CHART_HEIGHT = 190;

/**
 * Values by year against the target path: the figures as a solid line with dots, the expected
 * path dashed, each year's target as a diamond. Ranks reverse the axis so that up is better.
 * No animation anywhere: meeting-room screens refresh all day. Screen readers get the table.
 */
export default function TrendChart({ indicator, trend, year }: TrendChartProps) {
  const { t, locale } = useI18n();
  const isRank = indicator.kind === 'rank';
  const years = trend.map((point) => point.year);
  const format = (value: number) => chartNumber(value, indicator, locale);
  const tooltipValue = (value: unknown) => {
    if (typeof value !== 'number') return t.chart.empty;
    return isRank ? t.chart.rank(format(value)) : format(value);
  };
  return (
    <figure className="trend">
      <div className="trend__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <ComposedChart data={trend} margin={{ top: 8, right: 16, bottom: 0, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis
              dataKey="year"
              type="number"
              domain={[(min: number) => min - 0.5, (max: number) => max + 0.5]}
              ticks={years}
              interval="preserveStartEnd"
              tickFormatter={(y: number) => String(y)}
              tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
              stroke="var(--chart-axis)"
              allowDecimals={false}
            />
            <YAxis
              reversed={isRank}
              domain={isRank ? [1, 'auto'] : [0, 'auto']}
              allowDecimals={!isRank}
              tickFormatter={format}
              tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
              stroke="var(--chart-axis)"
              width={isRank ? 32 : 52}
            />
            <Tooltip isAnimationActive={false} formatter={(value) => tooltipValue(value)} labelFormatter={(label) => `${t.chart.year} ${String(label)}`} />
            {/* Series order, not alphabetical: figure, path, target. */}
            <Legend iconSize={10} itemSorter={null} wrapperStyle={{ fontSize: 12, color: 'var(--text-muted)' }} />
            {years.includes(year) && <ReferenceLine x={year} stroke="var(--chart-year)" strokeWidth={10} strokeOpacity={0.35} />}
            <Line
              name={t.chart.value}
              dataKey="value"
              stroke="var(--chart-value)"
              strokeWidth={2.5}
              dot={{ r: 4, fill: 'var(--chart-value)', strokeWidth: 0 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              name={t.chart.expected}
              dataKey="expected"
              stroke="var(--chart-expected)"
              strokeWidth={1.5}
              strokeDasharray="6 4"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Scatter name={t.chart.target} dataKey="target" fill="var(--chart-target)" shape="diamond" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <TrendTable indicator={indicator} trend={trend} />
    </figure>
  );
}
