import { formatNumber, formatPercent, formatRank } from './format.js';
import type { Locale } from './schemas/common.js';
import type { FigureSummary } from './schemas/figure.js';
import type { Indicator } from './schemas/indicator.js';

type Shape = Pick<Indicator, 'unit' | 'decimals'>;

/** A number in the indicator's unit: percent with `%`, counts grouped. */
export function formatMeasure(value: number, indicator: Shape, locale: Locale): string {
  return indicator.unit === 'percent' ? formatPercent(value, locale, indicator.decimals) : formatNumber(value, locale, indicator.decimals);
}

/**
 * The headline of a figure: a ratio's computed rate, a value in its unit, a rank as `26/63`.
 * Milestones have no number: their state is a word, which belongs to the UI's dictionary (null here).
 */
export function formatFigure(figure: FigureSummary, indicator: Pick<Indicator, 'decimals' | 'unit'>, locale: Locale): string | null {
  switch (figure.kind) {
    case 'ratio':
      return formatPercent(figure.rate, locale, indicator.decimals, true);
    case 'value':
      return formatMeasure(figure.value, indicator, locale);
    case 'rank':
      return formatRank(figure.position, figure.outOf, locale);
    case 'milestone':
      return null;
  }
}
