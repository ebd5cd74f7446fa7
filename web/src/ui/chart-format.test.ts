import { describe, expect, it } from 'vitest';
import { overview2020 } from '../../test/fixture';
import { chartNumber, trendAsOf } from './chart-format';

const card = (code: string) => overview2020.cards.find((c) => c.indicator.code === code)!;

describe('chart helpers', () => {
  it('formats chart numbers in the indicator’s unit and the reader’s language', () => {
    const { indicator } = card('bluezone-install-rate');
    expect(chartNumber(29.6737, indicator, 'vi')).toBe('29,67%');
    expect(chartNumber(29.6737, indicator, 'en')).toBe('29.67%');
    expect(chartNumber(26, card('egov-rank').indicator, 'vi')).toBe('26');
  });

  it('drops figures after the year on screen but keeps targets and the path', () => {
    const { trend } = card('online-services-level4-rate');
    expect(trendAsOf(trend, 2020)).toEqual([
      { year: 2020, value: 37.6, basis: 'stated', target: 30, expected: 37.6 },
      { year: 2021, value: null, basis: null, target: 100, expected: 100 },
    ]);
    expect(trendAsOf(trend, 2021)).toEqual(trend);
  });
});
