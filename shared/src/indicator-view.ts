import { changeSince } from './change.js';
import { dataQualityFlags } from './data-quality.js';
import { figuresUpTo } from './figures.js';
import { buildOutlook } from './outlook.js';
import { computeProgress } from './progress.js';
import type { DashboardEntry } from './schemas/dashboard.js';
import type { DashboardFigure, Figure } from './schemas/figure.js';
import type { Indicator } from './schemas/indicator.js';
import type { IndicatorAsOf, SeriesEntry } from './schemas/indicator-detail.js';
import type { StatusResult, StatusSummary } from './schemas/status.js';
import type { DashboardTarget, Target } from './schemas/target.js';
import { targetForYear } from './targets.js';
import { buildTrend } from './trend.js';
import { lastOf } from './arrays.js';

/** Everything known about one indicator: the input of its card and of its page. */
export interface IndicatorData {
  indicator: Indicator;
  figures: Figure[];
  targets: Target[];
}

/** The indicator as of `year`: that year's figure or the latest earlier one, and all that follows from it. */
export function buildAsOf({ indicator, figures, targets }: IndicatorData, year: number): IndicatorAsOf {
  const known = figuresUpTo(figures, year);
  const figure = lastOf(known) ?? null;
  const previous = lastOf(known, 2) ?? null;
  const target = targetForYear(targets, year);
  return {
    year,
    figure,
    previous,
    target,
    status: computeProgress({ kind: indicator.kind, figures, target, year }),
    change: changeSince(indicator, previous, figure),
    flags: figure ? dataQualityFlags(figure, previous) : [],
    outlook: buildOutlook({ indicator, figures, target, year }),
  };
}

/** The overview's entry for `year`: the indicator as of that year, as its card shows it, and its trend. */
export function buildCard(data: IndicatorData, year: number): DashboardEntry {
  const { figure, target, status, change, flags, outlook } = buildAsOf(data, year);
  return {
    code: data.indicator.code,
    figure: figure && summariseFigure(figure),
    change,
    target: target && summariseTarget(target),
    status: summariseStatus(status),
    flags,
    outlook,
    trend: buildTrend(data.figures, data.targets),
  };
}

/** False from the year another indicator replaced this one, or it was retired: it is then no current result. */
export function isCurrentIn(indicator: Indicator, year: number): boolean {
  return (indicator.replacedBy === null || year < indicator.replacedBy.fromYear) && (indicator.retiredFrom === null || year < indicator.retiredFrom);
}

/** The overview's entries for `year`: one per indicator that is current that year. */
export function buildCards(data: readonly IndicatorData[], year: number): DashboardEntry[] {
  return data.filter((d) => isCurrentIn(d.indicator, year)).map((d) => buildCard(d, year));
}

/** What a card shows of a figure (schemas/figure.ts says what is left for the indicator's page). */
export function summariseFigure(figure: Figure): DashboardFigure {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- named to be left out
  const { orgUnit, locator, version, source, ...rest } = figure;
  const sourceId = source?.id ?? null;
  if (rest.kind === 'milestone') return { ...rest, sourceId };
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a task's note says where it stands; others' notes are provenance
  const { note, noteEn, ...numbers } = rest;
  return { ...numbers, sourceId };
}

export function summariseTarget({ year, value, comparator, outOf, reading, source }: Target): DashboardTarget {
  return { year, value, comparator, outOf, reading, sourceId: source?.id ?? null };
}

export function summariseStatus({ status, explanation }: StatusResult): StatusSummary {
  return { status, reason: explanation.reason, ratio: explanation.ratio };
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
