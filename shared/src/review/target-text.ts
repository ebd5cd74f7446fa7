import { formatMeasure } from '../figure-format.js';
import { formatNumber, formatRank } from '../format.js';
import { readingOf } from '../progress.js';
import { provincesRankedIn } from '../rank.js';
import type { Indicator, Locale, Target } from '../schemas/index.js';

const place: Record<Locale, (rank: string) => string> = { vi: (r) => `hạng ${r}`, en: (r) => `rank ${r}` };

/** A target as the review states it: `30%`, a share of those ranked `10/63`, a place to hold `hạng 10`. */
export function reviewTargetText(ind: Indicator, target: Target, locale: Locale): string {
  if (ind.kind !== 'rank') return formatMeasure(target.value, ind, locale);
  if (readingOf(target) === 'position') return place[locale](formatNumber(target.value, locale));
  return formatRank(target.value, target.outOf ?? provincesRankedIn(target.year), locale);
}
