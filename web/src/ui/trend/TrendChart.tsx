import type { Indicator, Outlook, TrendPoint } from '@kpi/shared';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/useI18n';
import { withBasisWord } from '../BasisMark';
import { chartNumber } from '../chart-format';
import { type ChartPoint, withProjection } from './projection-points';
import { TrendTable } from './TrendTable';
import { useRootFontSize } from './useRootFontSize';

export interface TrendChartProps {
  indicator: Indicator;
  trend: TrendPoint[];
  /** The year on screen, marked on the chart (the series may run past it). */
  year: number;
  /** Where it is heading: a projection is drawn as a dashed continuation to the target year. */
  outlook?: Outlook | null;
}

/** Whether any year has a number for this series: a series with none gets no line and no legend entry. */
function hasSeries(trend: ChartPoint[], key: 'expected' | 'target' | 'projected'): boolean {
  return trend.some((point) => point[key] !== null);
}

/**
 * Values by year against the target path: the figures as a solid line with dots, the expected
 * path dashed, the projection at the current pace dotted on from the latest figure to the target
 * year (open dots: derived, not figures), each year's target as a diamond; a series without numbers is left out, legend and
 * all. Ranks reverse the axis so that up is better. Type, axis width and (through CSS) height are
 * in rem, so the chart grows with the reader's text size.
 * No animation anywhere: meeting-room screens refresh all day. Screen readers get the table.
 */
export default function TrendChart({ indicator, trend: figures, year, outlook }: TrendChartProps) {
  const { t, locale } = useI18n();
  const isRank = indicator.kind === 'rank';
  const trend = withProjection(figures, outlook);
  const years = trend.map((point) => point.year);
  const rem = useRootFontSize();
  const type = { fill: 'var(--text-muted)', fontSize: Math.round(rem * 0.75) };
  const format = (value: number) => chartNumber(value, indicator, locale);
  const tooltipValue = (value: unknown, point?: TrendPoint, series?: unknown) => {
    if (typeof value !== 'number') return t.chart.empty;
    const text = isRank ? t.chart.rank(format(value)) : format(value);
    // A projected value is derived, never a figure: it says so.
    if (series === 'projected') return t.chart.projectedValue(text);
    // Only the figure has a basis; targets and the path are the documents' own numbers.
    return series === 'value' && point?.basis ? withBasisWord(text, point.basis, t.basis) : text;
  };
  return (
    <figure className="trend">
      <div className="trend__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={trend} margin={{ top: 8, right: 16, bottom: 0, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis
              dataKey="year"
              type="number"
              domain={[(min: number) => min - 0.5, (max: number) => max + 0.5]}
              ticks={years}
              interval="preserveStartEnd"
              tickFormatter={(y: number) => String(y)}
              tick={type}
              stroke="var(--chart-axis)"
              allowDecimals={false}
            />
            <YAxis
              reversed={isRank}
              domain={isRank ? [1, 'auto'] : [0, 'auto']}
              allowDecimals={!isRank}
              tickFormatter={format}
              tick={type}
              stroke="var(--chart-axis)"
              width={Math.round(rem * (isRank ? 2 : 3.25))}
            />
            <Tooltip
              isAnimationActive={false}
              formatter={(value, _name, item) => tooltipValue(value, item.payload as ChartPoint | undefined, item.dataKey)}
              labelFormatter={(label) => `${t.chart.year} ${String(label)}`}
            />
            {/* Series order, not alphabetical: figure, path, projection, target. */}
            <Legend iconSize={Math.round(rem * 0.625)} itemSorter={null} wrapperStyle={{ fontSize: type.fontSize, color: 'var(--text-muted)' }} />
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
            {hasSeries(trend, 'expected') && (
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
            )}
            {hasSeries(trend, 'projected') && (
              <Line
                name={t.chart.projection}
                dataKey="projected"
                stroke="var(--chart-value)"
                strokeWidth={2}
                strokeDasharray="3 5"
                dot={{ r: 3, fill: 'var(--surface)', stroke: 'var(--chart-value)', strokeWidth: 1.5 }}
                connectNulls
                isAnimationActive={false}
              />
            )}
            {hasSeries(trend, 'target') && (
              <Scatter name={t.chart.target} dataKey="target" fill="var(--chart-target)" shape="diamond" isAnimationActive={false} />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <TrendTable indicator={indicator} trend={trend} />
    </figure>
  );
}
