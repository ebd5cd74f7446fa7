import { decimalsOf, formatDate, formatPercent, type Figure, type Indicator, type Locale, type Target } from '@kpi/shared';
import type { IndicatorDictionary } from '../../i18n/indicator-words';
import { figureText, targetText } from '../../ui/figure-text';

/**
 * A figure in a table cell: a ratio with its counts (`29,67% (154.231/519.755)`), a rank as `26/63`.
 * A ratio's published rate has a column of its own (`publishedCell`), so it is left out here.
 */
export function figureCell(figure: Figure | null, indicator: Indicator, t: IndicatorDictionary, locale: Locale): string {
  if (!figure) return t.indicatorPage.none;
  return figureText(figure.kind === 'ratio' ? { ...figure, published: null } : figure, indicator, t, locale);
}

/** The rate as the source published it, with as many decimals as it was written (29.71 stays 29,71%). */
export function publishedCell(figure: Figure | null, t: IndicatorDictionary, locale: Locale): string {
  if (figure?.kind !== 'ratio' || figure.published === null) return t.indicatorPage.none;
  return formatPercent(figure.published, locale, decimalsOf(figure.published), true);
}

/** `≥ 30% (2020) · 17/NQ-CP`: the target in force and its document. */
export function targetCell(target: Target | null, indicator: Indicator, t: IndicatorDictionary, locale: Locale): string {
  if (!target) return t.indicatorPage.none;
  const text = t.card.target(targetText(target, indicator, t, locale), target.year);
  const document = target.source?.number;
  return document ? `${text} · ${document}` : text;
}

export function dateCell(iso: string | null | undefined, t: IndicatorDictionary, locale: Locale): string {
  return iso ? formatDate(iso, locale) : t.indicatorPage.none;
}
