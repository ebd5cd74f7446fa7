import { describe, expect, it } from 'vitest';
import { buildAsOf, buildCard } from '../src/indicator-view.js';
import { buildOutlook } from '../src/outlook.js';
import { indicator, milestoneFigure, rankFigure, rankShape, target, valueFigure } from './factories.js';

const percent = indicator('rate', 'Tỷ lệ', 'Rate');
const withTarget = { indicator: percent, figures: [valueFigure(2018, 10), valueFigure(2020, 14)], targets: [target(2025, 50)] };

describe('buildOutlook: one outlook per indicator and year', () => {
  it('gives a target the projection at the current pace: 10 % → 14 % (2018–2020) reaches 24 % in 2025, 50 % in 2038', () => {
    expect(buildOutlook({ ...withTarget, target: withTarget.targets[0]!, year: 2020 })).toEqual({
      kind: 'projection',
      from: { year: 2020, value: 14 },
      targetYear: 2025,
      expected: 24,
      held: false,
      meetsTarget: false,
      reachedIn: 2038,
    });
  });

  it('holds a percent at 100 and says so', () => {
    const figures = [valueFigure(2019, 60), valueFigure(2020, 80)];
    expect(buildOutlook({ indicator: percent, figures, target: target(2025, 95), year: 2020 })).toMatchObject({ expected: 100, held: true, reachedIn: 2021 });
  });

  it('gives an indicator without a target its trend verdict, with the growth a year', () => {
    const outlook = buildOutlook({ indicator: percent, figures: [valueFigure(2018, 50), valueFigure(2020, 40)], target: null, year: 2020 });
    expect(outlook).toMatchObject({ kind: 'trend', verdict: 'deteriorating' });
    expect(outlook?.kind === 'trend' && outlook.growthPerYear).toBeCloseTo(Math.sqrt(0.8) - 1);
  });

  it('says a single figure is too few to judge, with or without a target; nothing without figures or for a task', () => {
    expect(buildOutlook({ indicator: percent, figures: [valueFigure(2020, 40)], target: null, year: 2020 })).toEqual({ kind: 'too-few' });
    expect(buildOutlook({ indicator: percent, figures: [valueFigure(2020, 40)], target: target(2025, 50), year: 2020 })).toEqual({ kind: 'too-few' });
    // One figure that already meets the target is achieved, not "too few".
    expect(buildOutlook({ indicator: percent, figures: [valueFigure(2020, 60)], target: target(2025, 50), year: 2020 })).toBeNull();
    expect(buildOutlook({ indicator: percent, figures: [], target: null, year: 2020 })).toBeNull();
    const task = indicator('task', 'Nhiệm vụ', 'Task', { kind: 'milestone', unit: 'none' });
    expect(buildOutlook({ indicator: task, figures: [milestoneFigure(2021, 'in-progress', null)], target: null, year: 2021 })).toBeNull();
  });

  it('says nothing once the target year is reached: the status says met or missed', () => {
    const figures = [valueFigure(2024, 30), valueFigure(2025, 40)];
    expect(buildOutlook({ indicator: percent, figures, target: target(2025, 50), year: 2025 })).toBeNull();
  });

  it('is carried, the same, on the card and on the indicator page as of the year', () => {
    expect(buildCard(withTarget, 2020).outlook).toEqual(buildAsOf(withTarget, 2020).outlook);
    expect(buildCard(withTarget, 2020).outlook).toMatchObject({ kind: 'projection', reachedIn: 2038 });
  });

  it('projects a rank from its position to a position among those ranked in the target year', () => {
    const dti = indicator('dti-rank', 'Xếp hạng DTI', 'DTI rank', rankShape);
    const data = {
      indicator: dti,
      figures: [rankFigure(2022, 16), rankFigure(2023, 15)],
      targets: [target(2025, 10, 'lte', { outOf: 63, reading: 'position' })],
    };
    expect(buildCard(data, 2023).outlook).toEqual({
      kind: 'projection',
      from: { year: 2023, value: 15 },
      targetYear: 2025,
      expected: 7,
      held: false,
      meetsTarget: true,
      reachedIn: 2024,
    });
  });
});
