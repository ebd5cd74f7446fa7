import { distance } from 'fastest-levenshtein';
import type { Aggregation } from './schemas/indicator.js';
import type { OrgUnit, OrgUnitKind } from './schemas/org-unit.js';

/** What matching needs of a unit. */
export type MatchableUnit = Pick<OrgUnit, 'code' | 'name' | 'kind' | 'validFrom' | 'validTo'>;

/** The words a spreadsheet may put before a unit's name, in either language, normalised. */
const KIND_WORDS: Record<OrgUnitKind, readonly string[]> = {
  province: ['tinh', 'province'],
  city: ['thanh pho', 'tp', 'city'],
  district: ['huyen', 'district'],
  ward: ['phuong', 'ward', 'p'],
  commune: ['xa', 'commune'],
  town: ['thi tran', 'tt', 'town'],
};

/** `Xã  Tân-Đoàn` → `xa tan doan`: lower case, no diacritics (đ = d), one space between words. */
export function normaliseUnitName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether the unit existed at some time during `year`. */
export function unitExistedIn(unit: Pick<OrgUnit, 'validFrom' | 'validTo'>, year: number): boolean {
  return !((unit.validFrom !== null && unit.validFrom > `${year}-12-31`) || (unit.validTo !== null && unit.validTo < `${year}-01-01`));
}

export type UnitFigureRefusal = 'unknown-org-unit' | 'org-unit-not-in-year' | 'indicator-has-no-units';

/**
 * Why a figure of an indicator aggregated by `aggregation` for `year` cannot belong to `unit`, or
 * undefined when it can: the province always can; another unit must exist and have existed during
 * that year, and the indicator's definition must say how the province's figure relates to its
 * units' (no commune figures for a rank or a milestone).
 */
export function unitFigureRefusal(
  unit: Pick<OrgUnit, 'validFrom' | 'validTo'> | undefined,
  isProvince: boolean,
  aggregation: Aggregation | undefined,
  year: number,
): UnitFigureRefusal | undefined {
  if (isProvince) return undefined;
  if (!unit) return 'unknown-org-unit';
  if (!unitExistedIn(unit, year)) return 'org-unit-not-in-year';
  if (aggregation === 'none') return 'indicator-has-no-units';
  return undefined;
}

export type UnitMatch<U extends MatchableUnit> = { ok: true; unit: U } | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: U[] };

/** How many near names an unknown one is answered with. */
const NEAREST = 5;

/**
 * Finds units by what a person writes for them: the code (`tan-doan`) or the name, without regard
 * to case, diacritics or spacing, with or without the kind word (`Xã Tân Đoàn`, `tan doan`,
 * `TÂN ĐOÀN`). A name several units share is narrowed to those that existed in the figure's year;
 * still several (unless one alone stood at the year's end) is ambiguous, none is unknown, each
 * answered with the candidates (the nearest few names for an unknown one).
 */
export function unitMatcher<U extends MatchableUnit>(units: readonly U[]) {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byKey = new Map<string, U[]>();
  const add = (key: string, unit: U) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(unit)) byKey.set(key, [...list, unit]);
  };
  for (const unit of units) {
    const name = normaliseUnitName(unit.name);
    add(name, unit);
    add(normaliseUnitName(unit.code), unit);
    for (const word of KIND_WORDS[unit.kind]) add(`${word} ${name}`, unit);
  }

  return (text: string, year: number | null): UnitMatch<U> => {
    const exact = byCode.get(text.trim().toLowerCase());
    if (exact) return { ok: true, unit: exact };
    const key = normaliseUnitName(text);
    const found = byKey.get(key) ?? [];
    if (found.length === 1) return { ok: true, unit: found[0]! };
    if (found.length > 1) {
      const inYear = year === null ? found : found.filter((u) => unitExistedIn(u, year));
      // A year's figure is reported by the units standing at its end: a new commune over those it replaced that year.
      const atEnd = year === null ? [] : inYear.filter((u) => u.validTo === null || u.validTo >= `${year}-12-31`);
      if (inYear.length === 1) return { ok: true, unit: inYear[0]! };
      if (atEnd.length === 1) return { ok: true, unit: atEnd[0]! };
      return { ok: false, reason: 'ambiguous', candidates: inYear.length ? inYear : found };
    }
    const nearest = units
      .map((unit) => ({
        unit,
        d: Math.min(distance(key, normaliseUnitName(unit.name)), ...KIND_WORDS[unit.kind].map((w) => distance(key, `${w} ${normaliseUnitName(unit.name)}`))),
      }))
      .filter(({ unit }) => year === null || unitExistedIn(unit, year))
      .sort((a, b) => a.d - b.d || a.unit.name.localeCompare(b.unit.name, 'vi'))
      .slice(0, NEAREST)
      .map(({ unit }) => unit);
    return { ok: false, reason: 'unknown', candidates: nearest };
  };
}
