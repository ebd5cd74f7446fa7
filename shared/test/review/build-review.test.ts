import { describe, expect, it } from 'vitest';
import type { IndicatorData } from '../../src/indicator-view.js';
import type { Source } from '../../src/schemas/index.js';
import { bluezone2020, indicator, rankFigure, rankShape, target, testGroups, valueFigure } from '../factories.js';
import { buildReview } from '../../src/review/build-review.js';
import { reviewSchema } from '../../src/schemas/review.js';

const report: Source = {
  id: 1,
  number: null,
  title: 'Hội nghị tổng kết năm 2020',
  issuer: null,
  publisher: null,
  date: null,
  kind: 'report',
  url: null,
  note: null,
  noteEn: null,
};
const nq17: Source = {
  id: 2,
  number: '17/NQ-CP',
  title: 'Nghị quyết về Chính phủ điện tử',
  issuer: 'Chính phủ',
  publisher: null,
  date: '2019-03-07',
  kind: 'resolution',
  url: null,
  note: null,
  noteEn: null,
};

const withSource = <T extends object>(f: T) => ({ ...f, source: report });

const data: IndicatorData[] = [
  {
    indicator: indicator('online-services-level4-rate', 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', 'Level-4 online public services', {}),
    figures: [{ ...withSource(valueFigure(2020, 37.6)), locator: 'Đoạn "Năm 2020…"' }],
    targets: [{ ...target(2020, 30), source: nq17, locator: 'Mục II.1' }],
  },
  {
    indicator: indicator('egov-rank', 'Xếp hạng Chính phủ điện tử', 'E-government ranking', rankShape),
    figures: [withSource(rankFigure(2019, 50)), withSource(rankFigure(2020, 26))],
    targets: [],
  },
  {
    indicator: indicator('bluezone-install-rate', 'Tỷ lệ cài đặt Bluezone', 'Bluezone install rate', { kind: 'ratio', group: 'digital-society', decimals: 2 }),
    figures: [withSource(bluezone2020)],
    targets: [],
  },
];

describe('the yearly review, drafted from the data', () => {
  const vi = buildReview(data, testGroups, 2020, 'vi', '2021-01-15T03:00:00Z');
  const text = vi.sections.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');

  it('states 37,6% against the 30% target of 17/NQ-CP as exceeded, in Vietnamese', () => {
    expect(text).toContain('Tỷ lệ dịch vụ công trực tuyến mức độ 4 năm 2020 đạt 37,6%, hoàn thành vượt mức mục tiêu 30% theo 17/NQ-CP ngày 07/03/2019.');
  });

  it('states 26/63 as up 24 places', () => {
    expect(text).toContain('Xếp hạng Chính phủ điện tử năm 2020 xếp 26/63 tỉnh, thành phố, tăng 24 bậc so với năm 2019.');
  });

  it('states the published 29,71% with its data-quality caveat', () => {
    expect(text).toContain('154.231/519.755, đạt tỷ lệ 29,67% (số công bố 29,71%');
    const caveat = vi.caveats.find((c) => /số công bố 29,71% khác tỷ lệ tính từ tử số và mẫu số \(29,67%\)/.test(c.text));
    expect(caveat?.refs.length).toBeGreaterThan(0);
    // The caveat cites the figure's own source, as the sentence it qualifies does.
    const bluezone = vi.sections.flatMap((s) => s.sentences).find((s) => s.indicatorCode === 'bluezone-install-rate')!;
    expect(caveat!.refs).toEqual(bluezone.refs);
  });

  it('cites every sentence’s sources by number', () => {
    const services = vi.sections[0]!.sentences.find((s) => s.indicatorCode === 'online-services-level4-rate')!;
    expect(services.refs.map((n) => vi.sources.find((s) => s.n === n)?.source.id)).toEqual([1, 2]);
    expect(vi.sources.map((s) => s.n)).toEqual([1, 2, 3]);
    expect(vi.intro).toContain('15/01/2021');
    expect(vi.intro).toMatch(/3 chỉ tiêu có số liệu, trong đó 1 chỉ tiêu đạt/);
  });

  it('traces every figure to the place in its document: number, title and locator', () => {
    const services = vi.sections[0]!.sentences.find((s) => s.indicatorCode === 'online-services-level4-rate')!;
    const [figureRef, targetRef] = services.refs.map((n) => vi.sources.find((s) => s.n === n)!);
    expect(figureRef).toMatchObject({ locator: 'Đoạn "Năm 2020…"', label: 'Hội nghị tổng kết năm 2020, Đoạn "Năm 2020…"' });
    expect(targetRef).toMatchObject({ locator: 'Mục II.1', label: '17/NQ-CP ngày 07/03/2019 — Nghị quyết về Chính phủ điện tử, Mục II.1' });
    // The same document read at another place (no locator) is a reference of its own.
    const egov = vi.sections[0]!.sentences.find((s) => s.indicatorCode === 'egov-rank')!;
    expect(egov.refs).toHaveLength(1);
    expect(egov.refs[0]).not.toBe(figureRef!.n);
    expect(vi.sources.find((s) => s.n === egov.refs[0])).toMatchObject({ locator: null, label: 'Hội nghị tổng kết năm 2020' });
    expect(vi.sections.flatMap((s) => s.sentences).every((s) => s.refs.length > 0)).toBe(true);
  });

  it('writes English with English number formats', () => {
    const en = buildReview(data, testGroups, 2020, 'en', '2021-01-15T03:00:00Z');
    const enText = en.sections.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');
    expect(enText).toContain('Level-4 online public services reached 37.6% in 2020, exceeding the 30% target set by 17/NQ-CP of 07/03/2019.');
    expect(enText).toContain('26 of 63'.replace(' of ', '/'));
    expect(enText).toContain('up 24 places on 2019');
    expect(enText).toContain('154,231 of 519,755, a rate of 29.67% (published as 29.71%');
  });

  it('says a derived figure is derived, in each language, with its note among the caveats', () => {
    const derived = { basis: 'derived', note: 'Suy ra từ báo cáo.', noteEn: 'Derived from the report.' } as const;
    const egov2019: IndicatorData = { ...data[1]!, figures: [withSource(rankFigure(2019, 50, 63, derived))] };
    const sentence = (review: ReturnType<typeof buildReview>) => review.sections.flatMap((s) => s.sentences).find((s) => s.indicatorCode === 'egov-rank')?.text;
    const vi2019 = buildReview([egov2019], testGroups, 2019, 'vi', '2021-01-15T03:00:00Z');
    const en2019 = buildReview([egov2019], testGroups, 2019, 'en', '2021-01-15T03:00:00Z');
    expect(sentence(vi2019)).toBe('Xếp hạng Chính phủ điện tử năm 2019 xếp 50/63 tỉnh, thành phố (suy ra, xem lưu ý về chất lượng số liệu).');
    expect(sentence(en2019)).toMatch(/50\/63.* \(derived; see the data-quality notes\)\.$/);
    expect(vi2019.caveats.map((c) => c.text)).toEqual(['Xếp hạng Chính phủ điện tử năm 2019: Suy ra từ báo cáo.']);
    expect(en2019.caveats.map((c) => c.text)).toEqual(['E-government ranking, 2019: Derived from the report.']);
    // A stated figure is said as it is.
    expect(text).not.toMatch(/suy ra|giả định/);
  });

  it('leaves out an indicator retired or replaced by the year, as the overview does', () => {
    const retired = data.map((d) => (d.indicator.code === 'bluezone-install-rate' ? { ...d, indicator: { ...d.indicator, retiredFrom: 2020 } } : d));
    const replaced = data.map((d) =>
      d.indicator.code === 'egov-rank' ? { ...d, indicator: { ...d.indicator, replacedBy: { code: 'dti-rank', fromYear: 2020 } } } : d,
    );
    const sentences = (review: ReturnType<typeof buildReview>) => review.sections.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');
    expect(text).toContain('Bluezone');
    expect(sentences(buildReview(retired, testGroups, 2020, 'vi', '2021-01-15T03:00:00Z'))).not.toContain('Bluezone');
    expect(text).toContain('Xếp hạng Chính phủ điện tử');
    expect(sentences(buildReview(replaced, testGroups, 2020, 'vi', '2021-01-15T03:00:00Z'))).not.toContain('Xếp hạng Chính phủ điện tử');
  });

  it('says so when a year has no approved figures', () => {
    expect(buildReview(data, testGroups, 2015, 'vi', '2021-01-15T03:00:00Z')).toMatchObject({
      sections: [],
      intro: 'Chưa có số liệu được phê duyệt cho năm 2015.',
    });
  });

  it('carries the published analysis and actions into its tasks section, who and by when, overdue in words, in both languages', () => {
    const commentary = [
      {
        indicatorCode: 'bluezone-install-rate',
        orgUnit: 'tam-thanh',
        unitName: 'Tam Thanh',
        analysis: 'Tỷ lệ cài đặt thấp.\n\nNguyên nhân: thiếu điện thoại thông minh.',
        actions: [{ what: 'Vận động cài đặt', who: 'UBND phường', due: '2021-03-31', done: false }],
      },
      {
        indicatorCode: 'online-services-level4-rate',
        orgUnit: 'lang-son',
        unitName: null,
        analysis: '',
        actions: [
          { what: 'Rà soát thủ tục', who: 'Văn phòng UBND tỉnh', due: '2021-06-30', done: false },
          { what: 'Đào tạo cán bộ', who: 'Sở Nội vụ', due: null, done: true },
        ],
      },
      { indicatorCode: 'no-such-indicator', orgUnit: 'lang-son', unitName: null, analysis: 'x', actions: [] },
    ];
    const now = new Date('2021-05-01T00:00:00Z');
    const vi = buildReview(data, testGroups, 2020, 'vi', '2021-01-15T03:00:00Z', now, null, commentary).tasks;
    expect(vi).toEqual({
      heading: 'Phân tích và nhiệm vụ, giải pháp',
      empty: null,
      items: [
        {
          indicatorCode: 'bluezone-install-rate',
          orgUnit: 'tam-thanh',
          title: 'Tỷ lệ cài đặt Bluezone (Tam Thanh)',
          analysis: ['Tỷ lệ cài đặt thấp.', 'Nguyên nhân: thiếu điện thoại thông minh.'],
          actions: ['Vận động cài đặt — UBND phường, thời hạn 31/03/2021 (quá hạn).'],
        },
        {
          indicatorCode: 'online-services-level4-rate',
          orgUnit: 'lang-son',
          title: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
          analysis: [],
          actions: ['Rà soát thủ tục — Văn phòng UBND tỉnh, thời hạn 30/06/2021.', 'Đào tạo cán bộ — Sở Nội vụ, thường xuyên (đã hoàn thành).'],
        },
      ],
    });
    const en = buildReview(data, testGroups, 2020, 'en', '2021-01-15T03:00:00Z', now, null, commentary).tasks;
    expect(en.heading).toBe('Analysis and actions');
    expect(en.items[0]!.actions).toEqual(['Vận động cài đặt — UBND phường, by 31/03/2021 (overdue).']);
    expect(buildReview(data, testGroups, 2020, 'en', '2021-01-15T03:00:00Z').tasks).toEqual({
      heading: 'Analysis and actions',
      items: [],
      empty: 'No analysis or action has been published for 2020.',
    });
  });

  it('always has its tasks section: the schema the API answers with requires it', () => {
    const review = buildReview(data, testGroups, 2020, 'vi', '2021-01-15T03:00:00Z');
    expect(reviewSchema.safeParse(review).success).toBe(true);
    const { tasks: _tasks, ...withoutTasks } = review;
    expect(reviewSchema.safeParse(withoutTasks).success).toBe(false);
  });
});
