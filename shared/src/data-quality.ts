import type { Figure } from './schemas/figure.js';
import type { DataQualityFlag } from './schemas/quality.js';

/** Decimal places a published number was written with: 29.71 → 2, 37.6 → 1, 30 → 0. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 6;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * A published rate disagrees with its numerator and denominator when the gap is more than the
 * rounding of the published figure allows: 154,231 / 519,755 = 29.674 %, published 29.71 % with two
 * decimals (tolerance 0.005) is flagged; 29.67 would not be.
 */
export function publishedMismatch(published: number, computed: number): boolean {
  return differsBeyondRounding(published, computed, decimalsOf(published));
}

/** Two figures differ by more than half the last decimal place `shown` is written with. */
export function differsBeyondRounding(shown: number, exact: number, decimals: number): boolean {
  const tolerance = 0.5 * 10 ** -decimals;
  return Math.abs(shown - exact) > tolerance + 1e-9;
}

/** Data-quality flags of one figure, given the figure before it (for rank scale changes). */
export function dataQualityFlags(figure: Figure, previous: Figure | null): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  if (figure.kind === 'ratio' && figure.published !== null && publishedMismatch(figure.published, figure.rate)) {
    flags.push({ code: 'published-mismatch', year: figure.year, published: figure.published, computed: figure.rate });
  }
  if (figure.kind === 'rank' && previous?.kind === 'rank' && previous.outOf !== figure.outOf) {
    flags.push({ code: 'rank-scale-changed', year: figure.year, fromOutOf: previous.outOf, toOutOf: figure.outOf });
  }
  return flags;
}
