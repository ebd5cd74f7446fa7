import {
  formatFigure,
  formatNumber,
  formatPercent,
  formatRank,
  formatSigned,
  provincesRankedIn,
  type Figure,
  type FigureBasis,
  type Indicator,
  type IndicatorAsOf,
  type Locale,
  type RankReading,
  type SeriesEntry,
  type Target,
} from '@kpi/shared';
import type { IndicatorDictionary } from '../../i18n/indicator-words';
import { targetText } from '../../ui/figure-text';

export interface ExplanationRow {
  key: 'base' | 'latest' | 'target' | 'reading' | 'required' | 'actual' | 'ratio' | 'threshold';
  label: string;
  value: string;
  /** The basis of the figure a base or latest row states. */
  basis?: FigureBasis;
}

/** A figure's number as the explanation states it; ranks as `26/63`, not their percentile. */
function figureValue(figure: Figure | undefined, indicator: Indicator, locale: Locale): string | null {
  return figure ? formatFigure(figure, indicator, locale) : null;
}

/**
 * Progress per year in words a leader can check: percentage points for percents, places for
 * ranks. Ranks are judged on position / N, so a change of percentile times N is places; the sign
 * flips because a smaller position is better (gaining places is `+`).
 */
function perYear(value: number, indicator: Indicator, outOf: number, t: IndicatorDictionary, locale: Locale): string {
  const p = t.indicatorPage;
  if (indicator.kind === 'rank') return p.perYearPlaces(formatSigned(-value * outOf, locale, 1));
  if (indicator.kind === 'ratio' || indicator.unit === 'percent') return p.perYearPoints(formatSigned(value, locale, Math.max(indicator.decimals, 1)));
  return p.perYearValue(formatSigned(value, locale, Math.max(indicator.decimals, 1)));
}

/** Which reading of a rank target applied, and why: a place held whatever the N, or a share compared as a percentile. */
function readingText(target: Target, reading: RankReading, t: IndicatorDictionary, locale: Locale): string {
  const p = t.indicatorPage;
  if (reading === 'position') return p.readings.position(formatNumber(target.value, locale));
  const outOf = target.outOf ?? provincesRankedIn(target.year);
  return p.readings.share(formatRank(target.value, outOf, locale), formatPercent((target.value / outOf) * 100, locale, 1));
}

/** The rule that decided the status, with the figures that crossed it. */
function thresholdText(asOf: IndicatorAsOf, latest: string | null, target: string | null, t: IndicatorDictionary, locale: Locale): string {
  const { reason, ratio, band } = asOf.status.explanation;
  const rules = t.indicatorPage.rules;
  switch (reason) {
    case 'progress-ratio':
      return band && ratio !== null ? t.indicatorPage.bands[band](formatNumber(ratio, locale, 2, true)) : t.statusReason[reason];
    case 'target-met':
      return rules.targetMet(latest ?? '', target ?? '');
    case 'target-year-passed':
      return rules.targetYearPassed(asOf.target?.year ?? asOf.year);
    case 'single-figure':
      return rules.singleFigure;
    case 'already-met-at-base':
      return rules.alreadyMetAtBase;
    case 'no-target':
      return rules.noTarget;
    case 'no-figure':
      return rules.noFigure;
    default:
      return t.statusReason[reason];
  }
}

/**
 * The facts behind a status, in the order a reader checks them: base, latest, target, progress
 * needed and made, their ratio and the threshold it crossed. Rows without a value are left out.
 */
export function explanationRows(
  indicator: Indicator,
  asOf: IndicatorAsOf,
  series: readonly SeriesEntry[],
  t: IndicatorDictionary,
  locale: Locale,
): ExplanationRow[] {
  const p = t.indicatorPage;
  const { explanation } = asOf.status;
  const figureOf = (year: number) => series.find((entry) => entry.year === year)?.figure ?? undefined;
  const rows: ExplanationRow[] = [];
  const base = explanation.base ? figureValue(figureOf(explanation.base.year), indicator, locale) : null;
  if (explanation.base && base)
    rows.push({ key: 'base', label: p.base, value: p.yearValue(explanation.base.year, base), basis: figureOf(explanation.base.year)?.basis });
  const latest = explanation.latest ? figureValue(figureOf(explanation.latest.year), indicator, locale) : null;
  if (explanation.latest && latest)
    rows.push({ key: 'latest', label: p.latest, value: p.yearValue(explanation.latest.year, latest), basis: figureOf(explanation.latest.year)?.basis });
  const target = asOf.target ? targetText(asOf.target, indicator, t, locale) : null;
  if (asOf.target && target) {
    const document = asOf.target.source?.number ?? asOf.target.source?.title;
    const by = p.targetBy(target, asOf.target.year);
    rows.push({ key: 'target', label: p.target, value: document ? `${by}, ${p.setBy(document)}` : by });
  }
  if (asOf.target && explanation.reading) rows.push({ key: 'reading', label: p.reading, value: readingText(asOf.target, explanation.reading, t, locale) });
  const latestFigure = explanation.latest ? figureOf(explanation.latest.year) : undefined;
  const outOf = latestFigure?.kind === 'rank' ? latestFigure.outOf : provincesRankedIn(asOf.year);
  if (explanation.requiredPerYear !== null) {
    rows.push({ key: 'required', label: p.required, value: perYear(explanation.requiredPerYear, indicator, outOf, t, locale) });
  }
  if (explanation.actualPerYear !== null) {
    rows.push({ key: 'actual', label: p.actual, value: perYear(explanation.actualPerYear, indicator, outOf, t, locale) });
  }
  if (explanation.ratio !== null) rows.push({ key: 'ratio', label: p.ratio, value: formatNumber(explanation.ratio, locale, 2, true) });
  rows.push({ key: 'threshold', label: p.threshold, value: thresholdText(asOf, latest, target, t, locale) });
  return rows;
}
