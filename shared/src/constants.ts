/**
 * The product's fixed lists and bounds, apart from the zod schemas built on them: the overview's
 * first screen needs these and no schema, so the browser loads and runs no zod before the cards.
 */

export const locales = ['vi', 'en'] as const;

/** Indicator codes are stable kebab-case identifiers, e.g. `bluezone-install-rate`. */
export const INDICATOR_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const INDICATOR_CODE_MAX_LENGTH = 80;

export function isIndicatorCode(code: string): boolean {
  return code.length >= 2 && code.length <= INDICATOR_CODE_MAX_LENGTH && INDICATOR_CODE_PATTERN.test(code);
}

/** Years the product accepts for figures and targets: the reports start in the 2010s. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** `too-few`: a figure exists but one is too few to judge a trend; `no-data`: no figure at all. */
export const statuses = ['achieved', 'on-track', 'at-risk', 'off-track', 'too-few', 'no-target', 'no-data'] as const;

/**
 * Indicator groups are data (the `indicator_groups` table): only the shape of their code is fixed,
 * the same kebab-case as an indicator's, so an address's `?group=` is checked without the list.
 */
export const INDICATOR_GROUP_CODE_MAX_LENGTH = 40;

export function isIndicatorGroupCode(code: string): boolean {
  return code.length >= 2 && code.length <= INDICATOR_GROUP_CODE_MAX_LENGTH && INDICATOR_CODE_PATTERN.test(code);
}

/**
 * How a figure relates to its source: `stated` as the source gives it; `derived` worked out from
 * what the source states (the report gives "9th", so "of 63" is derived; "26/63, up 24 places"
 * gives 50 for 2019); `assumed` taken to hold where the source says nothing. The note says from what.
 */
export const figureBases = ['stated', 'derived', 'assumed'] as const;
export type FigureBasis = (typeof figureBases)[number];

/** Roles nest: each can do all that the one before it can. */
export const roles = ['viewer', 'analyst', 'approver', 'admin'] as const;

export function roleAtLeast(role: (typeof roles)[number], minimum: (typeof roles)[number]): boolean {
  return roles.indexOf(role) >= roles.indexOf(minimum);
}

/**
 * The province's own unit: a figure or target that names no unit is the province's. Here, not
 * beside the unit schemas: the web's first load names it and must not bring zod with it.
 */
export const PROVINCE_UNIT = 'lang-son';
