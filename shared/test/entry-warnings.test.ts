import { describe, expect, it } from 'vitest';
import { entryWarnings, unacknowledged } from '../src/entry-warnings.js';
import { figureEntrySchema, type FigureEntry } from '../src/schemas/entry.js';
import { bluezone2020, rankFigure, valueFigure } from './factories.js';
import { validationMessage } from '../src/validation-messages.js';

const base = { version: 0, sourceId: 1, acknowledgedWarnings: [] };

describe('entry warnings', () => {
  it('flags the report’s own Bluezone figures: published 29.71 vs computed 29.67', () => {
    const entry: FigureEntry = { kind: 'ratio', ...base, numerator: 154231, denominator: 519755, published: 29.71 };
    expect(entryWarnings(entry, 2020, [])).toMatchObject([{ code: 'published-mismatch', field: 'published' }]);
    expect(unacknowledged(entryWarnings(entry, 2020, []), { acknowledgedWarnings: ['published-mismatch'] })).toEqual([]);
  });

  it('flags a jump far beyond the history, not an ordinary step', () => {
    const history = [valueFigure(2019, 30), valueFigure(2020, 37.6)];
    expect(entryWarnings({ kind: 'value', ...base, value: 45 }, 2021, history)).toEqual([]);
    expect(entryWarnings({ kind: 'value', ...base, value: 80 }, 2021, history)).toMatchObject([{ code: 'jump', field: 'value' }]);
    // With one earlier figure, a change over 50 %.
    expect(entryWarnings({ kind: 'ratio', ...base, numerator: 40, denominator: 100 }, 2021, [bluezone2020])).toEqual([]);
    expect(entryWarnings({ kind: 'ratio', ...base, numerator: 60, denominator: 100 }, 2021, [bluezone2020])).toHaveLength(1);
    // Ranks are compared as percentiles.
    expect(
      entryWarnings({ kind: 'rank', ...base, position: 60, outOf: 63 }, 2023, [rankFigure(2020, 16), rankFigure(2021, 5), rankFigure(2022, 6)]),
    ).toHaveLength(1);
  });
});

describe('entry validation', () => {
  it('names the field and gives messages in both languages', () => {
    const result = figureEntrySchema.safeParse({ kind: 'ratio', ...base, numerator: 10, denominator: 5 });
    expect(result.error?.issues[0]).toMatchObject({ path: ['numerator'], message: 'numerator-exceeds-denominator' });
    expect(validationMessage('numerator-exceeds-denominator', 'vi')).toBe('Tử số không được lớn hơn mẫu số.');
    expect(validationMessage('numerator-exceeds-denominator', 'en')).toBe('The numerator cannot exceed the denominator.');
    expect(validationMessage('Something from a library', 'vi')).toBe('Giá trị không hợp lệ.');
    expect(validationMessage('Something from a library', 'en', 'as-is')).toBe('Something from a library');
  });

  it('keeps counts exact integers and ranks within N', () => {
    expect(figureEntrySchema.safeParse({ kind: 'ratio', ...base, numerator: 1.5, denominator: 5 }).error?.issues[0]?.message).toBe('integer-required');
    expect(figureEntrySchema.safeParse({ kind: 'ratio', ...base, numerator: 2 ** 60, denominator: 2 ** 61 }).success).toBe(false);
    expect(figureEntrySchema.safeParse({ kind: 'rank', ...base, position: 0, outOf: 63 }).success).toBe(false);
    expect(figureEntrySchema.safeParse({ kind: 'rank', ...base, position: 26, outOf: 63 }).success).toBe(true);
  });
});
