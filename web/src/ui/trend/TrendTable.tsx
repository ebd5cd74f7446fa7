import type { Indicator, TrendPoint } from '@kpi/shared';
import type { ChartPoint } from './projection-points';
import { useI18n } from '../../i18n/useI18n';
import { withBasisWord } from '../BasisMark';
import { chartNumber } from '../chart-format';

/** The chart's data as a table for screen readers (visually hidden). */
export function TrendTable({ indicator, trend }: { indicator: Indicator; trend: (TrendPoint | ChartPoint)[] }) {
  const { t, locale } = useI18n();
  const cell = (value: number | null) => (value === null ? t.chart.empty : chartNumber(value, indicator, locale));
  // The line starts at the latest figure, which is a figure: only the years after it are projected.
  const projected = (point: TrendPoint | ChartPoint) => ('projected' in point && point.value === null ? point.projected : null);
  // The projection's column only where there is one; its values say they are projected.
  const hasProjection = trend.some((point) => projected(point) !== null);
  // The wrapper, not the table, is clipped: a table's caption escapes the clip and would widen the page.
  return (
    <div className="sr-only">
      <table>
        <caption>{t.chart.caption(indicator.name[locale])}</caption>
        <thead>
          <tr>
            <th scope="col">{t.chart.year}</th>
            <th scope="col">{t.chart.value}</th>
            <th scope="col">{t.chart.target}</th>
            <th scope="col">{t.chart.expected}</th>
            {hasProjection && <th scope="col">{t.chart.projection}</th>}
          </tr>
        </thead>
        <tbody>
          {trend.map((point) => (
            <tr key={point.year}>
              <th scope="row">{point.year}</th>
              <td>{point.value !== null && point.basis ? withBasisWord(cell(point.value), point.basis, t.basis) : cell(point.value)}</td>
              <td>{cell(point.target)}</td>
              <td>{cell(point.expected)}</td>
              {hasProjection && <td>{projected(point) === null ? t.chart.empty : t.chart.projectedValue(cell(projected(point)))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
