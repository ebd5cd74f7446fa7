import { describe, expect, it } from 'vitest';
import type { IndicatorData } from '../../src/indicator-view.js';
import type { Source } from '../../src/schemas/index.js';
import { buildReview } from '../../src/review/build-review.js';
import { indicator, rankFigure, rankShape, target, testGroups, valueFigure } from '../factories.js';

const doc = (id: number, number: string | null, title: string): Source => ({
  id,
  number,
  title,
  issuer: null,
  publisher: null,
  date: null,
  kind: 'plan',
  url: null,
  note: null,
  noteEn: null,
});
const report2018 = doc(1, null, 'Báo cáo năm 2018');
const report2020 = doc(2, null, 'Báo cáo năm 2020');
const plan = doc(3, '131/KH-UBND', 'Kế hoạch phát triển kinh tế số');
const dxPlan = doc(4, null, 'Kế hoạch chuyển đổi số đến năm 2025');

const data: IndicatorData[] = [
  {
    indicator: indicator('fibre-rate', 'Tỷ lệ hộ có cáp quang', 'Households with fibre', { group: 'telecoms' }),
    figures: [valueFigure(2018, 10, { source: report2018 }), valueFigure(2020, 14, { source: report2020, locator: 'Mục 3' })],
    targets: [target(2025, 50, 'gte', { source: plan })],
  },
  {
    indicator: indicator('dti-rank', 'Xếp hạng DTI', 'DTI rank', { ...rankShape, group: 'digital-transformation' }),
    figures: [rankFigure(2018, 16, 63, { source: report2018 }), rankFigure(2020, 14, 63, { source: report2020 })],
    targets: [target(2025, 10, 'lte', { source: dxPlan, outOf: 63, reading: 'position' })],
  },
  {
    indicator: indicator('ict-index-rank', 'Xếp hạng ICT Index', 'ICT Index rank', { ...rankShape, group: 'digital-transformation' }),
    figures: [rankFigure(2018, 40, 63, { source: report2018 }), rankFigure(2020, 32, 63, { source: report2020 })],
    targets: [],
  },
  {
    indicator: indicator('single', 'Chỉ tiêu một số liệu', 'One figure', { group: 'telecoms' }),
    figures: [valueFigure(2020, 5, { source: report2020 })],
    targets: [],
  },
];

describe('the yearly review’s "where we are heading" paragraph', () => {
  const vi = buildReview(data, testGroups, 2020, 'vi', '2021-01-15T03:00:00Z');
  const sentence = (code: string) => vi.outlook.sentences.find((s) => s.indicatorCode === code)!;
  const label = (n: number) => vi.sources.find((s) => s.n === n)!.label;

  it('says where a target indicator is heading at the pace since its first figure, with the year it is met', () => {
    expect(vi.outlook.heading).toBe('Xu hướng và dự báo');
    expect(sentence('fibre-rate').text).toBe(
      'Tỷ lệ hộ có cáp quang: với tốc độ bình quân giai đoạn 2018–2020, năm 2025 ước đạt khoảng 24%; với tốc độ này đạt mục tiêu 50% theo 131/KH-UBND vào năm 2038.',
    );
  });

  it('cites the two figures the pace runs between and the target’s document, numbered as the review cites them', () => {
    expect(sentence('fibre-rate').refs.map(label)).toEqual(['Báo cáo năm 2018', 'Báo cáo năm 2020, Mục 3', '131/KH-UBND — Kế hoạch phát triển kinh tế số']);
  });

  it('states a position target as a place, projected among those ranked in the target year', () => {
    // 14/63 − 2.5 × 2/63 = 9/63 of those ranked in 2025, 4.9 of 34: 5th.
    expect(sentence('dti-rank').text).toBe(
      'Xếp hạng DTI: với tốc độ bình quân giai đoạn 2018–2020, năm 2025 ước đạt khoảng hạng 5/34; với tốc độ này đạt mục tiêu hạng 10 theo Kế hoạch chuyển đổi số đến năm 2025 vào năm 2024.',
    );
  });

  it('gives an indicator without a target its trend, and leaves out a single figure', () => {
    expect(sentence('ict-index-rank').text).toMatch(/^Xếp hạng ICT Index chưa có mục tiêu; giai đoạn 2018–2020 đang cải thiện \(\+\d+,\d% mỗi năm\)\.$/);
    expect(vi.outlook.sentences.map((s) => s.indicatorCode)).not.toContain('single');
  });

  it('writes English with English number formats', () => {
    const en = buildReview(data, testGroups, 2020, 'en', '2021-01-15T03:00:00Z');
    expect(en.outlook.heading).toBe('Where we are heading');
    expect(en.outlook.sentences[0]!.text).toMatch(
      /^DTI rank: at the average pace of 2018–2020, 2025 would reach about rank 5\/34; at this pace the rank 10 target/,
    );
  });

  it('says so when no indicator has two figures', () => {
    const none = buildReview([data[3]!], testGroups, 2020, 'vi', '2021-01-15T03:00:00Z');
    expect(none.outlook).toEqual({ heading: 'Xu hướng và dự báo', sentences: [], empty: 'Chưa đủ số liệu của hai năm trở lên để dự báo.' });
  });
});
