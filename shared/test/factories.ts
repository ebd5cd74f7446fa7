/** Figures of the 2020 report as domain objects, for the unit tests of this package. */
import type { Figure, Indicator, Target } from '../src/schemas/index.js';
import { rankPercentile } from '../src/rank.js';
import { ratePercent } from '../src/figures.js';

/** An indicator of the e-government area measured in percent, unless `extra` says otherwise. */
export const indicator = (code: string, vi: string, en: string, extra: Partial<Indicator> = {}): Indicator => ({
  code,
  name: { vi, en },
  definition: null,
  group: 'e-government',
  kind: 'value',
  direction: 'up',
  unit: 'percent',
  decimals: 1,
  scope: 'province',
  ...extra,
});

const base = { orgUnit: 'lang-son', asOf: null, source: null, locator: null, note: null, publishedText: null, version: 1 };

export const bluezone2020: Figure = {
  kind: 'ratio',
  ...base,
  year: 2020,
  numerator: 154231,
  denominator: 519755,
  published: 29.71,
  rate: ratePercent(154231, 519755),
};

export function rank(year: number, position: number, outOf = 63): Figure {
  return { kind: 'rank', ...base, year, position, outOf, percentile: rankPercentile(position, outOf) };
}

export function value(year: number, v: number): Figure {
  return { kind: 'value', ...base, year, value: v };
}

export function target(year: number, v: number, comparator: Target['comparator'] = 'gte', extra: Partial<Target> = {}): Target {
  return { year, value: v, comparator, outOf: null, source: null, locator: null, note: null, revision: 1, inForce: true, ...extra };
}
