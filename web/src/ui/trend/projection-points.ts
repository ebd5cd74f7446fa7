import type { Outlook, TrendPoint } from '@kpi/shared';

/** A chart point, with the projection's value where the dashed continuation passes (its start and end). */
export type ChartPoint = TrendPoint & { projected: number | null };

/**
 * The trend with the projection laid on it: the latest figure it runs from and the value expected
 * in the target year, so the chart draws a dashed line between the two. The API sends the two ends,
 * not a field on every trend point (the dashboard body is the most read); a target year beyond the
 * trend gets a point of its own.
 */
export function withProjection(trend: readonly TrendPoint[], outlook: Outlook | null | undefined): ChartPoint[] {
  const points: ChartPoint[] = trend.map((point) => ({ ...point, projected: null }));
  if (outlook?.kind !== 'projection') return points;
  const at = (year: number): ChartPoint => {
    let point = points.find((p) => p.year === year);
    if (!point) {
      point = { year, value: null, basis: null, target: null, expected: null, projected: null };
      points.push(point);
    }
    return point;
  };
  at(outlook.from.year).projected = outlook.from.value;
  at(outlook.targetYear).projected = outlook.expected;
  return points.sort((a, b) => a.year - b.year);
}
