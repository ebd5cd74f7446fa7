import { changeSince } from './change.js';
import { dataQualityFlags } from './data-quality.js';
import { figuresUpTo } from './figures.js';
import { computeProgress } from './progress.js';
import type { DashboardCard } from './schemas/dashboard.js';
import type { Figure } from './schemas/figure.js';
import type { Indicator } from './schemas/indicator.js';
import type { IndicatorAsOf, SeriesEntry } from './schemas/indicator-detail.js';
import type { Target } from './schemas/target.js';
import { targetForYear } from './targets.js';
import { buildTrend } from './trend.js';
import { lastOf } from './arrays.js';

/** Everything known about one indicator: the input of its card and of its page. */
export interface IndicatorData {
  indicator: Indicator;
  figures: Figure[];
  targets: Target[];
}

/** The card of the overview for `year`: that year's figure or the latest earlier one. */
export function buildCard({ indicator, figures, targets }: IndicatorData, year: number): DashboardCard {
  const known = figuresUpTo(figures, year);
  const figure = lastOf(known) ?? null;
  const previous = lastOf(known, 2) ?? null;
  const target = targetForYear(targets, year);
  return {
    indicator,
    figure,
    previous,
    change: changeSince(indicator, previous, figure),
    target,
    status: computeProgress({ kind: indicator.kind, figures, target, year }),
    flags: figure ? dataQualityFlags(figure, previous) : [],
    trend: buildTrend(figures, targets),
  };
}

/** One entry per year that has a figure or a target, oldest first. */
export function buildSeries({ indicator, figures, targets }: IndicatorData): SeriesEntry[] {
  const sorted = [...figures].sort((a, b) => a.year - b.year);
  const years = [...new Set([...sorted.map((f) => f.year), ...targets.map((t) => t.year)])].sort((a, b) => a - b);
  return years.map((year) => {
    const index = sorted.findIndex((f) => f.year === year);
    const figure = index === -1 ? null : sorted[index]!;
    const previous = index > 0 ? sorted[index - 1]! : null;
    const target = targetForYear(targets, year);
    return {
      year,
      figure,
      target,
      status: computeProgress({ kind: indicator.kind, figures, target, year }),
      change: changeSince(indicator, previous, figure),
      flags: figure ? dataQualityFlags(figure, previous) : [],
    };
  });
}

/** The indicator page's "as of `year`": the overview card of that year without its chart data. */
export function buildAsOf(data: IndicatorData, year: number): IndicatorAsOf {
  const { figure, previous, target, status, change, flags } = buildCard(data, year);
  return { year, figure, previous, target, status, change, flags };
}
