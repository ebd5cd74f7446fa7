import { describe, expect, it } from 'vitest';
import { groupItems, groupName } from '../src/indicator-groups.js';
import { testGroups } from './factories.js';

describe('group names from data', () => {
  it('names a group in either language, and falls back to its code when the list lacks it', () => {
    expect(groupName(testGroups, 'telecoms', 'vi')).toBe('Viễn thông, Internet');
    expect(groupName(testGroups, 'telecoms', 'en')).toBe('Telecoms and Internet');
    expect(groupName(testGroups, 'cyber-security', 'vi')).toBe('cyber-security');
  });

  it('sections items in the list’s order, leaves empty groups out, and keeps items of an unlisted group last', () => {
    const items = [
      { code: 'a', group: 'press' },
      { code: 'b', group: 'cyber-security' },
      { code: 'c', group: 'e-government' },
      { code: 'd', group: 'press' },
    ];
    const sections = groupItems(testGroups, items, (item) => item.group);
    expect(sections.map((s) => [s.group.code, s.items.map((i) => i.code)])).toEqual([
      ['e-government', ['c']],
      ['press', ['a', 'd']],
      ['cyber-security', ['b']],
    ]);
    expect(sections[2]?.group.name.vi).toBe('cyber-security');
  });
});
