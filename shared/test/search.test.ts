import { describe, expect, it } from 'vitest';
import { foldDiacritics, indicatorMatches } from '../src/search.js';

const services = {
  code: 'online-services-level4-rate',
  name: { vi: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', en: 'Share of public services online at level 4' },
};
const egov = {
  code: 'egov-rank',
  name: { vi: 'Xếp hạng Chính phủ điện tử', en: 'E-government ranking' },
};

describe('foldDiacritics', () => {
  it('drops tone and vowel marks and maps đ to d', () => {
    expect(foldDiacritics('Dịch vụ công')).toBe('dich vu cong');
    expect(foldDiacritics('Điện tử, Lạng Sơn')).toBe('dien tu, lang son');
    expect(foldDiacritics('Ứng dụng Bluezone')).toBe('ung dung bluezone');
  });

  it('folds text typed as decomposed (NFD) and precomposed (NFC) alike', () => {
    expect(foldDiacritics('công'.normalize('NFD'))).toBe(foldDiacritics('công'.normalize('NFC')));
  });
});

describe('indicatorMatches', () => {
  it('finds “dịch vụ công” from a query typed without marks', () => {
    expect(indicatorMatches(services, 'dich vu cong')).toBe(true);
    expect(indicatorMatches(egov, 'dich vu cong')).toBe(false);
  });

  it('needs every word, in any order, in either language or the code', () => {
    expect(indicatorMatches(services, 'cong   DICH')).toBe(true);
    expect(indicatorMatches(services, 'level 4')).toBe(true);
    expect(indicatorMatches(egov, 'egov')).toBe(true);
    expect(indicatorMatches(egov, 'điện tử xếp hạng')).toBe(true);
    expect(indicatorMatches(egov, 'dien tu bluezone')).toBe(false);
  });

  it('matches everything for an empty or blank query', () => {
    expect(indicatorMatches(egov, '')).toBe(true);
    expect(indicatorMatches(egov, '   ')).toBe(true);
  });
});
