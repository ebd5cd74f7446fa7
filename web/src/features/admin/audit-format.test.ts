import { describe, expect, it } from 'vitest';
import { auditChanges, auditValue } from './audit-format';

describe('audit changes', () => {
  it('lists only the keys that changed, values in the reader’s format', () => {
    expect(auditChanges({ role: 'analyst', version: 1, name: 'Lan' }, { role: 'approver', version: 2, name: 'Lan' }, 'vi')).toEqual([
      { key: 'role', before: 'analyst', after: 'approver' },
      { key: 'version', before: '1', after: '2' },
    ]);
  });

  it('shows a creation as its values and a source by its number', () => {
    const source = { id: 2, number: '17/NQ-CP', title: 'Nghị quyết' };
    expect(auditChanges(null, { value: 35.5, source }, 'en')).toEqual([
      { key: 'value', before: null, after: '35.5' },
      { key: 'source', before: null, after: '17/NQ-CP' },
    ]);
  });

  it('leaves out computed and empty fields of a new record, and never groups a year', () => {
    expect(auditChanges(null, { kind: 'ratio', year: 2021, numerator: 154231, rate: 29.67, note: null }, 'vi')).toEqual([
      { key: 'kind', before: null, after: 'ratio' },
      { key: 'year', before: null, after: '2021' },
      { key: 'numerator', before: null, after: '154.231' },
    ]);
  });

  it('says an empty value with a dash and joins lists', () => {
    expect(auditValue(null, 'vi')).toBe('—');
    expect(auditValue(['jump', 'published-mismatch'], 'vi')).toBe('jump, published-mismatch');
    expect(auditValue(154231, 'vi')).toBe('154.231');
  });
});
