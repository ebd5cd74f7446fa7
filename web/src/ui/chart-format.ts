import { formatMeasure, formatNumber, type Indicator, type Locale, type TrendPoint } from '@kpi/shared';

/** A number on a chart axis or in its table, in the indicator's unit (ranks as plain positions). */
export function chartNumber(value: number, indicator: Indicator, locale: Locale): string {
  return indicator.kind === 'rank' ? formatNumber(value, locale) : formatMeasure(value, indicator, locale);
}

/**
 * The trend as it stood in `year`: later figures are dropped (the card shows that year, and a chart
 * with 2021's figure under a 2018 card that says "no figure" would contradict it); targets and the
 * path to them stay, since they were already set.
 */
export function trendAsOf(trend: readonly TrendPoint[], year: number): TrendPoint[] {
  return trend.map((point) => (point.year > year && point.value !== null ? { ...point, value: null, basis: null } : point));
}
