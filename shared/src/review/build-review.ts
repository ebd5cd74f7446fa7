import { figureBasisNames } from '../basis-names.js';
import { changeSince } from '../change.js';
import { dataQualityFlags, decimalsOf } from '../data-quality.js';
import { comparableValue } from '../figures.js';
import { formatMeasure } from '../figure-format.js';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatRank } from '../format.js';
import { isCurrentIn, type IndicatorData } from '../indicator-view.js';
import { noteIn } from '../notes.js';
import { comparableTarget, computeProgress, rankedAmong } from '../progress.js';
import type { Figure, Indicator, IndicatorGroupEntry, Locale, Review, Source } from '../schemas/index.js';
import { targetForYear } from '../targets.js';
import { buildOutlookParagraph } from './outlook-paragraph.js';
import { reviewPhrases, type ReviewPhrases } from './phrases.js';
import { reviewTargetText } from './target-text.js';
import { lastOf } from '../arrays.js';
import type { PeerRanks } from '../schemas/ranking.js';
import { amongProvinces } from './among-provinces.js';
import type { YearCommentary } from '../commentary.js';
import { reviewTasks } from './tasks.js';

/** Numbers each (document, place in it) pair the first time a sentence cites it. */
class References {
  readonly list: Review['sources'] = [];
  constructor(private readonly label: (s: Source, locator: string | null) => string) {}
  cite(source: Source | null | undefined, locator: string | null = null): number[] {
    if (!source) return [];
    const found = this.list.find((r) => r.source.id === source.id && r.locator === locator);
    if (found) return [found.n];
    const n = this.list.length + 1;
    this.list.push({ n, source, locator, label: this.label(source, locator) });
    return [n];
  }
}

function headline(p: ReviewPhrases, ind: Indicator, figure: Figure, locale: Locale): string {
  const name = ind.name[locale];
  switch (figure.kind) {
    case 'ratio':
      return p.ratio(
        name,
        figure.year,
        formatNumber(figure.numerator, locale),
        formatNumber(figure.denominator, locale),
        formatPercent(figure.rate, locale, ind.decimals, true),
      );
    case 'value':
      return p.value(name, figure.year, formatMeasure(figure.value, ind, locale));
    case 'rank':
      return p.rank(name, figure.year, formatRank(figure.position, figure.outOf, locale));
    case 'milestone':
      return p.milestone(name, p.milestoneStates[figure.state]);
  }
}

/**
 * The yearly review drafted from the data: for each indicator with a figure that year, its result,
 * its target and whether it was met, rank changes as places gained, the data-quality caveats —
 * every number formatted for the language, every sentence citing its numbered sources; and, given
 * the ranking tables, where Lạng Sơn stands among the provinces. Sections follow `groups` (the
 * department's list, in its order), headed by their names; given the year's published commentary,
 * its analysis and actions (review/tasks.ts).
 */
export function buildReview(
  data: IndicatorData[],
  groups: readonly IndicatorGroupEntry[],
  year: number,
  locale: Locale,
  updatedAt: string,
  now = new Date(),
  provinceRanks: PeerRanks | null = null,
  commentary: readonly YearCommentary[] = [],
): Review {
  const p = reviewPhrases[locale];
  // "17/NQ-CP ngày 07/03/2019 — Nghị quyết về Chính phủ điện tử, Mục II.1": number, title, where in it.
  const refs = new References(
    (s, locator) =>
      p.document(s.number, s.title, s.date ? formatDate(s.date, locale) : null) + (s.number ? ` — ${s.title}` : '') + (locator ? `, ${locator}` : ''),
  );
  const caveats: Review['caveats'] = [];
  let withFigures = 0;
  let achieved = 0;

  const sections = groups
    .map(({ code: group, name }) => ({
      group,
      heading: name[locale],
      sentences: data
        // An indicator retired or replaced by the year is no result of it, as on the overview.
        .filter((d) => d.indicator.group === group && isCurrentIn(d.indicator, year))
        .flatMap(({ indicator: ind, figures, targets }) => {
          const sorted = [...figures].sort((a, b) => a.year - b.year);
          const figure = sorted.find((f) => f.year === year);
          if (!figure) return [];
          withFigures += 1;
          const previous = lastOf(sorted.filter((f) => f.year < year)) ?? null;
          let text = headline(p, ind, figure, locale);
          if (figure.asOf) text += p.asOf(formatDate(figure.asOf, locale));
          if (figure.basis !== 'stated') text += p.basisInline(figureBasisNames[locale][figure.basis].toLocaleLowerCase(locale));
          const figureRefs = refs.cite(figure.source, figure.locator);
          const cited = [...figureRefs];

          const flags = dataQualityFlags(figure, previous);
          for (const flag of flags) {
            if (flag.code !== 'published-mismatch') continue;
            const published = formatPercent(flag.published, locale, decimalsOf(flag.published), true);
            text += p.mismatchInline(published);
            caveats.push({ text: p.mismatch(ind.name[locale], year, published, formatPercent(flag.computed, locale, ind.decimals, true)), refs: figureRefs });
          }
          const change = changeSince(ind, previous, figure);
          if (change?.measure === 'places') {
            const places = formatNumber(Math.abs(change.delta), locale);
            text +=
              change.delta > 0 ? p.placesUp(places, change.fromYear) : change.delta < 0 ? p.placesDown(places, change.fromYear) : p.placesSame(change.fromYear);
          }
          const target = targetForYear(targets, year);
          if (target) {
            const doc = target.source
              ? p.document(target.source.number, target.source.title, target.source.date ? formatDate(target.source.date, locale) : null)
              : '';
            const { status } = computeProgress({ kind: ind.kind, figures, target, year });
            const value = comparableValue(figure);
            const t = reviewTargetText(ind, target, locale);
            if (status === 'achieved') {
              achieved += 1;
              const beyond = value !== null && value !== comparableTarget(ind.kind, target, rankedAmong(figure));
              text += beyond ? p.targetExceeded(t, doc) : p.targetMet(t, doc);
            } else if (status !== 'no-target') {
              text += p.targetMissed(t, target.year, doc, p.statuses[status]);
            }
            cited.push(...refs.cite(target.source, target.locator).filter((n) => !cited.includes(n)));
          }
          // The note in the review's language, or the other one where it has none (a derived figure's says from what).
          const note = noteIn(figure, locale);
          if (note) caveats.push({ text: p.noteOf(ind.name[locale], year, note.text), refs: figureRefs });
          return [{ indicatorCode: ind.code, text: `${text}.`, refs: cited }];
        }),
    }))
    .filter((s) => s.sentences.length > 0);
  // Where each indicator is heading, from the same outlooks the cards show, citing as the sentences above.
  const documentName = (s: Source) => p.document(s.number, s.title, s.date ? formatDate(s.date, locale) : null);
  const outlook = buildOutlookParagraph(data, groups, year, locale, (source, locator = null) => refs.cite(source, locator), documentName);

  // After the indicators' sentences, so their sources keep the first numbers.
  const among = provinceRanks && amongProvinces(provinceRanks, year, locale, (source) => refs.cite(source));
  return {
    year,
    locale,
    title: p.title(year),
    amongProvinces: among ?? null,
    intro: withFigures ? p.intro(formatDateTime(updatedAt, locale), withFigures, year, achieved) : p.none(year),
    sections,
    outlook,
    tasks: reviewTasks(
      commentary,
      data.map((d) => d.indicator),
      year,
      locale,
      now,
    ),
    caveats,
    sources: refs.list,
    generatedAt: now.toISOString(),
  };
}
