import type { Indicator, TrendPoint } from '@kpi/shared';
import { CartesianGrid, ComposedChart, LabelList, Legend, Line, ReferenceLine, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';
import { chartNumber } from '../components/chart-format';
import { useI18n } from '../i18n/useI18n';
import { rankTicks } from './chart-scale';
import { useScreenUnit } from './useScreenUnit';

/**
 * An indicator's figures by year against its target path, sized for a room: the overview's
 * TrendChart with type in screen units, each figure labelled on its point, and no tooltip (nobody
 * points at a wall). Never animated: the screen redraws on every data change, all day.
 */
export function ScreenTrendChart({ indicator, trend, year }: { indicator: Indicator; trend: TrendPoint[]; year: number }) {
  const { t, locale } = useI18n();
  const u = useScreenUnit();
  const isRank = indicator.kind === 'rank';
  const ranks = isRank ? rankTicks(trend) : undefined;
  const years = trend.map((point) => point.year);
  // A legend entry for a series with nothing to draw would send the room looking for it.
  const hasExpected = trend.some((point) => point.expected !== null);
  const hasTarget = trend.some((point) => point.target !== null);
  // Recharts memoises by each series' id and keeps what it memoised; the ids it generates are new at
  // every mount, so a screen remounting charts all day would grow without end. Ids of our own are
  // the same each time an indicator comes round (tests/perf/screen-soak.ts).
  const seriesId = (series: string) => `screen-${indicator.code}-${series}`;
  const format = (value: number) => chartNumber(value, indicator, locale);
  const label = (value: unknown) => (typeof value === 'number' ? format(value) : '');
  const tick = { fill: 'var(--text-muted)', fontSize: Math.round(2.2 * u) };
  return (
    <div className="screen-chart" aria-hidden="true">
      {/* Never shorter than the legend and a few ticks, even before the layout has settled. */}
      <ResponsiveContainer width="100%" height="100%" minHeight={Math.round(20 * u)}>
        <ComposedChart data={trend} margin={{ top: 2 * u, right: 4 * u, bottom: u, left: u }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis
            dataKey="year"
            type="number"
            domain={[(min: number) => min - 0.5, (max: number) => max + 0.5]}
            ticks={years}
            interval={0}
            tickFormatter={(y: number) => String(y)}
            tick={tick}
            tickMargin={u}
            // Recharts reserves 30 px for the axis whatever the type size: room for the years instead.
            height={Math.round(5 * u)}
            stroke="var(--chart-axis)"
            allowDecimals={false}
          />
          <YAxis
            reversed={isRank}
            domain={ranks ? [1, ranks[ranks.length - 1]!] : [0, 'auto']}
            ticks={ranks}
            allowDecimals={!isRank}
            tickFormatter={format}
            tick={tick}
            tickMargin={u * 0.6}
            stroke="var(--chart-axis)"
            width={Math.round((isRank ? 5 : 9) * u)}
          />
          <Legend
            verticalAlign="top"
            align="right"
            iconSize={Math.round(1.8 * u)}
            itemSorter={null}
            wrapperStyle={{ fontSize: Math.round(2.2 * u), color: 'var(--text)', paddingBottom: 2 * u }}
          />
          {years.includes(year) && <ReferenceLine x={year} stroke="var(--chart-year)" strokeWidth={4 * u} strokeOpacity={0.5} />}
          <Line
            id={seriesId('value')}
            name={t.chart.value}
            dataKey="value"
            stroke="var(--chart-value)"
            strokeWidth={0.5 * u}
            dot={{ r: 1.1 * u, fill: 'var(--chart-value)', strokeWidth: 0 }}
            connectNulls
            isAnimationActive={false}
          >
            <LabelList dataKey="value" position="top" offset={1.6 * u} formatter={label} fill="var(--text)" fontSize={Math.round(2.8 * u)} fontWeight={700} />
          </Line>
          {hasExpected && (
            <Line
              id={seriesId('expected')}
              name={t.chart.expected}
              dataKey="expected"
              stroke="var(--chart-expected)"
              strokeWidth={0.3 * u}
              strokeDasharray={`${1.2 * u} ${0.8 * u}`}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          )}
          {hasTarget && (
            <Scatter id={seriesId('target')} name={t.chart.target} dataKey="target" fill="var(--chart-target)" shape="diamond" legendType="diamond" isAnimationActive={false} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
