import type { Indicator, Locale, Outlook, TrendPoint } from '@kpi/shared';
import { basisLabel } from '../../ui/BasisMark';
import { chartNumber } from '../../ui/chart-format';
import { type ChartPoint, withProjection } from '../../ui/trend/projection-points';
import { useI18n } from '../../i18n/useI18n';
import { linearScale, rankTicks, valueTicks, yearScale } from './chart-scale';
import { useBoxSize } from './useBoxSize';
import { useScreenUnit } from './useScreenUnit';

/** In the legend's order: figure, path, projection, target. */
const SERIES = ['value', 'expected', 'projected', 'target'] as const;
type Series = (typeof SERIES)[number];
interface Point {
  year: number;
  at: number;
  /** The figure's basis mark as text (`∴ Suy ra`), above its number; null for a stated figure and for the other series. */
  basis: string | null;
}
interface ChartProps {
  indicator: Indicator;
  trend: TrendPoint[];
  /** The slide's year, marked with a band. */
  year: number;
  /** A projection is drawn dotted from the latest figure to the target year, named in the legend. */
  outlook?: Outlook | null;
}

type BasisWords = { derived: string; assumed: string };

/**
 * The years that have a number in `series`, in the trend's order: nulls are skipped and the line
 * joins across them. A figure carries its basis mark: the room reads a derived 2019 rank as such.
 */
const pointsOf = (trend: readonly ChartPoint[], series: Series, words?: BasisWords): Point[] =>
  trend.flatMap(({ year, basis, [series]: at }) =>
    at === null ? [] : [{ year, at, basis: series === 'value' && basis && words ? basisLabel(basis, words) : null }],
  );

const diamond = (x: number, y: number, r: number) => `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`;

/** A generous guess at a number's width (0.7 em a character: digits are about 0.6, `%` 0.9), to make room for it. */
const widthOf = (labels: string[], fontSize: number) => Math.max(0, ...labels.map((label) => label.length)) * 0.7 * fontSize;

/**
 * An indicator's figures by year against its target path, sized for a room: each figure labelled
 * on its point, no tooltip (nobody points at a wall), never animated. Plain SVG rather than the
 * overview's Recharts chart: each Recharts draw runs a store and dozens of selectors whose compiled
 * code kept a screen's heap growing for hours, and the screen's bundle loads no Recharts at all
 * (docs/benchmarks.md, Screen soak). The slide states the figure in words, so this is hidden from
 * screen readers.
 */
export function ScreenTrendChart({ indicator, trend: figures, year, outlook }: ChartProps) {
  const { t, locale } = useI18n();
  const trend = withProjection(figures, outlook);
  const labels: Record<Series, string> = { value: t.chart.value, expected: t.chart.expected, projected: t.chart.projection, target: t.chart.target };
  const u = useScreenUnit();
  const [plotRef, box] = useBoxSize<HTMLDivElement>();
  // A legend entry for a series with nothing to draw would send the room looking for it.
  const series = SERIES.filter((s) => trend.some((p) => p[s] !== null));
  return (
    <div className="screen-chart" aria-hidden="true">
      <ul className="screen-chart__legend">
        {series.map((s) => (
          <li key={s}>
            <svg width={4 * u} height={2 * u}>
              <Mark series={s} x={2 * u} y={u} width={4 * u} u={u} />
            </svg>
            {labels[s]}
          </li>
        ))}
      </ul>
      {/* Sized by its box, not its content: the drawing sits on top (screen-indicator.css), so it never feeds back. */}
      <div className="screen-chart__plot" ref={plotRef}>
        {box && box.width > 0 && box.height > 0 && (
          <Plot indicator={indicator} trend={trend} year={year} series={series} locale={locale} words={t.basis} u={u} {...box} />
        )}
      </div>
    </div>
  );
}

/** A series' mark: the figure's line and dot, the dashed path, the dotted projection, the target's diamond (in the legend and on the plot). */
function Mark({ series, x, y, width, u }: { series: Series; x: number; y: number; width: number; u: number }) {
  if (series === 'target') return <polygon points={diamond(x, y, 1.3 * u)} fill="var(--chart-target)" />;
  const line = <line x1={x - width / 2} x2={x + width / 2} y1={y} y2={y} {...stroke(series, u)} />;
  if (series === 'expected') return line;
  if (series === 'projected')
    return (
      <>
        {line}
        <circle cx={x} cy={y} r={0.7 * u} fill="var(--bg)" stroke="var(--chart-value)" strokeWidth={0.3 * u} />
      </>
    );
  return (
    <>
      {line}
      <circle cx={x} cy={y} r={0.9 * u} fill="var(--chart-value)" />
    </>
  );
}

function stroke(series: 'value' | 'expected' | 'projected', u: number) {
  if (series === 'value') return { stroke: 'var(--chart-value)', strokeWidth: 0.5 * u };
  // The projection is derived, not a figure: the figures' colour, dotted, its end an open dot.
  if (series === 'projected') return { stroke: 'var(--chart-value)', strokeWidth: 0.35 * u, strokeDasharray: `${0.5 * u} ${0.8 * u}` };
  return { stroke: 'var(--chart-expected)', strokeWidth: 0.3 * u, strokeDasharray: `${1.2 * u} ${0.8 * u}` };
}

type PlotProps = Omit<ChartProps, 'trend' | 'outlook'> & {
  trend: ChartPoint[];
  series: Series[];
  locale: Locale;
  words: BasisWords;
  u: number;
  width: number;
  height: number;
};

function Plot({ indicator, trend, year, series, locale, words, u, width, height }: PlotProps) {
  const isRank = indicator.kind === 'rank';
  const format = (value: number) => chartNumber(value, indicator, locale);
  const ticks = isRank ? rankTicks(trend) : valueTicks(trend);
  const tickLabels = ticks.map(format);
  const tickSize = 2.2 * u;
  const labelSize = 2.8 * u;
  const basisSize = 2 * u;
  const values = pointsOf(trend, 'value', words);
  const marked = values.some((p) => p.basis !== null);
  // The axis takes the width its numbers need; the first and last figures' labels stay inside the plot.
  const left = widthOf(tickLabels, tickSize) + 1.2 * u;
  // A figure at the top still has room for its label above it, and for its basis mark above that.
  const top = labelSize + 2.4 * u + (marked ? basisSize + 0.6 * u : 0);
  const right = width - 2 * u;
  const bottom = height - tickSize - 2 * u;
  const years = trend.map((p) => p.year);
  const x = yearScale(
    years,
    [left, right],
    Math.max(
      widthOf(
        values.map((p) => format(p.at)),
        labelSize,
      ),
      widthOf(
        values.flatMap((p) => p.basis ?? []),
        basisSize,
      ),
    ) /
      2 +
      0.5 * u,
  );
  const first = ticks[0]!;
  const last = ticks[ticks.length - 1]!;
  // Ranks read downwards from 1 at the top, so that up is better.
  const y = linearScale([first, last], isRank ? [top, bottom] : [bottom, top]);
  const path = (points: Point[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year)},${y(p.at)}`).join('');
  const text = { fill: 'var(--text-muted)', fontSize: tickSize };
  return (
    <svg width={width} height={height}>
      {years.includes(year) && <rect x={x(year) - 2 * u} y={top} width={4 * u} height={bottom - top} fill="var(--chart-year)" opacity={0.5} />}
      {ticks.map((tick, i) => (
        <g key={tick}>
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke="var(--chart-grid)" strokeWidth={Math.max(1, 0.1 * u)} />
          <text x={left - u} y={y(tick)} dy="0.35em" textAnchor="end" {...text}>
            {tickLabels[i]}
          </text>
        </g>
      ))}
      {years.map((tickYear) => (
        <text key={tickYear} x={x(tickYear)} y={bottom + 1.2 * u + tickSize} textAnchor="middle" {...text}>
          {tickYear}
        </text>
      ))}
      <path d={`M${left},${top}V${bottom}H${right}`} fill="none" stroke="var(--chart-axis)" strokeWidth={Math.max(1, 0.12 * u)} />
      {series.includes('expected') && <path d={path(pointsOf(trend, 'expected'))} fill="none" {...stroke('expected', u)} />}
      <path d={path(values)} fill="none" strokeLinejoin="round" {...stroke('value', u)} />
      {series.includes('projected') && (
        <>
          <path d={path(pointsOf(trend, 'projected'))} fill="none" {...stroke('projected', u)} />
          {pointsOf(trend, 'projected')
            .slice(1)
            .map((p) => (
              <circle key={p.year} cx={x(p.year)} cy={y(p.at)} r={0.9 * u} fill="var(--bg)" stroke="var(--chart-value)" strokeWidth={0.3 * u} />
            ))}
        </>
      )}
      {/* Under the dots, which are ringed in the background's colour: a figure on its target shows as a dot on a diamond. */}
      {pointsOf(trend, 'target').map((p) => (
        <polygon key={p.year} points={diamond(x(p.year), y(p.at), 1.7 * u)} fill="var(--chart-target)" />
      ))}
      {values.map((p) => (
        <g key={p.year}>
          <circle cx={x(p.year)} cy={y(p.at)} r={1.1 * u} fill="var(--chart-value)" stroke="var(--bg)" strokeWidth={0.3 * u} />
          {/* Outlined in the background's colour, so a line running behind the number never crosses it out. */}
          <text
            x={x(p.year)}
            y={y(p.at) - 1.8 * u}
            textAnchor="middle"
            fill="var(--text)"
            fontSize={labelSize}
            fontWeight={700}
            stroke="var(--bg)"
            strokeWidth={0.5 * u}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {format(p.at)}
          </text>
          {p.basis && (
            <text
              className="screen-chart__basis"
              x={x(p.year)}
              y={y(p.at) - 2.4 * u - labelSize}
              textAnchor="middle"
              fill="var(--text-muted)"
              fontSize={basisSize}
              fontStyle="italic"
              stroke="var(--bg)"
              strokeWidth={0.4 * u}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              {p.basis}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
