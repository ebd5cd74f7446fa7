import { describe, expect, it } from 'vitest';
import { groupBy } from '../src/arrays.js';
import { orgUnitKindNames, orgUnitName } from '../src/org-unit-names.js';

describe('groupBy', () => {
  it('groups items by key in one pass, each group in the items’ order', () => {
    const rows = [
      { id: 1, indicator: 7 },
      { id: 2, indicator: 3 },
      { id: 3, indicator: 7 },
    ];
    expect(groupBy(rows, (r) => r.indicator)).toEqual(
      new Map([
        [7, [rows[0], rows[2]]],
        [3, [rows[1]]],
      ]),
    );
    expect(groupBy([], (r: { id: number }) => r.id).size).toBe(0);
  });
});

describe('a unit’s name', () => {
  it('puts the kind first in Vietnamese and last in English', () => {
    expect(orgUnitName({ name: 'Tam Thanh', kind: 'ward' }, 'vi')).toBe('Phường Tam Thanh');
    expect(orgUnitName({ name: 'Tam Thanh', kind: 'ward' }, 'en')).toBe('Tam Thanh Ward');
    expect(Object.keys(orgUnitKindNames.vi)).toEqual(Object.keys(orgUnitKindNames.en));
  });
});
