import { formatNumber } from '../format.js';
import { HOME_PROVINCE } from '../rankings/peer-set.js';
import type { Locale } from '../schemas/common.js';
import type { PeerRanks } from '../schemas/ranking.js';
import type { Source } from '../schemas/source.js';

/** How many of the year's leaders the paragraph names. */
const LEADERS = 3;

const words = {
  vi: {
    heading: 'Vị trí của Lạng Sơn trong cả nước',
    rank: (year: number, outOf: string, rank: string) =>
      `Trong bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) năm ${year} của ${outOf} tỉnh, thành phố, Lạng Sơn xếp thứ ${rank}`,
    noRank: (year: number, outOf: string) => `Bảng xếp hạng DTI năm ${year} của ${outOf} tỉnh, thành phố chưa có thứ hạng của Lạng Sơn từ nguồn đã ghi nhận`,
    up: (places: string, year: number, before: string) => `, tăng ${places} bậc so với năm ${year} (thứ ${before})`,
    down: (places: string, year: number, before: string) => `, giảm ${places} bậc so với năm ${year} (thứ ${before})`,
    same: (year: number) => `, giữ nguyên thứ hạng so với năm ${year}`,
    break: ', không so sánh số bậc với các năm trước vì từ năm 2024 bảng xếp hạng 34 tỉnh, thành sau sáp nhập thay cho 63',
    leaders: (names: string) => `; dẫn đầu là ${names}`,
    list: (names: string[]) => new Intl.ListFormat('vi-VN').format(names),
  },
  en: {
    heading: 'Lạng Sơn among the provinces',
    rank: (year: number, outOf: string, rank: string) =>
      `In the ${year} provincial Digital Transformation Index (DTI) table of ${outOf} provinces and cities, Lạng Sơn ranked ${rank}`,
    noRank: (year: number, outOf: string) => `The ${year} DTI table of ${outOf} provinces and cities has no rank of Lạng Sơn from a recorded source`,
    up: (places: string, year: number, before: string) => `, up ${places} ${places === '1' ? 'place' : 'places'} on ${year} (${before})`,
    down: (places: string, year: number, before: string) => `, down ${places} ${places === '1' ? 'place' : 'places'} on ${year} (${before})`,
    same: (year: number) => `, unchanged on ${year}`,
    break: '; places are not compared with earlier years, since from 2024 the table ranks the 34 provinces after the merger instead of 63',
    leaders: (names: string) => `; the leaders were ${names}`,
    list: (names: string[]) => new Intl.ListFormat('en-GB').format(names),
  },
} as const;

export interface AmongProvinces {
  heading: string;
  text: string;
  refs: number[];
}

/**
 * The review's "among the provinces" paragraph, from the same rows as the indicator page's peers:
 * Lạng Sơn's rank in the year's table, its change in places from the year before (not across the
 * 63 → 34 break, where places do not compare), and the others among the year's first few, citing each row's source.
 * Null when the year has no table held.
 */
export function amongProvinces(ranks: PeerRanks, year: number, locale: Locale, cite: (source: Source) => number[]): AmongProvinces | null {
  const w = words[locale];
  const table = ranks.years.find((y) => y.year === year);
  if (!table) return null;
  const name = (code: string) => ranks.provinces.find((p) => p.code === code)?.name ?? code;
  const rowsOf = (y: number) => ranks.ranks.filter((r) => r.year === y);
  const home = rowsOf(year).find((r) => r.province === HOME_PROVINCE);
  const before = rowsOf(year - 1).find((r) => r.province === HOME_PROVINCE);
  const leaders = rowsOf(year)
    // The others ahead: Lạng Sơn's own place is said already.
    .filter((r) => r.rank <= LEADERS && r.province !== HOME_PROVINCE)
    .sort((a, b) => a.rank - b.rank);
  const fmt = (n: number) => formatNumber(n, locale);

  let text = home ? w.rank(year, fmt(table.outOf), fmt(home.rank)) : w.noRank(year, fmt(table.outOf));
  if (home && before) {
    const gained = before.rank - home.rank;
    if (before.outOf !== home.outOf) text += w.break;
    else if (gained > 0) text += w.up(fmt(gained), year - 1, fmt(before.rank));
    else if (gained < 0) text += w.down(fmt(-gained), year - 1, fmt(before.rank));
    else text += w.same(year - 1);
  }
  if (leaders.length) text += w.leaders(w.list(leaders.map((r) => name(r.province))));
  const cited = [home, before, ...leaders].flatMap((r) => {
    const source = r && ranks.sources.find((s) => s.id === r.sourceId);
    return source ? cite(source) : [];
  });
  return { heading: w.heading, text: `${text}.`, refs: [...new Set(cited)] };
}
