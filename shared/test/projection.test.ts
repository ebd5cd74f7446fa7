import { describe, expect, it } from 'vitest';
import { compoundProjection, projectToTarget } from '../src/projection.js';
import { indicator, milestoneFigure, rankFigure, rankShape, target, valueFigure } from './factories.js';

const percent = indicator('rate', 'Tỷ lệ', 'Rate');
const count = indicator('count', 'Số', 'Count', { unit: 'count', decimals: 0 });
const dti = indicator('dti-rank', 'Xếp hạng DTI', 'DTI rank', rankShape);

describe('projectToTarget: the linear pace the status judges, carried to the target year', () => {
  it('carries +10 points a year from 30 % in 2020 to 80 % in 2025, meeting a target of 80 % that year', () => {
    const figures = [valueFigure(2019, 20), valueFigure(2020, 30)];
    expect(projectToTarget({ indicator: percent, figures, target: target(2025, 80), year: 2020 })).toEqual({
      method: 'linear',
      from: { year: 2020, value: 30 },
      targetYear: 2025,
      expected: 80,
      held: false,
      meetsTarget: true,
      reachedIn: 2025,
    });
  });

  it('falls short at +2 points a year and names the year the pace would get there (2038)', () => {
    const figures = [valueFigure(2018, 10), valueFigure(2020, 14)];
    const projection = projectToTarget({ indicator: percent, figures, target: target(2025, 50), year: 2020 })!;
    expect(projection.expected).toBe(24); // 14 + 2 × 5
    expect(projection.meetsTarget).toBe(false);
    expect(projection.reachedIn).toBe(2038); // 36 points to go at 2 a year: 18 years
  });

  it('holds a percent at 100 and says so; the target is reached in 2021, the first year past it', () => {
    const figures = [valueFigure(2019, 60), valueFigure(2020, 80)];
    const projection = projectToTarget({ indicator: percent, figures, target: target(2025, 100), year: 2020 })!;
    expect(projection.expected).toBe(100); // the straight line would say 180
    expect(projection.held).toBe(true);
    expect(projection.reachedIn).toBe(2021);
  });

  it('says "not at this pace" (null) when the figures move away from the target', () => {
    const figures = [valueFigure(2019, 30), valueFigure(2020, 25)];
    const projection = projectToTarget({ indicator: percent, figures, target: target(2025, 50), year: 2020 })!;
    expect(projection.expected).toBe(0);
    expect(projection.meetsTarget).toBe(false);
    expect(projection.reachedIn).toBeNull();
  });

  it('never takes a count below 0, and a falling count meets a ≤ target when it gets there', () => {
    const figures = [valueFigure(2019, 900), valueFigure(2020, 600)];
    const projection = projectToTarget({ indicator: count, figures, target: target(2025, 100, 'lte'), year: 2020 })!;
    expect(projection.expected).toBe(0); // 600 − 300 × 5 = −900, held at 0
    expect(projection.held).toBe(true);
    expect(projection.reachedIn).toBe(2022); // 500 to go at 300 a year: 2 years (1.67, counted whole)
  });

  it('keeps a rank at 1st at best, among the 34 provinces ranked in 2025 (DTI 16, 5, 6, 4 of 63 in 2020–2023)', () => {
    const figures = [rankFigure(2020, 16), rankFigure(2021, 5), rankFigure(2022, 6), rankFigure(2023, 4)];
    const projection = projectToTarget({ indicator: dti, figures, target: target(2025, 10, 'lte', { outOf: 63 }), year: 2023 })!;
    // Percentile 16/63 → 4/63 in three years is −4/63 a year; two more years go past the top.
    expect(projection.from).toEqual({ year: 2023, value: 4 });
    expect(projection.expected).toBe(1);
    expect(projection.held).toBe(true);
    expect(projection.meetsTarget).toBe(true);
    expect(projection.reachedIn).toBe(2023); // 4th already meets "top 10 of 63"
  });

  it('reads a slipping rank back as a position among 34: 5th then 6th of 63 heads for 5th of 34 in 2025', () => {
    const figures = [rankFigure(2021, 5), rankFigure(2022, 6)];
    const projection = projectToTarget({ indicator: dti, figures, target: target(2025, 10, 'lte', { outOf: 63 }), year: 2022 })!;
    // 6/63 + 3 × 1/63 = 9/63 = 0.143 of those ranked; 0.143 × 34 = 4.9 → 5th.
    expect(projection.expected).toBe(5);
    expect(projection.meetsTarget).toBe(true);
  });

  it('has nothing to say without a target, with one figure, at or past the target year, or for a task', () => {
    const two = [valueFigure(2019, 20), valueFigure(2020, 30)];
    expect(projectToTarget({ indicator: percent, figures: two, target: null, year: 2020 })).toBeNull();
    expect(projectToTarget({ indicator: percent, figures: [valueFigure(2020, 30)], target: target(2025, 80), year: 2020 })).toBeNull();
    expect(projectToTarget({ indicator: percent, figures: two, target: target(2020, 80), year: 2020 })).toBeNull();
    const task = indicator('task', 'Nhiệm vụ', 'Task', { kind: 'milestone', unit: 'none' });
    const states = [milestoneFigure(2019, 'not-started', null), milestoneFigure(2020, 'in-progress', null)];
    expect(projectToTarget({ indicator: task, figures: states, target: target(2025, 1), year: 2020 })).toBeNull();
  });

  it('ignores figures after the year looked at', () => {
    const figures = [valueFigure(2019, 20), valueFigure(2020, 30), valueFigure(2021, 90)];
    expect(projectToTarget({ indicator: percent, figures, target: target(2025, 80), year: 2020 })!.expected).toBe(80);
  });
});

describe('compoundProjection: UNSD’s compound-growth variant, for the method note', () => {
  it('doubles 20 again by 2025 where 10 became 20 in 2015–2020 (the linear pace says 30)', () => {
    expect(compoundProjection({ year: 2015, value: 10 }, { year: 2020, value: 20 }, 2025)).toBeCloseTo(40, 9);
  });

  it('is undefined from a base of 0', () => {
    expect(compoundProjection({ year: 2015, value: 0 }, { year: 2020, value: 20 }, 2025)).toBeNull();
  });
});
