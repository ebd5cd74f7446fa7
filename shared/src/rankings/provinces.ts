import { distance } from 'fastest-levenshtein';
import { FIRST_DATA_YEAR_AFTER_MERGER } from '../rank.js';
import { normaliseUnitName } from '../org-unit-match.js';
import type { Province, RankingIndex } from '../schemas/ranking.js';

/** The day the 34 provinces of Resolution 202/2025/QH15 took the place of the 63. */
export const PROVINCE_MERGER_DATE = '2025-07-01';

/** The first data year of the DTI, which replaced the e-government ranking. */
export const FIRST_RANKING_YEAR = 2020;

/**
 * Whether `province` is one the table of data year `year` ranks. The table of data year 2024 was
 * published after the merger and ranks the 34; the earlier ones the 63 standing the day before it.
 */
export function rankedInYear(province: Pick<Province, 'validFrom' | 'validTo'>, year: number): boolean {
  const day = year >= FIRST_DATA_YEAR_AFTER_MERGER ? PROVINCE_MERGER_DATE : '2025-06-30';
  return (province.validFrom === null || province.validFrom <= day) && (province.validTo === null || province.validTo >= day);
}

/** How many near names an unknown one is answered with. */
const NEAREST = 3;

/** `Tỉnh Bắc Giang`, `TP. Hồ Chí Minh`, `bac giang` → the key the names are matched by. */
function key(text: string): string {
  return normaliseUnitName(text).replace(/^(tinh|thanh pho|tp|province|city)\s+/, '');
}

export type ProvinceMatch = { ok: true; province: Province } | { ok: false; reason: 'unknown' | 'ambiguous' | 'not-in-year'; candidates: Province[] };

/**
 * Finds a province by what a table prints for it, without regard to case, diacritics, spacing or
 * a leading `Tỉnh`/`TP`: by code, name or alias, among those the year's table ranks (a name the 63
 * and the 34 share, such as Bắc Ninh, then means the one of that year). An unknown name is
 * answered with the nearest few of the year's table, one of the other era's with that province.
 */
export function provinceMatcher(provinces: readonly Province[]) {
  const byKey = new Map<string, Province[]>();
  for (const p of provinces) {
    for (const k of new Set([p.code, ...[p.name, ...p.aliases].map(key)])) byKey.set(k, [...(byKey.get(k) ?? []), p]);
  }
  return (text: string, year: number): ProvinceMatch => {
    const found = byKey.get(text.trim().toLowerCase()) ?? byKey.get(key(text)) ?? [];
    const inYear = found.filter((p) => rankedInYear(p, year));
    if (inYear.length === 1) return { ok: true, province: inYear[0]! };
    if (inYear.length > 1) return { ok: false, reason: 'ambiguous', candidates: inYear };
    if (found.length) return { ok: false, reason: 'not-in-year', candidates: found };
    const typed = key(text);
    const nearest = provinces
      .filter((p) => rankedInYear(p, year))
      .map((p) => ({ p, d: Math.min(...[p.name, ...p.aliases].map((n) => distance(typed, key(n)))) }))
      .sort((a, b) => a.d - b.d || a.p.name.localeCompare(b.p.name, 'vi'))
      .slice(0, NEAREST)
      .map(({ p }) => p);
    return { ok: false, reason: 'unknown', candidates: nearest };
  };
}

/** The province a former one was merged into, if any. */
export function successorOf(provinces: readonly Province[], code: string): Province | undefined {
  return provinces.find((p) => p.formedFrom.includes(code));
}

/** The middle score of a full table; null when a row or a score is missing, so none is invented. */
export function medianScore(scores: readonly (number | null)[], outOf: number): number | null {
  if (scores.length !== outOf || scores.some((s) => s === null)) return null;
  const sorted = (scores as number[]).slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The Lạng Sơn indicator each ranking index's tables rank it in: its page shows the peers. */
export const rankingIndexOfIndicator: Readonly<Record<string, RankingIndex>> = { 'dti-rank': 'dti' };
