/**
 * A verdict for an indicator without a target: is it getting better, holding, or getting worse?
 *
 * The method is the one Open SDG adopted from Statistics Canada for indicators without a
 * quantitative target (docs/progress-method.md): the compound annual growth rate from the earliest
 * figure to the latest, signed by the desired direction, d × ((latest / base)^(1 / years) − 1), set
 * against fixed thresholds. Its four categories read here as three words:
 *   growth ≥ 0.5 % a year   on track, or progress made but acceleration needed  → `improving`
 *   0 ≤ growth < 0.5 %      limited progress                                     → `stable`
 *   growth < 0              deterioration                                        → `deteriorating`
 * Ranks are judged on their percentile (position / N), lower being better, as the status judges
 * them. Where the earliest figure is 0 a growth rate does not exist; the sign of the change decides.
 */
import { comparableValue, figuresUpTo } from './figures.js';
import type { Figure } from './schemas/figure.js';
import type { Indicator } from './schemas/indicator.js';

export const IMPROVING_GROWTH = 0.005;

export type TrendWord = 'improving' | 'stable' | 'deteriorating';

export interface TrendVerdict {
  verdict: TrendWord;
  /** The directed compound annual growth rate (0.012 = 1.2 % a year better), or null where the base is 0. */
  growthPerYear: number | null;
  base: { year: number; value: number };
  latest: { year: number; value: number };
}

export interface TrendVerdictInput {
  indicator: Pick<Indicator, 'kind' | 'direction'>;
  /** Published figures, any order; those after `year` are ignored. */
  figures: readonly Figure[];
  year: number;
}

/** The verdict, `too-few` with a single figure, or null with none (or for a milestone). */
export function trendWithoutTarget({ indicator, figures, year }: TrendVerdictInput): TrendVerdict | 'too-few' | null {
  if (indicator.kind === 'milestone') return null;
  const known = figuresUpTo(figures, year).filter((f) => comparableValue(f) !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) return null;
  if (first === last) return 'too-few';
  const base = { year: first.year, value: comparableValue(first)! };
  const latest = { year: last.year, value: comparableValue(last)! };
  const sign = indicator.direction === 'up' ? 1 : -1;

  if (base.value <= 0 || latest.value < 0) {
    const change = sign * (latest.value - base.value);
    return { verdict: change > 0 ? 'improving' : change < 0 ? 'deteriorating' : 'stable', growthPerYear: null, base, latest };
  }
  const growthPerYear = sign * ((latest.value / base.value) ** (1 / (latest.year - base.year)) - 1);
  return { verdict: verdictFor(growthPerYear), growthPerYear, base, latest };
}

export function verdictFor(growthPerYear: number): TrendWord {
  if (growthPerYear >= IMPROVING_GROWTH) return 'improving';
  if (growthPerYear >= 0) return 'stable';
  return 'deteriorating';
}
