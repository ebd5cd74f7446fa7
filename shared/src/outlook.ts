/**
 * One outlook per indicator and year, for the card, the indicator page and the yearly review alike,
 * so that the three say the same thing from the same numbers.
 */
import { computeProgress } from './progress.js';
import { projectToTarget } from './projection.js';
import type { Figure } from './schemas/figure.js';
import type { Indicator } from './schemas/indicator.js';
import type { Outlook } from './schemas/outlook.js';
import type { Target } from './schemas/target.js';
import { trendWithoutTarget } from './trend-verdict.js';

export interface OutlookInput {
  indicator: Pick<Indicator, 'kind' | 'unit' | 'direction'>;
  figures: readonly Figure[];
  /** The target in force for `year` (`targetForYear`), or null. */
  target: Target | null;
  year: number;
}

/** A rounding that keeps a projection readable in JSON (24, not 23.999999999999996) and changes no figure shown. */
const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * With a target: the projection, or `too-few` with one figure short of a target not yet due.
 * Without one: the trend verdict. Null for tasks, without figures, and once the target year is
 * reached (the status then says met or missed; there is no pace left to carry on).
 */
export function buildOutlook({ indicator, figures, target, year }: OutlookInput): Outlook | null {
  if (indicator.kind === 'milestone') return null;
  if (target) {
    const projection = projectToTarget({ indicator, figures, target, year });
    if (projection) {
      const { from, targetYear, expected, held, meetsTarget, reachedIn } = projection;
      return { kind: 'projection', from: { year: from.year, value: tidy(from.value) }, targetYear, expected: tidy(expected), held, meetsTarget, reachedIn };
    }
    // One figure short of a target not yet due: the status's own `too-few` (one that meets it is achieved).
    return computeProgress({ kind: indicator.kind, figures, target, year }).status === 'too-few' ? { kind: 'too-few' } : null;
  }
  const verdict = trendWithoutTarget({ indicator, figures, year });
  if (verdict === null) return null;
  if (verdict === 'too-few') return { kind: 'too-few' };
  return { kind: 'trend', verdict: verdict.verdict, growthPerYear: verdict.growthPerYear === null ? null : tidy(verdict.growthPerYear) };
}
