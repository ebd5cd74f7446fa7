import { describe, expect, it } from 'vitest';
import { currentCommunes, isCurrentCommune } from '../src/index.js';

const unit = (name: string, kind: 'province' | 'district' | 'commune' | 'ward', validTo: string | null = null) => ({ code: name, name, kind, validTo });

describe('today’s communes and wards', () => {
  it('are the communes and wards with no end date, by name as Vietnamese sorts it', () => {
    const units = [
      unit('Tân Đoàn', 'commune'),
      unit('Lạng Sơn', 'province'),
      unit('Lộc Bình', 'district', '2025-06-30'),
      unit('Khánh Xuân', 'commune', '2025-06-30'),
      unit('Tam Thanh', 'ward'),
      unit('Đồng Đăng', 'commune'),
    ];
    expect(currentCommunes(units).map((u) => u.name)).toEqual(['Đồng Đăng', 'Tam Thanh', 'Tân Đoàn']);
    expect(units.map(isCurrentCommune)).toEqual([true, false, false, false, true, true]);
  });
});
