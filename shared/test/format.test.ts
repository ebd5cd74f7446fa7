import { describe, expect, it, vi } from 'vitest';
import { formatFigure } from '../src/figure-format.js';
import { formatDate, formatDateTime, formatFileSize, formatNumber, formatPercent, formatRank, formatSigned, formatTimeAgo } from '../src/format.js';
import { bluezone2020, rankFigure, valueFigure } from './factories.js';

const percent2 = { unit: 'percent', decimals: 2 } as const;

describe('Intl formatting', () => {
  it('writes numbers the Vietnamese way and the British way', () => {
    expect(formatNumber(154231, 'vi')).toBe('154.231');
    expect(formatNumber(154231, 'en')).toBe('154,231');
    expect(formatNumber(1030, 'vi')).toBe('1.030');
    expect(formatNumber(37.6, 'vi', 1)).toBe('37,6');
  });

  it('writes percents', () => {
    expect(formatPercent(29.71, 'vi', 2)).toBe('29,71%');
    expect(formatPercent(29.71, 'en', 2)).toBe('29.71%');
    expect(formatPercent(37.6, 'vi', 1)).toBe('37,6%');
    expect(formatPercent(30, 'vi', 1)).toBe('30%');
  });

  it('writes dates as dd/mm/yyyy in Vietnam’s time zone', () => {
    expect(formatDate('2021-01-15', 'vi')).toBe('15/01/2021');
    expect(formatDate('2021-01-15', 'en')).toBe('15/01/2021');
    // 20:00 UTC on the 14th is already the 15th in Hanoi.
    expect(formatDate('2021-01-14T20:00:00Z', 'vi')).toBe('15/01/2021');
    expect(formatDateTime('2021-01-15T02:05:00Z', 'en')).toBe('15/01/2021, 09:05');
  });

  it('writes ranks and signed changes', () => {
    expect(formatRank(26, 63, 'vi')).toBe('26/63');
    expect(formatSigned(24, 'vi')).toBe('+24');
    expect(formatSigned(-1.5, 'vi', 1)).toBe('-1,5');
    expect(formatSigned(0, 'vi')).toBe('0');
  });

  it('formats a figure by its kind', () => {
    expect(formatFigure(bluezone2020, percent2, 'vi')).toBe('29,67%');
    expect(formatFigure(bluezone2020, percent2, 'en')).toBe('29.67%');
    expect(formatFigure(valueFigure(2020, 37.6), { unit: 'percent', decimals: 1 }, 'vi')).toBe('37,6%');
    expect(formatFigure(rankFigure(2020, 26), { unit: 'position', decimals: 0 }, 'vi')).toBe('26/63');
  });
});

describe('formatFileSize', () => {
  it('says kilobytes under a megabyte and megabytes above, in each language', () => {
    expect(formatFileSize(40, 'vi')).toBe('1 kB');
    expect(formatFileSize(850 * 1024, 'en')).toBe('850 kB');
    expect(formatFileSize(2.4 * 1024 * 1024, 'vi')).toBe('2,4 MB');
    expect(formatFileSize(2.4 * 1024 * 1024, 'en')).toBe('2.4 MB');
  });
});

describe('formatTimeAgo', () => {
  const now = Date.parse('2026-12-05T08:00:00Z');
  it('says how long ago in the reader’s language, in whole minutes, hours or days', () => {
    expect(formatTimeAgo('2026-12-05T07:55:00Z', 'vi', now)).toBe('5 phút trước');
    expect(formatTimeAgo('2026-12-05T07:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatTimeAgo('2026-12-05T05:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatTimeAgo('2026-12-03T08:00:00Z', 'en', now)).toBe('2 days ago');
    expect(formatTimeAgo('2026-12-05T07:59:40Z', 'en', now)).toBe('now');
  });

  it('reuses one formatter per language: a list of screens formats a time for each', () => {
    formatTimeAgo('2026-12-05T07:55:00Z', 'en', now);
    const built = vi.spyOn(Intl, 'RelativeTimeFormat');
    try {
      expect(formatTimeAgo('2026-12-05T07:50:00Z', 'en', now)).toBe('10 minutes ago');
      expect(formatTimeAgo('2026-12-05T06:00:00Z', 'en', now)).toBe('2 hours ago');
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });
});
