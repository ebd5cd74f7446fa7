/**
 * The review's "where we are heading" paragraph: one sentence per indicator with two figures or
 * more, from the same outlook the cards show (`buildOutlook`), citing the documents of the figures
 * the pace runs between and of the target it is measured against.
 */
import { comparableValue, figuresUpTo, isPercentIndicator } from '../figures.js';
import { formatMeasure } from '../figure-format.js';
import { formatNumber, formatPercent, formatRank, formatSigned } from '../format.js';
import { isCurrentIn, type IndicatorData } from '../indicator-view.js';
import { buildOutlook } from '../outlook.js';
import { provincesRankedIn } from '../rank.js';
import type { Indicator, IndicatorGroupEntry, Locale, Outlook, Review, Source } from '../schemas/index.js';
import { targetForYear } from '../targets.js';
import { outlookPhrases, type OutlookPhrases } from './outlook-phrases.js';
import { reviewTargetText } from './target-text.js';

/** Numbers a document (and the place in it) as the review's other sentences do. */
export type Cite = (source: Source | null | undefined, locator?: string | null) => number[];

type Projection = Extract<Outlook, { kind: 'projection' }>;

function projectedValue(o: Projection, ind: Indicator, p: OutlookPhrases, locale: Locale): string {
  if (ind.kind === 'rank') return p.rankValue(formatRank(o.expected, provincesRankedIn(o.targetYear), locale));
  return ind.kind === 'ratio' ? formatPercent(o.expected, locale, ind.decimals) : formatMeasure(o.expected, ind, locale);
}

function heldText(o: Projection, ind: Indicator, p: OutlookPhrases, locale: Locale): string {
  if (!o.held) return '';
  if (ind.kind === 'rank') return o.expected <= 1 ? p.heldFirst : p.heldLast;
  const bound = (v: number) => (isPercentIndicator(ind) ? formatPercent(v, locale) : formatNumber(v, locale));
  return o.expected <= 0 ? p.heldMin(bound(0)) : p.heldMax(bound(100));
}

export function buildOutlookParagraph(
  data: readonly IndicatorData[],
  groups: readonly IndicatorGroupEntry[],
  year: number,
  locale: Locale,
  cite: Cite,
  document: (s: Source) => string,
): NonNullable<Review['outlook']> {
  const p = outlookPhrases[locale];
  // In the department's order of groups, as the review's sections are; an indicator whose group a lagging list lacks comes last.
  const rank = new Map(groups.map((g, i) => [g.code, i]));
  const ordered = data
    .filter((d) => isCurrentIn(d.indicator, year))
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (rank.get(a.d.indicator.group) ?? groups.length) - (rank.get(b.d.indicator.group) ?? groups.length) || a.i - b.i)
    .map(({ d }) => d);
  const sentences = ordered.flatMap(({ indicator: ind, figures, targets }) => {
    const target = targetForYear(targets, year);
    const outlook = buildOutlook({ indicator: ind, figures, target, year });
    if (!outlook || outlook.kind === 'too-few') return [];
    // The pace runs from the earliest figure to the latest: both are the numbers used, so both are cited.
    const known = figuresUpTo(figures, year).filter((f) => comparableValue(f) !== null);
    const base = known[0]!;
    const latest = known[known.length - 1]!;
    const refs = [...new Set([...cite(base.source, base.locator), ...cite(latest.source, latest.locator)])];
    const name = ind.name[locale];
    if (outlook.kind === 'trend') {
      const growth = outlook.growthPerYear === null ? null : `${formatSigned(outlook.growthPerYear * 100, locale, 1)}%`;
      return [{ indicatorCode: ind.code, text: `${p.trend(name, base.year, latest.year, p.verdicts[outlook.verdict], growth)}.`, refs }];
    }
    const t = reviewTargetText(ind, target!, locale);
    const doc = target!.source ? document(target!.source) : '';
    const reached =
      outlook.reachedIn === null
        ? p.notAtThisPace(t, doc)
        : outlook.reachedIn <= latest.year
          ? p.reachedAlready(t, doc)
          : p.reachedIn(t, doc, outlook.reachedIn);
    for (const n of cite(target!.source, target!.locator)) if (!refs.includes(n)) refs.push(n);
    const text = `${p.projection(name, base.year, latest.year, outlook.targetYear, projectedValue(outlook, ind, p, locale))}${heldText(outlook, ind, p, locale)}${reached}.`;
    return [{ indicatorCode: ind.code, text, refs }];
  });
  return { heading: p.heading, sentences, empty: sentences.length === 0 ? p.none : null };
}
