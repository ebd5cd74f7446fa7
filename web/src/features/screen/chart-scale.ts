import type { TrendPoint } from '@kpi/shared';

/** A trend point, with the projection's value where the dashed continuation passes (projection-points.ts). */
type Drawn = TrendPoint & { projected?: number | null };

/** Every number a trend draws (figures, targets, the path, the projection), nulls skipped. */
function trendNumbers(trend: readonly Drawn[]): number[] {
  return trend.flatMap((p) => [p.value, p.target, p.expected, p.projected ?? null]).filter((v): v is number => v !== null);
}

/** Rank ticks from 1 (the top) in round steps: a rank axis has no 0. */
export function rankTicks(trend: readonly Drawn[]): number[] {
  const max = Math.max(2, ...trendNumbers(trend));
  const step = max <= 12 ? 2 : max <= 30 ? 5 : 10;
  const ticks = [1];
  for (let tick = step; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at least `raw`: steps a reader adds up at a glance. */
function roundStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= raw)!;
}

/**
 * Value ticks from 0 (a bar of nothing is the honest floor for rates and counts; lower only for a
 * negative figure) up to the first round step at or above the largest number, about `count` steps.
 */
export function valueTicks(trend: readonly Drawn[], count = 4): number[] {
  const numbers = trendNumbers(trend);
  const min = Math.min(0, ...numbers);
  const max = Math.max(0, ...numbers);
  if (max === min) return [0, 1];
  const step = roundStep((max - min) / count);
  const ticks: number[] = [];
  // Multiples of the step rather than a running sum, and rounded, so 0.1 + 0.2 stays 0.3.
  for (let i = Math.floor(min / step); ticks.length === 0 || ticks[ticks.length - 1]! < max; i++) {
    ticks.push(Number((i * step).toPrecision(12)));
  }
  return ticks;
}

/** A linear map from `domain` to `range` (either may run backwards: a rank axis puts 1 at the top). */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  const ratio = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * ratio;
}

/**
 * Years across `range`, spaced by their distance in time. The first and last sit half a year in
 * from the ends, or `inset` pixels if that is more, so that their labels fit; a lone year sits in
 * the middle.
 */
export function yearScale(years: readonly number[], [r0, r1]: readonly [number, number], inset = 0): (year: number) => number {
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (first === last) return () => (r0 + r1) / 2;
  const pad = Math.max((r1 - r0) / (last - first + 1) / 2, inset);
  return linearScale([first, last], [r0 + pad, r1 - pad]);
}
