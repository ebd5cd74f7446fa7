import { describe, expect, it } from 'vitest';
import { normaliseUnitName, unitFigureRefusal, unitLabel, unitMatcher, type MatchableUnit } from '../src/index.js';

const unit = (code: string, name: string, kind: MatchableUnit['kind'], validFrom: string | null = null, validTo: string | null = null): MatchableUnit => ({
  code,
  name,
  kind,
  validFrom,
  validTo,
});
const NEW = '2025-07-01';
const OLD = '2025-06-30';
const UNITS = [
  unit('lang-son', 'Lạng Sơn', 'province'),
  unit('tp-lang-son', 'Lạng Sơn', 'city', null, OLD),
  unit('huyen-loc-binh', 'Lộc Bình', 'district', null, OLD),
  unit('loc-binh-thi-tran-loc-binh', 'Lộc Bình', 'town', null, OLD),
  unit('loc-binh-mau-son', 'Mẫu Sơn', 'commune', null, OLD),
  unit('loc-binh', 'Lộc Bình', 'commune', NEW),
  unit('mau-son', 'Mẫu Sơn', 'commune', NEW),
  unit('tan-doan', 'Tân Đoàn', 'commune', NEW),
  unit('tan-tien', 'Tân Tiến', 'commune', NEW),
  unit('tan-tri', 'Tân Tri', 'commune', NEW),
  unit('tam-thanh', 'Tam Thanh', 'ward', NEW),
  unit('dong-dang', 'Đồng Đăng', 'commune', NEW),
];
const match = unitMatcher(UNITS);
const codeOf = (text: string, year: number | null = 2026) => {
  const found = match(text, year);
  return found.ok ? found.unit.code : `${found.reason}: ${found.candidates.map((u) => u.code).join(' ')}`;
};

describe('matching a unit as a spreadsheet names it', () => {
  it('normalises case, diacritics, đ and spacing', () => {
    expect(normaliseUnitName('  Xã  TÂN-ĐOÀN ')).toBe('xa tan doan');
    expect(normaliseUnitName('Đồng Đăng')).toBe('dong dang');
    // Decomposed input (as some editors save it) reads as the composed form.
    expect(normaliseUnitName('Tân Đoàn'.normalize('NFD'))).toBe('tan doan');
  });

  it('finds a unit by its code or its name, with or without the kind word', () => {
    for (const text of ['Xã Tân Đoàn', 'tan doan', 'TÂN ĐOÀN', 'tan-doan', 'xa tan doan', 'Tân  Đoàn']) {
      expect(codeOf(text), text).toBe('tan-doan');
    }
    expect(codeOf('Phường Tam Thanh')).toBe('tam-thanh');
    expect(codeOf('Dong Dang')).toBe('dong-dang');
    expect(codeOf('Tỉnh Lạng Sơn')).toBe('lang-son');
  });

  it('narrows a shared name to the units of the figure’s year, else calls it ambiguous with the candidates', () => {
    expect(codeOf('Lộc Bình', 2026)).toBe('loc-binh');
    expect(codeOf('Lộc Bình', 2024)).toBe('ambiguous: huyen-loc-binh loc-binh-thi-tran-loc-binh');
    expect(codeOf('Huyện Lộc Bình', 2024)).toBe('huyen-loc-binh');
    expect(codeOf('Thị trấn Lộc Bình', 2024)).toBe('loc-binh-thi-tran-loc-binh');
    // 2025 holds both the former units (to 30/6) and the new commune (from 1/7): the year-end one wins.
    expect(codeOf('Mẫu Sơn', 2025)).toBe('mau-son');
    expect(codeOf('Lộc Bình', 2025)).toBe('loc-binh');
    expect(codeOf('loc-binh-mau-son', 2025)).toBe('loc-binh-mau-son');
    // Without a year to narrow by, every unit of the name is a candidate.
    expect(codeOf('Mẫu Sơn', null)).toBe('ambiguous: loc-binh-mau-son mau-son');
    // A code is never ambiguous, even where it spells another unit's name.
    expect(codeOf('loc-binh', 2024)).toBe('loc-binh');
  });

  it('answers an unknown name with the nearest few units of that year', () => {
    const found = match('Tân Đòan Mới', 2026);
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.reason).toBe('unknown');
    expect(found.candidates[0]?.code).toBe('tan-doan');
    expect(found.candidates.length).toBeLessThanOrEqual(5);
    expect(found.candidates.map((u) => u.code)).not.toContain('huyen-loc-binh');
  });
});

describe('whether a unit may hold a figure', () => {
  const tamThanh = UNITS.find((u) => u.code === 'tam-thanh');
  it('lets the province hold any, and refuses an unknown unit, a unit out of its years, or an indicator without units', () => {
    expect(unitFigureRefusal(undefined, true, 'none', 2020)).toBeUndefined();
    expect(unitFigureRefusal(undefined, false, 'sum', 2026)).toBe('unknown-org-unit');
    expect(unitFigureRefusal(tamThanh, false, 'sum', 2024)).toBe('org-unit-not-in-year');
    expect(unitFigureRefusal(tamThanh, false, 'none', 2026)).toBe('indicator-has-no-units');
    expect(unitFigureRefusal(tamThanh, false, 'ratio-sum', 2025)).toBeUndefined();
  });

  it('names a unit with its kind and code in either language', () => {
    expect(unitLabel(tamThanh!, 'vi')).toBe('Phường Tam Thanh (tam-thanh)');
    expect(unitLabel(tamThanh!, 'en')).toBe('Tam Thanh Ward (tam-thanh)');
  });
});
