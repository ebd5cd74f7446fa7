import type { TrendPoint } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { linearScale, valueTicks, yearScale } from './chart-scale';

const trend = (...values: (number | null)[]): TrendPoint[] =>
  values.map((value, i) => ({ year: 2020 + i, value, basis: 'stated', target: null, expected: null }));

// rankTicks is tested with the slides (slides.test.ts).
describe('valueTicks', () => {
  it('runs from 0 to the first round step at or above the largest number', () => {
    expect(valueTicks(trend(37.6, 100))).toEqual([0, 25, 50, 75, 100]);
    expect(valueTicks(trend(29.67))).toEqual([0, 10, 20, 30]);
    expect(valueTicks(trend(1_234))).toEqual([0, 500, 1_000, 1_500]);
    expect(valueTicks(trend(0.34))).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it('counts targets and the path, and skips nulls', () => {
    expect(valueTicks([{ year: 2020, value: null, basis: null, target: 80, expected: 60 }, ...trend(null, 20)])).toEqual([0, 20, 40, 60, 80]);
  });

  it('goes below 0 only for a negative figure, and has two ticks when everything is 0', () => {
    expect(valueTicks(trend(-5, 12))).toEqual([-5, 0, 5, 10, 15]);
    expect(valueTicks(trend(0, null))).toEqual([0, 1]);
  });
});

describe('linearScale', () => {
  it('maps a domain onto a range, either way round', () => {
    const x = linearScale([2019.5, 2021.5], [100, 500]);
    expect([x(2019.5), x(2020), x(2021), x(2021.5)]).toEqual([100, 200, 400, 500]);
    const rank = linearScale([1, 61], [40, 640]);
    expect([rank(1), rank(31), rank(61)]).toEqual([40, 340, 640]);
  });

  it('puts everything at the start of the range when the domain is one number', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
  });
});

describe('yearScale', () => {
  it('spaces years by time, the first and last half a year in from the ends', () => {
    const x = yearScale([2020, 2021, 2030], [0, 1100]);
    expect([2020, 2021, 2025, 2030].map(x)).toEqual([50, 150, 550, 1050]);
  });

  it('keeps the ends `inset` pixels in when half a year is less, and puts a lone year in the middle', () => {
    const x = yearScale([2016, 2030], [0, 1500], 80);
    expect([x(2016), x(2030)]).toEqual([80, 1420]);
    expect(yearScale([2020], [100, 500], 80)(2020)).toBe(300);
  });
});
