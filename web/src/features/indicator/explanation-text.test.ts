import { buildAsOf, buildSeries, type IndicatorData, type Source } from '@kpi/shared';
import { indicator, percentShape, rankFigure, rankShape, target, valueFigure } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';
import { indicatorPageWords } from '../../i18n/indicator-words';
import { explanationRows } from './explanation-text';

// Hypothetical figures (the report has no indicator between base and target): enough to exercise
// the progress-ratio branch with numbers checkable by hand.
const plan: Source = {
  id: 9,
  number: '131/KH-UBND',
  title: 'Kế hoạch',
  issuer: null,
  publisher: null,
  date: null,
  kind: 'plan',
  url: null,
  note: null,
  noteEn: null,
};
const onlineDossiers = indicator('online-dossiers-rate', 'Tỷ lệ hồ sơ trực tuyến', 'Online dossiers', percentShape);

function rows(data: IndicatorData, year: number, dictionary = vi, locale: 'vi' | 'en' = 'vi') {
  const result = explanationRows(data.indicator, buildAsOf(data, year), buildSeries(data), { ...dictionary, ...indicatorPageWords[locale] }, locale);
  return Object.fromEntries(result.map((row) => [row.key, row.value]));
}

describe('explanationRows', () => {
  it('states needed and made progress in points a year, their ratio and the band it falls in', () => {
    // 20 % in 2020 to 60 % by 2025 needs +8 points a year; 30 % in 2022 made +5: ratio 0.625.
    const data: IndicatorData = {
      indicator: onlineDossiers,
      figures: [valueFigure(2020, 20), valueFigure(2022, 30)],
      targets: [target(2025, 60, 'gte', { source: plan })],
    };
    expect(rows(data, 2022)).toEqual({
      base: 'Năm 2020: 20%',
      latest: 'Năm 2022: 30%',
      target: '≥ 60% vào năm 2025, theo 131/KH-UBND',
      required: '+8 điểm %/năm',
      actual: '+5 điểm %/năm',
      ratio: '0,63',
      threshold: 'Tỷ số 0,63 trong khoảng 0,5 đến dưới 0,95: có tiến bộ nhưng cần đẩy nhanh',
    });
    expect(rows(data, 2022, en, 'en').threshold).toBe('Ratio 0.63 between 0.5 and 0.95: fair progress, acceleration needed');
  });

  it('states rank progress in places a year, gaining places as plus', () => {
    // 50/63 in 2019 to ≤ 10/63 by 2025 needs 40 places in 6 years (+6,7 a year); 26/63 in 2020 made +24.
    const data: IndicatorData = {
      indicator: indicator('egov-rank', 'Xếp hạng Chính phủ điện tử', 'E-government ranking', rankShape),
      figures: [rankFigure(2019, 50), rankFigure(2020, 26)],
      targets: [target(2025, 10, 'lte', { source: plan, outOf: 63 })],
    };
    const result = rows(data, 2020);
    expect(result.base).toBe('Năm 2019: 50/63');
    expect(result.target).toBe('≤ 10/63 vào năm 2025, theo 131/KH-UBND');
    expect(result.required).toBe('+6,7 bậc/năm');
    expect(result.actual).toBe('+24 bậc/năm');
    expect(result.threshold).toBe('Tỷ số 3,60 ≥ 0,95: tiến độ tốt, đúng lộ trình');
  });

  it('names the target year passed unmet', () => {
    const data: IndicatorData = {
      indicator: onlineDossiers,
      figures: [valueFigure(2019, 10), valueFigure(2020, 25)],
      targets: [target(2020, 30, 'gte', { source: plan })],
    };
    expect(rows(data, 2020).threshold).toBe('Đã đến năm mục tiêu 2020 mà số liệu chưa đạt');
  });
});
