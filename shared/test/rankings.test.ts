import { describe, expect, it } from 'vitest';
import { province } from './factories.js';
import { amongProvinces, formatPeerSet, medianScore, parsePeerSet, peerQuery, provinceMatcher, rankedInYear } from '../src/index.js';

const provinces = [
  province('bac-ninh', 'Bắc Ninh', { validTo: '2025-06-30' }),
  province('bac-giang', 'Bắc Giang', { validTo: '2025-06-30' }),
  province('bac-ninh-2025', 'Bắc Ninh', { validFrom: '2025-07-01', formedFrom: ['bac-giang', 'bac-ninh'] }),
  province('hue', 'Huế', { kind: 'city', aliases: ['Thừa Thiên Huế'] }),
  province('x-1', 'Trùng Tên'),
  province('x-2', 'Trùng Tên'),
];

describe('provinceMatcher', () => {
  const match = provinceMatcher(provinces);
  it('reads a shared name as the province of the year’s table: the 63 up to 2023, the 34 from 2024', () => {
    expect(match('Tỉnh BẮC NINH', 2023)).toMatchObject({ ok: true, province: { code: 'bac-ninh' } });
    expect(match('bac ninh', 2024)).toMatchObject({ ok: true, province: { code: 'bac-ninh-2025' } });
    expect(match('Thừa Thiên Huế', 2022)).toMatchObject({ ok: true, province: { code: 'hue' } });
  });
  it('says why a name is refused: merged away, several, or none (with the nearest)', () => {
    expect(match('Bắc Giang', 2024)).toMatchObject({ ok: false, reason: 'not-in-year' });
    expect(match('Trùng tên', 2023)).toMatchObject({ ok: false, reason: 'ambiguous', candidates: [{ code: 'x-1' }, { code: 'x-2' }] });
    const none = match('Bac Giangg', 2023);
    expect(none).toMatchObject({ ok: false, reason: 'unknown' });
    expect(!none.ok && none.candidates[0]?.code).toBe('bac-giang');
  });
  it('knows which table ranks a province', () => {
    expect([rankedInYear(provinces[0]!, 2023), rankedInYear(provinces[0]!, 2024), rankedInYear(provinces[2]!, 2024)]).toEqual([true, false, true]);
  });
});

describe('medianScore', () => {
  it('is the middle of a whole table with every score, and unknown otherwise', () => {
    expect(medianScore([0.5, 0.1, 0.3], 3)).toBe(0.3);
    expect(medianScore([0.5, 0.1, 0.3, 0.2], 4)).toBeCloseTo(0.25);
    expect(medianScore([0.5, 0.1], 3)).toBeNull();
    expect(medianScore([0.5, null, 0.1], 3)).toBeNull();
  });
});

describe('peer sets in the address', () => {
  it('round-trips presets and custom lists, dropping what does not parse and Lạng Sơn itself', () => {
    expect(parsePeerSet('top10')).toEqual({ preset: 'top10' });
    expect(parsePeerSet(null)).toEqual({ preset: 'neighbours' });
    expect(parsePeerSet('cao-bang,lang-son,Bad Code,quang-ninh,cao-bang')).toEqual({ preset: 'custom', provinces: ['cao-bang', 'quang-ninh'] });
    expect(formatPeerSet(parsePeerSet('cao-bang,quang-ninh'))).toBe('cao-bang,quang-ninh');
    expect(parsePeerSet(formatPeerSet({ preset: 'custom', provinces: [] }))).toEqual({ preset: 'custom', provinces: [] });
    expect(peerQuery({ preset: 'top10' })).toEqual({ provinces: [], top: 10 });
    expect(peerQuery({ preset: 'neighbours' }).provinces).toContain('cao-bang');
  });
});

describe('amongProvinces', () => {
  const row = (year: number, rank: number, outOf: number, province = 'lang-son') => ({
    province,
    year,
    rank,
    outOf,
    score: null,
    pillars: { government: null, economy: null, society: null },
    sourceId: 1,
    note: null,
  });
  const source = {
    id: 1,
    number: null,
    title: 'Bảng',
    issuer: null,
    publisher: null,
    date: null,
    kind: 'ranking' as const,
    url: null,
    note: null,
    noteEn: null,
  };
  const ranks = (rows: ReturnType<typeof row>[]) => ({
    index: 'dti' as const,
    provinces: [province('lang-son', 'Lạng Sơn')],
    ranks: rows,
    years: [...new Set(rows.map((r) => r.year))].map((year) => ({ year, outOf: rows.find((r) => r.year === year)!.outOf, rows: 1, medianScore: null })),
    sources: [source],
  });
  it('does not count places across the 63 → 34 break, and cites the rows’ source', () => {
    const text = amongProvinces(ranks([row(2023, 4, 63), row(2024, 3, 34)]), 2024, 'vi', () => [7]);
    expect(text).toEqual({
      heading: 'Vị trí của Lạng Sơn trong cả nước',
      text: 'Trong bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024 của 34 tỉnh, thành phố, Lạng Sơn xếp thứ 3, không so sánh số bậc với các năm trước vì từ năm 2024 bảng xếp hạng 34 tỉnh, thành sau sáp nhập thay cho 63.',
      refs: [7],
    });
    expect(amongProvinces(ranks([row(2021, 5, 63), row(2022, 6, 63)]), 2022, 'en', () => [1])?.text).toMatch(/ranked 6, down 1 place on 2021 \(5\)\.$/);
  });
});
