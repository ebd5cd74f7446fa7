import { describe, expect, it } from 'vitest';
import { figureEntrySchema, figureSchema, indicatorDefinitionSchema, indicatorSchema, targetSchema } from '../src/schemas/index.js';
import { indicator, milestoneFigure, newDefinition, ratioEntry, ratioFigure, rankFigure, rankShape, target, valueFigure } from './factories.js';

// Every package's tests build their data with these factories: parsing what they make with the
// contract's schemas keeps them from drifting from it.
describe('test factories', () => {
  it('make figures of each kind that the figure schema accepts unchanged', () => {
    const figures = [valueFigure(2020, 37.6), rankFigure(2020, 26), ratioFigure(2020, 154231, 519755, 29.71), milestoneFigure(2021, 'done', '2021-06-01')];
    for (const figure of figures) expect(figureSchema.parse(figure)).toEqual(figure);
    expect(rankFigure(2024, 17, 34).percentile).toBe(0.5);
  });

  it('make indicators, targets and entries that their schemas accept unchanged', () => {
    const egov = indicator('egov-rank', 'Xếp hạng', 'Rank', rankShape);
    expect(indicatorSchema.parse(egov)).toEqual(egov);
    expect(targetSchema.parse(target(2025, 10, 'lte', { outOf: 63 }))).toEqual(target(2025, 10, 'lte', { outOf: 63 }));
    expect(figureEntrySchema.parse(ratioEntry(160000, 2))).toEqual(ratioEntry(160000, 2));
    expect(indicatorDefinitionSchema.parse(newDefinition({ decimals: 0 }))).toMatchObject({ ...newDefinition(), decimals: 0 });
  });
});
