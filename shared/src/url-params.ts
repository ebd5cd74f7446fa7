import { INDICATOR_CODE_PATTERN, isIndicatorGroupCode, locales, MAX_YEAR, MIN_YEAR, PROVINCE_UNIT, statuses } from './constants.js';
import type { Locale } from './schemas/common.js';
import type { IndicatorGroup } from './schemas/indicator.js';
import type { Status } from './schemas/status.js';

/*
 * What the overview reads from its address, parsed without zod: these run before the first card is
 * drawn, and the browser then needs no schema library at all (docs/benchmarks.md, Lighthouse). A
 * value that does not parse is dropped rather than refused: an old or hand-edited link still opens.
 */

const oneOf = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined => list.find((item) => item === value);

/** The entry form of one figure: `/entry/code/year`, with `?unit=` for a commune's or ward's, none for the province's. */
export function entryPath(code: string, year: number, unit: string): string {
  return `/entry/${encodeURIComponent(code)}/${year}${unit === PROVINCE_UNIT ? '' : `?unit=${encodeURIComponent(unit)}`}`;
}

/** `?unit=tam-thanh`: a unit's code (the same shape as an indicator's), else undefined (the province). */
export function parseUnit(value: string | null | undefined): string | undefined {
  return value && value.length <= 64 && INDICATOR_CODE_PATTERN.test(value) ? value : undefined;
}

/** `?year=2020`: a whole year the product accepts, else undefined ("the latest year with data"). */
export function parseYear(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const year = Number(value);
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** `?lang=en` or a stored choice: one of the UI's languages, else undefined. */
export function parseLocale(value: string | null | undefined): Locale | undefined {
  return oneOf(locales, value);
}

/** The overview's filters (`?group=&status=&q=&compare=`), so a link shared in a chat opens the same view. */
export interface OverviewFilters {
  group?: IndicatorGroup | undefined;
  status?: Status | undefined;
  q?: string | undefined;
  compare?: number | undefined;
}

export const MAX_QUERY_LENGTH = 100;

export function parseOverviewFilters(param: (name: string) => string | null): OverviewFilters {
  const q = param('q') ?? undefined;
  return {
    // Any well-formed code: the groups are data, and a group the overview does not know shows no cards.
    group: ((group) => (group !== null && isIndicatorGroupCode(group) ? group : undefined))(param('group')),
    status: oneOf(statuses, param('status')),
    q: q !== undefined && q.length <= MAX_QUERY_LENGTH ? q : undefined,
    compare: parseYear(param('compare')),
  };
}
