import { describe, expect, it } from 'vitest';
import { buildCards, isCurrentIn } from '../src/indicator-view.js';
import { indicator, rankFigure, rankShape } from './factories.js';

const egov = indicator('egov-rank', 'Xếp hạng Chính phủ điện tử', 'E-government ranking', {
  ...rankShape,
  replacedBy: { code: 'dti-rank', fromYear: 2021 },
});
const dti = indicator('dti-rank', 'Xếp hạng DTI', 'DTI rank', rankShape);
const data = [
  { indicator: egov, figures: [rankFigure(2019, 50), rankFigure(2020, 26)], targets: [] },
  { indicator: dti, figures: [rankFigure(2020, 16), rankFigure(2021, 5)], targets: [] },
];

describe('replaced indicators', () => {
  it('are current before the year of their replacement and not from it on', () => {
    expect(isCurrentIn(egov, 2020)).toBe(true);
    expect(isCurrentIn(egov, 2021)).toBe(false);
    expect(isCurrentIn(egov, 2030)).toBe(false);
    expect(isCurrentIn(dti, 2030)).toBe(true);
  });

  it('have no card from the year of their replacement on, and their figures as before until then', () => {
    expect(buildCards(data, 2020).map((card) => card.code)).toEqual(['egov-rank', 'dti-rank']);
    expect(buildCards(data, 2020)[0]).toMatchObject({ figure: { year: 2020, position: 26 } });
    expect(buildCards(data, 2021).map((card) => card.code)).toEqual(['dti-rank']);
  });
});
