/**
 * Factories for the domain objects tests write out: indicators, figures of each kind, targets and
 * figure entries, with every field a test does not care about at a plain default it can override.
 * The tests of every package import them as `@kpi/shared/testing`, an export with only the
 * `source` condition: tsc builds and Vite bundles never resolve it, so none of this ships.
 */
import type { z } from 'zod';
import type { Figure, FigureEntry, Indicator, IndicatorGroupEntry, indicatorDefinitionSchema, MilestoneState, Province, Target } from '../src/index.js';
import { rankPercentile } from '../src/rank.js';
import { ratePercent } from '../src/figures.js';

/** The organisation unit figures belong to unless a test says otherwise: the province, as in the db. */
export const ORG_UNIT = 'lang-son';

type FigureOf<K extends Figure['kind']> = Extract<Figure, { kind: K }>;
type RatioEntry = Extract<FigureEntry, { kind: 'ratio' }>;
type DefinitionInput = z.input<typeof indicatorDefinitionSchema>;
type Provenance = Pick<Figure, 'orgUnit' | 'asOf' | 'source' | 'locator' | 'note' | 'noteEn' | 'publishedText' | 'basis' | 'version'>;

/** Where a figure comes from, when the test does not care: version 1 of the province's figure, unsourced, as stated. */
const provenance: Provenance = {
  orgUnit: ORG_UNIT,
  asOf: null,
  source: null,
  locator: null,
  note: null,
  noteEn: null,
  publishedText: null,
  basis: 'stated',
  version: 1,
};

/** The shape of an indicator measured in percent, rising being good (the default of `indicator`). */
export const percentShape = { kind: 'value', direction: 'up', unit: 'percent', decimals: 1 } as const satisfies Partial<Indicator>;
/** The shape of a ranking among provinces, a lower position being better. */
export const rankShape = { kind: 'rank', direction: 'down', unit: 'position', decimals: 0 } as const satisfies Partial<Indicator>;

/** An indicator of the e-government area measured in percent, unless `extra` says otherwise. */
export function indicator(code: string, vi: string, en: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    code,
    name: { vi, en },
    definition: null,
    group: 'e-government',
    ...percentShape,
    scope: 'province',
    replacedBy: null,
    continues: null,
    continuedBy: null,
    retiredFrom: null,
    ...extra,
  };
}

export function valueFigure(year: number, value: number, extra: Partial<Provenance> = {}): FigureOf<'value'> {
  return { kind: 'value', ...provenance, ...extra, year, value };
}

/** A rank among the 63 provinces unless `outOf` says otherwise; the percentile computed as the server does. */
export function rankFigure(year: number, position: number, outOf = 63, extra: Partial<Provenance> = {}): FigureOf<'rank'> {
  return { kind: 'rank', ...provenance, ...extra, year, position, outOf, percentile: rankPercentile(position, outOf) };
}

/** A ratio with its rate computed as the server does; `published` is the rate the source prints. */
export function ratioFigure(
  year: number,
  numerator: number,
  denominator: number,
  published: number | null = null,
  extra: Partial<Provenance> = {},
): FigureOf<'ratio'> {
  return { kind: 'ratio', ...provenance, ...extra, year, numerator, denominator, published, rate: ratePercent(numerator, denominator) };
}

/** A task's state, done on or due by `date`. */
export function milestoneFigure(year: number, state: MilestoneState, date: string | null, extra: Partial<Provenance> = {}): FigureOf<'milestone'> {
  return { kind: 'milestone', ...provenance, ...extra, year, state, date };
}

/** A target in force (revision 1, unsourced) that the figure of `year` should reach. */
export function target(year: number, value: number, comparator: Target['comparator'] = 'gte', extra: Partial<Target> = {}): Target {
  return { year, value, comparator, outOf: null, reading: null, source: null, locator: null, note: null, noteEn: null, revision: 1, inForce: true, ...extra };
}

/**
 * What an analyst enters for the Bluezone ratio: `numerator` smartphones of 520,000, cited to
 * source 1 (the 2020 report in the seed), based on `version` of the figure.
 */
export function ratioEntry(numerator: number, version = 0, extra: Partial<RatioEntry> = {}): RatioEntry {
  return { kind: 'ratio', numerator, denominator: 520000, version, sourceId: 1, acknowledgedWarnings: [], ...extra };
}

/** The 2020 report's Bluezone figure: 154,231 of 519,755 smartphones, published as 29.71 % (29.67 % computed). */
export const bluezone2020 = ratioFigure(2020, 154231, 519755, 29.71);

/**
 * A new ratio indicator's definition as an editor sends it (the share of communes with a public
 * Wi-Fi spot, in no seed); `extra` overrides any field.
 */
export function newDefinition(extra: Partial<DefinitionInput> = {}): DefinitionInput {
  return {
    code: 'public-wifi-communes-rate',
    name: { vi: 'Tỷ lệ xã có điểm wifi công cộng', en: 'Communes with a public Wi-Fi spot' },
    group: 'telecoms',
    kind: 'ratio',
    direction: 'up',
    unit: 'percent',
    decimals: 1,
    aggregation: 'ratio-sum',
    ...extra,
  };
}

/**
 * Groups for tests, in the order and with the names the seed gives them (db/src/seed/groups.ts is
 * where the department's list lives; a test of the seed checks the two agree).
 */
export const testGroups: IndicatorGroupEntry[] = (
  [
    ['e-government', 'Chính quyền điện tử', 'E-government'],
    ['digital-transformation', 'Chuyển đổi số', 'Digital transformation'],
    ['digital-economy', 'Kinh tế số', 'Digital economy'],
    ['digital-society', 'Xã hội số', 'Digital society'],
    ['telecoms', 'Viễn thông, Internet', 'Telecoms and Internet'],
    ['press', 'Báo chí, xuất bản', 'Press and publishing'],
  ] as const
).map(([code, vi, en], i) => ({ code, name: { vi, en }, order: (i + 1) * 10, version: 1 }));

/** A province as the ranking tables name it: standing throughout unless `extra` says otherwise. */
export function province(code: string, name: string, extra: Partial<Province> = {}): Province {
  return { code, name, kind: 'province', aliases: [], validFrom: null, validTo: null, formedFrom: [], note: null, ...extra };
}
