import { FIRST_DATA_YEAR_AFTER_MERGER, formatNumber, HOME_PROVINCE, PROVINCES_BEFORE_MERGER } from '@kpi/shared';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../i18n/useI18n';
import { useRootFontSize } from '../../../ui/trend/useRootFontSize';
import type { PeerRow } from './peer-rows';
import { peerWords } from '../../../i18n/peer-words';

export interface PeerRankChartProps {
  rows: PeerRow[];
  years: number[];
}

/** Dash patterns beside colour, so lines part for colour-blind readers and in print; the legend and table name them. */
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 3'];

/**
 * Rank by year, one line per province: the axis reversed, so 1st is at the top, and the 2024
 * break marked where the table shrinks from 63 to 34. The table beside it carries the same
 * numbers for screen readers, so the chart is hidden from them. No animation.
 */
export default function PeerRankChart({ rows, years }: PeerRankChartProps) {
  const { locale } = useI18n();
  const rem = useRootFontSize();
  const type = { fill: 'var(--text-muted)', fontSize: Math.round(rem * 0.75) };
  const data = years.map((year) =>
    Object.fromEntries([['year', year], ...rows.flatMap((r) => (r.ranks.has(year) ? [[r.province.code, r.ranks.get(year)!.rank]] : []))]),
  );
  const showsBreak = years.some((y) => y >= FIRST_DATA_YEAR_AFTER_MERGER);
  return (
    <div className="peer-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" />
          <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} ticks={years} allowDecimals={false} tick={type} stroke="var(--chart-axis)" />
          <YAxis
            reversed
            domain={[1, PROVINCES_BEFORE_MERGER]}
            ticks={[1, 10, 20, 30, 40, 50, 63]}
            tickFormatter={(v: number) => formatNumber(v, locale)}
            tick={type}
            stroke="var(--chart-axis)"
            width={Math.round(rem * 2.5)}
          />
          <Tooltip isAnimationActive={false} />
          <Legend />
          {showsBreak && (
            <ReferenceLine
              x={FIRST_DATA_YEAR_AFTER_MERGER - 0.5}
              stroke="var(--text)"
              strokeDasharray="4 4"
              label={{ value: peerWords[locale].breakLine, position: 'insideTopRight', fill: 'var(--text)', fontSize: type.fontSize }}
            />
          )}
          {rows.map((row, i) => {
            const home = row.province.code === HOME_PROVINCE;
            return (
              <Line
                key={row.province.code}
                dataKey={row.province.code}
                name={row.province.name}
                stroke={home ? 'var(--text)' : `var(--peer-${(i % 6) + 1})`}
                strokeWidth={home ? 4 : 2}
                strokeDasharray={home ? '' : DASHES[i % DASHES.length]}
                dot={{ r: home ? 5 : 3 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
