import { describe, expect, it } from 'vitest';
import { trendWithoutTarget, verdictFor } from '../src/trend-verdict.js';
import { indicator, milestoneFigure, rankFigure, rankShape, valueFigure } from './factories.js';

const percent = indicator('rate', 'Tỷ lệ', 'Rate');
const falling = indicator('wait', 'Thời gian chờ', 'Waiting time', { direction: 'down', unit: 'count', decimals: 0 });
const dti = indicator('dti-rank', 'Xếp hạng DTI', 'DTI rank', rankShape);

describe('trendWithoutTarget: the compound growth since the first figure, signed by the desired direction', () => {
  it('calls 50 → 51 % in two years improving (1.0 % a year, past the 0.5 % threshold)', () => {
    const verdict = trendWithoutTarget({ indicator: percent, figures: [valueFigure(2018, 50), valueFigure(2020, 51)], year: 2020 });
    expect(verdict).toMatchObject({ verdict: 'improving', base: { year: 2018, value: 50 }, latest: { year: 2020, value: 51 } });
    expect((verdict as { growthPerYear: number }).growthPerYear).toBeCloseTo(Math.sqrt(1.02) - 1, 12);
  });

  it('calls 50 → 50.4 % in two years stable (0.4 % a year)', () => {
    expect(trendWithoutTarget({ indicator: percent, figures: [valueFigure(2018, 50), valueFigure(2020, 50.4)], year: 2020 })).toMatchObject({
      verdict: 'stable',
    });
  });

  it('calls any fall of a rising-is-good indicator deteriorating, and a fall of a falling-is-good one improving', () => {
    const figures = [valueFigure(2019, 50), valueFigure(2020, 49)];
    expect(trendWithoutTarget({ indicator: percent, figures, year: 2020 })).toMatchObject({ verdict: 'deteriorating' });
    expect(trendWithoutTarget({ indicator: falling, figures, year: 2020 })).toMatchObject({ verdict: 'improving' });
  });

  it('judges a rank on its percentile: 16th → 4th of 63 is improving', () => {
    const verdict = trendWithoutTarget({ indicator: dti, figures: [rankFigure(2020, 16), rankFigure(2023, 4)], year: 2023 });
    expect(verdict).toMatchObject({ verdict: 'improving' });
    expect((verdict as { growthPerYear: number }).growthPerYear).toBeCloseTo(1 - (4 / 16) ** (1 / 3), 12);
  });

  it('decides by the sign of the change where the first figure is 0 (no growth rate exists)', () => {
    expect(trendWithoutTarget({ indicator: percent, figures: [valueFigure(2019, 0), valueFigure(2020, 5)], year: 2020 })).toEqual({
      verdict: 'improving',
      growthPerYear: null,
      base: { year: 2019, value: 0 },
      latest: { year: 2020, value: 5 },
    });
    expect(trendWithoutTarget({ indicator: percent, figures: [valueFigure(2019, 0), valueFigure(2020, 0)], year: 2020 })).toMatchObject({
      verdict: 'stable',
    });
  });

  it('says "too few" for a single figure and nothing without figures or for a task', () => {
    expect(trendWithoutTarget({ indicator: percent, figures: [valueFigure(2020, 5)], year: 2020 })).toBe('too-few');
    expect(trendWithoutTarget({ indicator: percent, figures: [valueFigure(2021, 5)], year: 2020 })).toBeNull();
    const task = indicator('task', 'Nhiệm vụ', 'Task', { kind: 'milestone', unit: 'none' });
    expect(trendWithoutTarget({ indicator: task, figures: [milestoneFigure(2020, 'done', null)], year: 2020 })).toBeNull();
  });
});

describe('verdictFor: the thresholds', () => {
  it('puts 0.5 % a year in improving, 0 in stable and anything below 0 in deteriorating', () => {
    expect(verdictFor(0.005)).toBe('improving');
    expect(verdictFor(0.0049)).toBe('stable');
    expect(verdictFor(0)).toBe('stable');
    expect(verdictFor(-0.0001)).toBe('deteriorating');
  });
});
