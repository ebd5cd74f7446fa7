import type { Indicator } from './schemas/indicator.js';
import type { Figure, FigureSummary } from './schemas/figure.js';
import { rankPercentile } from './rank.js';

/** A ratio's rate in percent, computed from its exact integers; never stored as the only copy. */
export function ratePercent(numerator: number, denominator: number): number {
  return (numerator / denominator) * 100;
}

/** The number a chart plots for a figure: the rate, the value, or the rank position. */
export function chartValue(figure: FigureSummary): number | null {
  switch (figure.kind) {
    case 'ratio':
      return figure.rate;
    case 'value':
      return figure.value;
    case 'rank':
      return figure.position;
    case 'milestone':
      return null;
  }
}

/**
 * The number progress is judged on. Ranks use the percentile (position / N) so that the change
 * from 63 to 34 provinces does not read as a jump (docs/progress-method.md).
 */
export function comparableValue(figure: FigureSummary): number | null {
  return figure.kind === 'rank' ? rankPercentile(figure.position, figure.outOf) : chartValue(figure);
}

/** Figures sorted oldest first, keeping only those of `year` or before. */
export function figuresUpTo<F extends Figure>(figures: readonly F[], year: number): F[] {
  return figures.filter((f) => f.year <= year).sort((a, b) => a.year - b.year);
}

/** True where a `value` indicator's unit is percent, or the indicator is a ratio. */
export function isPercentIndicator(indicator: Pick<Indicator, 'kind' | 'unit'>): boolean {
  return indicator.kind === 'ratio' || (indicator.kind === 'value' && indicator.unit === 'percent');
}
