import type { Indicator } from '@kpi/shared';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/useI18n';
import { chartNumber } from '../../ui/chart-format';
import { useRootFontSize } from '../../ui/trend/useRootFontSize';
import type { UnitBar } from './unit-rows';
import { unitWords } from '../../i18n/unit-words';

export interface UnitBarChartProps {
  indicator: Indicator;
  bars: UnitBar[];
  /** The province's target value for the year, drawn as a line across the bars. */
  target: number | null;
}

/** Bar heights in rem: every unit keeps a readable row, however many there are. */
const ROW_REM = 1.35;

/**
 * The reported units as horizontal bars, furthest behind at the top, against the province's target.
 * Each bar takes its status's colour; the table beside it says the status in words with an icon,
 * so the chart is hidden from screen readers. No animation, as on the other charts.
 */
export default function UnitBarChart({ indicator, bars, target }: UnitBarChartProps) {
  const { t, locale } = useI18n();
  const rem = useRootFontSize();
  const type = { fill: 'var(--text-muted)', fontSize: Math.round(rem * 0.75) };
  const format = (value: number) => chartNumber(value, indicator, locale);
  const height = Math.round(rem * (ROW_REM * bars.length + 3));
  return (
    <div className="unit-chart" style={{ height }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
          <XAxis type="number" domain={[0, 'auto']} tickFormatter={format} tick={type} stroke="var(--chart-axis)" orientation="top" />
          <YAxis type="category" dataKey="name" tick={type} stroke="var(--chart-axis)" width={Math.round(rem * 8)} interval={0} />
          <Tooltip isAnimationActive={false} formatter={(value) => (typeof value === 'number' ? format(value) : t.chart.empty)} />
          <Bar dataKey="value" name={unitWords[locale].chartValue} isAnimationActive={false} barSize={Math.round(rem * 0.85)}>
            {bars.map((bar) => (
              <Cell key={bar.name} fill={`var(--${bar.status}-edge)`} />
            ))}
          </Bar>
          {target !== null && <ReferenceLine x={target} stroke="var(--text)" strokeWidth={2} strokeDasharray="6 4" ifOverflow="extendDomain" />}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
