import type { Indicator } from './schemas/indicator.js';

/**
 * Lower-case text without Vietnamese tone and vowel marks, so that `dich vu cong` finds
 * "dịch vụ công" (readers often type without a Vietnamese keyboard). `đ` is a letter of its own,
 * not a letter with a mark, so Unicode decomposition leaves it: it is mapped to `d` by hand.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Words of a query, folded; an empty query has none (and so matches everything). */
function queryWords(query: string): string[] {
  return foldDiacritics(query)
    .split(/[\s,.;:/()“”"'-]+/u)
    .filter((word) => word.length > 0);
}

/**
 * Whether an indicator answers a search: every word of the query appears in its name (either
 * language) or its code, ignoring case and diacritics, in any order.
 */
export function indicatorMatches(indicator: Pick<Indicator, 'code' | 'name'>, query: string): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  const haystack = foldDiacritics(`${indicator.name.vi} ${indicator.name.en} ${indicator.code}`);
  return words.every((word) => haystack.includes(word));
}
