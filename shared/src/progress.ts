/**
 * Progress against target: one pure function, direction-aware, with its explanation.
 *
 * Method: the UN Statistics Division "SDG Progress Chart" (Technical Note, 2020–2023 editions)
 * compares the actual annual progress since a base year with the progress required each year to
 * reach the target by its year: ratio = actual / required.
 *   ratio ≥ 0.95          substantial progress — on track            → `on-track`
 *   0.5 ≤ ratio < 0.95    fair progress, acceleration needed        → `at-risk`
 *   −0.1 ≤ ratio < 0.5    limited or no progress                    → `off-track`
 *   ratio < −0.1          deterioration                             → `off-track`
 * A figure that already meets the target is `achieved`; a target year passed unmet is `off-track`;
 * a single figure short of a target not yet due is `too-few` (one point gives no pace to judge).
 * UNSD uses compound annual growth; we use the annual change in points (the linear "expected
 * path" variant the method allows, docs/progress-method.md), because our indicators are bounded percentages and rank
 * percentiles that may start at 0, and "needed +3.5 points a year, made +2.1" is what a leader
 * reads. Base = the earliest figure; ranks are judged on position / N (see rank.ts).
 */
import { comparableValue, figuresUpTo } from './figures.js';
import { provincesRankedIn } from './rank.js';
import type { Figure } from './schemas/figure.js';
import type { IndicatorKind } from './schemas/indicator.js';
import type { ProgressBand, StatusExplanation, StatusResult } from './schemas/status.js';
import type { Comparator, RankReading, Target } from './schemas/target.js';
import { lastOf } from './arrays.js';

export const ON_TRACK_RATIO = 0.95;
export const AT_RISK_RATIO = 0.5;
export const DETERIORATION_RATIO = -0.1;
const EPSILON = 1e-9;

export interface ProgressInput {
  kind: IndicatorKind;
  /** Published figures of the indicator, any order; those after `year` are ignored. */
  figures: readonly Figure[];
  /** The target in force for `year` (see `targetForYear`), or null. */
  target: Target | null;
  /** The year being looked at. */
  year: number;
}

export function meets(value: number, comparator: Comparator, target: number): boolean {
  if (comparator === 'gte') return value >= target - EPSILON;
  if (comparator === 'lte') return value <= target + EPSILON;
  return Math.abs(value - target) <= EPSILON;
}

export function progressBand(ratio: number): ProgressBand {
  if (ratio >= ON_TRACK_RATIO) return 'substantial';
  if (ratio >= AT_RISK_RATIO) return 'fair';
  if (ratio >= DETERIORATION_RATIO) return 'limited';
  return 'deterioration';
}

/** How a rank target is read: as its document says, and as a share where it says nothing (the rule before readings). */
export function readingOf(target: Pick<Target, 'reading'>): RankReading {
  return target.reading ?? 'share';
}

/**
 * A rank target as a percentile, like the figures it judges. A share keeps the N its document
 * meant (10 of 63 stays the top 15.9 % when 34 are ranked). A position is a place whatever the
 * number ranked, so it is divided by the N of the ranking it is held against: `outOf`, the N of
 * the figure compared (the status: position ≤ 10 reads position / N ≤ 10 / N), or without it the
 * target year's N (the projection, which reads its expected value back among those ranked then).
 */
export function comparableTarget(kind: IndicatorKind, target: Target, outOf?: number): number {
  if (kind !== 'rank') return target.value;
  if (readingOf(target) === 'position') return target.value / (outOf ?? provincesRankedIn(target.year));
  return target.value / (target.outOf ?? provincesRankedIn(target.year));
}

/** The N a figure was ranked among, to hold a position target against; undefined for other kinds. */
export function rankedAmong(figure: Figure): number | undefined {
  return figure.kind === 'rank' ? figure.outOf : undefined;
}

const empty: Omit<StatusExplanation, 'reason' | 'basis'> = {
  base: null,
  latest: null,
  target: null,
  requiredPerYear: null,
  actualPerYear: null,
  ratio: null,
  band: null,
  threshold: null,
  reading: null,
  method: 'unsd-sdg-progress-chart',
};

function milestoneStatus(latest: Figure | undefined, year: number): StatusResult {
  const explain = (reason: StatusExplanation['reason'], threshold: string | null): StatusExplanation => ({
    ...empty,
    reason,
    basis: 'value',
    threshold,
  });
  if (!latest || latest.kind !== 'milestone') return { status: 'no-data', explanation: explain('no-figure', null) };
  if (latest.state === 'done') return { status: 'achieved', explanation: explain('milestone-done', null) };
  if (latest.date) {
    // A due date passed without a report of completion is itself the fact that the task is behind,
    // however long ago its status was last reported: nobody has said it was done.
    if (year > Number(latest.date.slice(0, 4))) return { status: 'off-track', explanation: explain('milestone-overdue', 'year > due year, not done') };
    if (latest.asOf && latest.asOf > latest.date)
      return { status: 'off-track', explanation: explain('milestone-overdue', 'reported after due date, not done') };
  }
  return latest.state === 'in-progress'
    ? { status: 'on-track', explanation: explain('milestone-in-progress', null) }
    : { status: 'at-risk', explanation: explain('milestone-not-started', null) };
}

export function computeProgress({ kind, figures, target, year }: ProgressInput): StatusResult {
  const known = figuresUpTo(figures, year);
  const latestFigure = lastOf(known);
  if (kind === 'milestone') return milestoneStatus(latestFigure, year);

  const basis: StatusExplanation['basis'] = kind === 'rank' ? 'percentile' : 'value';
  const point = (f: Figure) => ({ year: f.year, value: comparableValue(f) ?? 0 });
  const latest = latestFigure ? point(latestFigure) : null;
  // A position target is held against the N of the latest ranking; a share keeps its document's N.
  const outOfNow = latestFigure ? rankedAmong(latestFigure) : undefined;
  const goal = target ? { year: target.year, value: comparableTarget(kind, target, outOfNow), comparator: target.comparator } : null;
  const reading = target && kind === 'rank' ? readingOf(target) : null;
  const explanation = (reason: StatusExplanation['reason'], extra: Partial<StatusExplanation> = {}) => ({
    ...empty,
    reason,
    basis,
    latest,
    target: goal,
    reading,
    ...extra,
  });
  // Whether a figure meets the target, held against the N that figure was ranked among.
  const met = (f: Figure, value: number) => target !== null && meets(value, target.comparator, comparableTarget(kind, target, rankedAmong(f)));

  if (!latest || !latestFigure) return { status: 'no-data', explanation: explanation('no-figure') };
  if (!goal) return { status: 'no-target', explanation: explanation('no-target') };
  if (met(latestFigure, latest.value)) {
    return { status: 'achieved', explanation: explanation('target-met', { threshold: 'latest meets target' }) };
  }
  if (latest.year >= goal.year) {
    return { status: 'off-track', explanation: explanation('target-year-passed', { threshold: 'target year reached, unmet' }) };
  }

  const baseFigure = known[0];
  if (!baseFigure || baseFigure === latestFigure) {
    // A figure exists, so this is not "no data": one point is too few to judge a pace against the target.
    return { status: 'too-few', explanation: explanation('single-figure') };
  }
  const base = point(baseFigure);
  const requiredPerYear = (goal.value - base.value) / (goal.year - base.year);
  const actualPerYear = (latest.value - base.value) / (latest.year - base.year);
  const extra = { base, requiredPerYear, actualPerYear };
  // The base already met the target and the latest figure no longer does: deterioration. A position
  // target is also held against the latest N: 16th of 63 (0.254) is within the top 10 of 34
  // (0.294), so a fall to 30th of 34 is a deterioration, where the pace from 0.254 towards 0.294
  // would read as progress.
  if (met(baseFigure, base.value) || meets(base.value, goal.comparator, goal.value) || Math.abs(requiredPerYear) < EPSILON) {
    return {
      status: 'off-track',
      explanation: explanation('already-met-at-base', { ...extra, band: 'deterioration', threshold: 'met at base, no longer' }),
    };
  }
  const ratio = actualPerYear / requiredPerYear;
  const band = progressBand(ratio);
  const decided = { ...extra, ratio, band };
  if (band === 'substantial') {
    return { status: 'on-track', explanation: explanation('progress-ratio', { ...decided, threshold: `ratio >= ${ON_TRACK_RATIO}` }) };
  }
  if (band === 'fair') {
    const threshold = `${AT_RISK_RATIO} <= ratio < ${ON_TRACK_RATIO}`;
    return { status: 'at-risk', explanation: explanation('progress-ratio', { ...decided, threshold }) };
  }
  const threshold = band === 'limited' ? `ratio < ${AT_RISK_RATIO}` : `ratio < ${DETERIORATION_RATIO}`;
  return { status: 'off-track', explanation: explanation('progress-ratio', { ...decided, threshold }) };
}
