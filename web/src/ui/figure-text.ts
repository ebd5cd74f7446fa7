import {
  decimalsOf,
  formatDate,
  formatMeasure,
  formatNumber,
  formatPercent,
  formatRank,
  ratePercent,
  type Indicator,
  type Locale,
  type MilestoneState,
  type TargetSummary,
} from '@kpi/shared';
import type { Dictionary } from '../i18n/vi';

/** What a saved Figure and a typed FigureEntry have in common: enough to say the figure in words. */
export type FigureShape =
  | { kind: 'ratio'; numerator: number; denominator: number; published?: number | null | undefined }
  | { kind: 'value'; value: number }
  | { kind: 'rank'; position: number; outOf: number }
  | { kind: 'milestone'; state: MilestoneState; date?: string | null | undefined };

/**
 * A figure on one line, in the reader's formats: `29,67% (154.231/519.755), công bố 29,71%`,
 * `37,6%`, `26/63`, `Đã hoàn thành (15/01/2021)`. For queues, histories and conflicts.
 */
export function figureText(figure: FigureShape, indicator: Pick<Indicator, 'unit' | 'decimals'>, t: Dictionary, locale: Locale): string {
  switch (figure.kind) {
    case 'ratio': {
      const rate = formatPercent(ratePercent(figure.numerator, figure.denominator), locale, indicator.decimals, true);
      const text = t.figureText.ratio(rate, formatNumber(figure.numerator, locale), formatNumber(figure.denominator, locale));
      if (figure.published == null) return text;
      return t.figureText.withPublished(text, formatPercent(figure.published, locale, decimalsOf(figure.published), true));
    }
    case 'value': {
      // Percent is already in the number (`37,6%`); other units follow it as a word.
      const unit = indicator.unit === 'percent' ? '' : t.units[indicator.unit];
      const measure = formatMeasure(figure.value, indicator, locale);
      return unit ? `${measure} ${unit}` : measure;
    }
    case 'rank':
      return formatRank(figure.position, figure.outOf, locale);
    case 'milestone':
      return figure.date ? t.figureText.milestoneDated(t.milestone[figure.state], formatDate(figure.date, locale)) : t.milestone[figure.state];
  }
}

/** A target as a leader reads it: `≥ 30%`, `≤ 10/63`, `≤ hạng 10` (a position). */
export function targetText(target: TargetSummary, indicator: Indicator, t: Dictionary, locale: Locale): string {
  // A position is a place whatever the number ranked ("≤ hạng 10"); a share keeps its N ("≤ 10/63").
  if (indicator.kind === 'rank' && target.reading === 'position')
    return `${t.comparator[target.comparator]} ${t.outlook.rankValue(formatNumber(target.value, locale))}`;
  const value =
    indicator.kind === 'rank'
      ? target.outOf
        ? formatRank(target.value, target.outOf, locale)
        : formatNumber(target.value, locale)
      : formatMeasure(target.value, indicator, locale);
  return `${t.comparator[target.comparator]} ${value}`;
}
