import { describe, expect, it } from 'vitest';
import { checkEntry, emptyValues } from './figure-form-model';

const ambiguous = (a: string, b: string) => `${a} or ${b}?`;
const valueOf = (unit: 'count' | 'percent' | 'vnd-billion', typed: string) =>
  checkEntry({ kind: 'value', unit }, { ...emptyValues(2024), value: typed, sourceId: '1' }, 0, [], 'vi', ambiguous);

describe('a value typed in the entry form', () => {
  it('reads by its indicator’s unit, as the import reads the value column', () => {
    // A count is an integer: the dot groups thousands, as Vietnamese writes 12,500.
    expect(valueOf('count', '12.500')).toMatchObject({ numbers: { value: 12500 }, entry: { value: 12500 } });
    expect(valueOf('count', '12,5').errors.value).toBe('Cần một số nguyên.');
    // A decimal amount could be either: both readings are named, nothing is guessed.
    expect(valueOf('vnd-billion', '12.500')).toMatchObject({ numbers: {}, errors: { value: '12.5 or 12500?' } });
    expect(valueOf('percent', '29,7')).toMatchObject({ numbers: { value: 29.7 } });
  });
});
