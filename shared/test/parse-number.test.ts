import { describe, expect, it } from 'vitest';
import { parseNumberCell, parseNumberText } from '../src/parse-number.js';

const count = { meaning: 'count' } as const;
const percent = { meaning: 'percent' } as const;
const rate = { meaning: 'percent', max: 100 } as const;

describe('numbers read by the column’s meaning', () => {
  it('reads counts as integers, whatever groups the thousands', () => {
    expect(parseNumberText('154.231', count)).toEqual({ ok: true, value: 154231, reading: 'thousands-dot' });
    expect(parseNumberText('154,231', count)).toMatchObject({ value: 154231, reading: 'thousands-comma' });
    expect(parseNumberText('154 231', count)).toMatchObject({ value: 154231, reading: 'thousands-space' });
    expect(parseNumberText('154\u00a0231', count)).toMatchObject({ value: 154231, reading: 'thousands-space' });
    expect(parseNumberText('1.519.755', count)).toMatchObject({ value: 1519755, reading: 'thousands-dot' });
    expect(parseNumberText('519755', count)).toMatchObject({ value: 519755, reading: 'integer' });
    expect(parseNumberText('1.000', count)).toMatchObject({ value: 1000 });
  });

  it('rejects a count with a fraction, and what is no number', () => {
    expect(parseNumberText('154.5', count)).toMatchObject({ ok: false, reason: 'integer-required' });
    expect(parseNumberText('154,23', count)).toMatchObject({ ok: false, reason: 'integer-required' });
    for (const bad of ['abc', '1.23.4', '12,34,5', '1..2', '', '.5', '1 2']) {
      expect(parseNumberText(bad, count), bad).toMatchObject({ ok: false, reason: 'not-a-number' });
    }
  });

  it('reads rates with a decimal comma or a decimal point', () => {
    expect(parseNumberText('29,71', percent)).toEqual({ ok: true, value: 29.71, reading: 'vi-decimal-comma' });
    expect(parseNumberText('29.71', percent)).toEqual({ ok: true, value: 29.71, reading: 'dot-decimal' });
    expect(parseNumberText('29,71 %', percent)).toMatchObject({ value: 29.71 });
    expect(parseNumberText('0.123', percent)).toMatchObject({ value: 0.123, reading: 'dot-decimal' });
    expect(parseNumberText('-1,5', { meaning: 'decimal' })).toMatchObject({ value: -1.5 });
  });

  it('reads grouped decimals of both languages', () => {
    expect(parseNumberText('1.234,5', { meaning: 'decimal' })).toMatchObject({ value: 1234.5, reading: 'vi-thousands-dot-decimal-comma' });
    expect(parseNumberText('1,234.5', { meaning: 'decimal' })).toMatchObject({ value: 1234.5, reading: 'en-thousands-comma-decimal-dot' });
    expect(parseNumberText('1 234,5', { meaning: 'decimal' })).toMatchObject({ value: 1234.5, reading: 'thousands-space-decimal-comma' });
  });

  it('rejects 1.234 in an unbounded rate column, showing both readings', () => {
    for (const text of ['1.234', '1,234']) {
      const result = parseNumberText(text, percent);
      expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
      if (result.ok || result.reason !== 'ambiguous') throw new Error('expected ambiguity');
      expect(result.readings.map((r) => r.value)).toEqual([1.234, 1234]);
      expect(result.message).toContain('1.234');
      expect(result.message).toContain('1234');
    }
  });

  it('lets a bounded range settle the ambiguity, and says so', () => {
    const result = parseNumberText('1,234', rate);
    expect(result).toMatchObject({ ok: true, value: 1.234, reading: 'vi-decimal-comma' });
    expect(result.ok && result.note).toMatch(/1234 is above 100/);
  });

  it('takes numeric cells as they are, and percentage-formatted cells as percent', () => {
    expect(parseNumberCell(154231, false, count)).toEqual({ ok: true, value: 154231, reading: 'numeric-cell' });
    expect(parseNumberCell(154.5, false, count)).toMatchObject({ ok: false, reason: 'integer-required' });
    expect(parseNumberCell(0.2971, true, percent)).toMatchObject({ ok: true, value: 29.71, reading: 'percent-cell' });
    expect(parseNumberCell(29.71, false, percent)).toMatchObject({ value: 29.71, reading: 'numeric-cell' });
  });
});
