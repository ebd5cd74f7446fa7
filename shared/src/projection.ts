/**
 * Where an indicator is heading: the value expected in its target year at the current pace, and
 * the year the target would be reached at that pace.
 *
 * "The current pace" is the one the status judges (`computeProgress`, docs/progress-method.md):
 * the annual change in points from the earliest published figure to the latest, carried on from
 * the latest. Ranks are projected on their percentile (position / N), as the status compares them,
 * and read back as a position among those ranked in the target year, so that the change from 63
 * provinces to 34 does not read as a jump. A bounded quantity stays in its bounds: a percent
 * between 0 and 100, a count at or above 0, a rank between 1 and N.
 *
 * `compoundProjection` is UNSD's compound-growth variant, kept beside the linear one so that the
 * method note can show both on the same figures; the app draws and says the linear one.
 */
import { comparableValue, figuresUpTo, isPercentIndicator } from './figures.js';
import { comparableTarget, meets, rankedAmong } from './progress.js';
import { FIRST_DATA_YEAR_AFTER_MERGER, provincesRankedIn } from './rank.js';
import type { Figure } from './schemas/figure.js';
import type { Indicator } from './schemas/indicator.js';
import type { Target } from './schemas/target.js';

export interface ProjectionInput {
  indicator: Pick<Indicator, 'kind' | 'unit'>;
  /** Published figures, any order; those after `year` are ignored. */
  figures: readonly Figure[];
  /** The target the projection runs to (the one in force, `targetForYear`), or null. */
  target: Target | null;
  /** The year looked at: the latest figure used is of this year or before. */
  year: number;
}

export interface Projection {
  method: 'linear';
  /** The latest figure the projection runs from, in the terms a chart plots (rate, value, position). */
  from: { year: number; value: number };
  targetYear: number;
  /** The value expected in the target year at the current pace, in the terms a chart plots. */
  expected: number;
  /** True when the straight line would have left the quantity's bounds and was held at one. */
  held: boolean;
  /** Whether the expected value meets the target, judged as the status judges it. */
  meetsTarget: boolean;
  /**
   * The year the target is reached at this pace: the latest figure's year when it already meets
   * it, null when this pace never reaches it (it moves away, stands still, or the target lies
   * outside the quantity's bounds).
   */
  reachedIn: number | null;
}

const EPSILON = 1e-9;

interface Bounds {
  min: number;
  max: number;
}

/** The bounds of the comparable measure: percents 0–100, counts and amounts ≥ 0, percentiles 1/N–1. */
function boundsOf(indicator: Pick<Indicator, 'kind' | 'unit'>, targetYear: number): Bounds {
  if (indicator.kind === 'rank') return { min: 1 / provincesRankedIn(targetYear), max: 1 };
  if (isPercentIndicator(indicator)) return { min: 0, max: 100 };
  if (indicator.unit === 'count' || indicator.unit === 'vnd-billion') return { min: 0, max: Infinity };
  return { min: -Infinity, max: Infinity };
}

/** The comparable measure back in chart terms: a percentile becomes a whole position among N. */
function toChartValue(kind: Indicator['kind'], comparable: number, targetYear: number): number {
  if (kind !== 'rank') return comparable;
  const outOf = provincesRankedIn(targetYear);
  return Math.min(outOf, Math.max(1, Math.round(comparable * outOf)));
}

/** The linear projection to the target's year, or null without a target, two figures, or numbers. */
export function projectToTarget({ indicator, figures, target, year }: ProjectionInput): Projection | null {
  if (!target || indicator.kind === 'milestone') return null;
  const known = figuresUpTo(figures, year).filter((f) => comparableValue(f) !== null);
  const base = known[0];
  const latest = known[known.length - 1];
  if (!base || !latest || base === latest || latest.year >= target.year) return null;

  const baseValue = comparableValue(base)!;
  const latestValue = comparableValue(latest)!;
  // A position target ("top 10") is held against the N of each year; a share keeps its document's.
  const goalIn = (y: number) => comparableTarget(indicator.kind, target, indicator.kind === 'rank' ? provincesRankedIn(y) : undefined);
  const pace = (latestValue - baseValue) / (latest.year - base.year);
  const bounds = boundsOf(indicator, target.year);

  const straight = latestValue + pace * (target.year - latest.year);
  const expected = Math.min(bounds.max, Math.max(bounds.min, straight));
  const fromChart = indicator.kind === 'rank' && latest.kind === 'rank' ? latest.position : latestValue;
  const metNow = meets(latestValue, target.comparator, comparableTarget(indicator.kind, target, rankedAmong(latest)));
  return {
    method: 'linear',
    from: { year: latest.year, value: fromChart },
    targetYear: target.year,
    expected: toChartValue(indicator.kind, expected, target.year),
    held: Math.abs(expected - straight) > EPSILON,
    meetsTarget: meets(expected, target.comparator, goalIn(target.year)),
    reachedIn: metNow ? latest.year : yearReached(latest.year, latestValue, pace, goalIn, target.comparator, bounds),
  };
}

/** When a straight line from (year, value) at `pace` a year first meets the goal; null if never. */
function yearReached(
  year: number,
  value: number,
  pace: number,
  goalIn: (year: number) => number,
  comparator: Target['comparator'],
  bounds: Bounds,
): number | null {
  // Until the merger a position target's N (so its percentile) changes with the year: year by year.
  let y = year;
  let v = value;
  while (y + 1 < FIRST_DATA_YEAR_AFTER_MERGER) {
    y += 1;
    v += pace;
    // Held in bounds, so a goal outside them (a percent above 100) is never met.
    if (meets(Math.min(bounds.max, Math.max(bounds.min, v)), comparator, goalIn(y))) return y;
  }
  // From the merger on, N and so the goal stay fixed: a closed form.
  const goal = goalIn(y + 1);
  if (goal < bounds.min - EPSILON || goal > bounds.max + EPSILON) return null;
  if (meets(v + pace, comparator, goal)) return y + 1;
  const gap = goal - v;
  if (Math.abs(pace) < EPSILON || Math.sign(gap) !== Math.sign(pace)) return null;
  // An `eq` target is reached only if the line lands on it; ≥ and ≤ are reached once crossed.
  return y + Math.ceil(gap / pace - EPSILON);
}

/**
 * UNSD's compound-growth variant: the latest value grown at the compound annual growth rate since
 * the base, (latest / base)^(1 / years) − 1, to `targetYear`. Undefined (null) where either figure
 * is 0 or negative, which is one reason the app projects linearly (docs/progress-method.md).
 */
export function compoundProjection(base: { year: number; value: number }, latest: { year: number; value: number }, targetYear: number): number | null {
  if (base.value <= 0 || latest.value <= 0 || latest.year <= base.year) return null;
  const rate = (latest.value / base.value) ** (1 / (latest.year - base.year)) - 1;
  return latest.value * (1 + rate) ** (targetYear - latest.year);
}
