import { describe, expect, it } from 'vitest';
import { firstWords } from './first-words';

describe('firstWords', () => {
  it('keeps a short comment whole', () => {
    expect(firstWords('  Thiếu nguồn  ')).toBe('Thiếu nguồn');
  });

  it('cuts a long comment after a few words, at a word', () => {
    expect(firstWords('Mẫu số lấy từ niên giám 2020, cần số liệu năm 2021')).toBe('Mẫu số lấy từ niên giám…');
  });

  it('cuts a comment of long words before the character limit', () => {
    expect(firstWords('Denominator taken from yearbook instead of the census', 6, 30)).toBe('Denominator taken from…');
  });
});
