import type { Locale } from './schemas/common.js';
import type { IndicatorGroupEntry } from './schemas/indicator-group.js';

type NamedGroup = Pick<IndicatorGroupEntry, 'code' | 'name'>;

/**
 * A group's name in `locale`, from the groups list the page read with its data. The code stands in
 * where the list has no such group: a screen's playlist may name a group made after its content was
 * cached, and a code still reads better than a blank heading.
 */
export function groupName(groups: readonly NamedGroup[], code: string, locale: Locale): string {
  return groups.find((group) => group.code === code)?.name[locale] ?? code;
}

/**
 * `items` in sections by group, in the list's order (the department's), empty groups left out.
 * An item whose group the list lacks still gets a section, after the others and headed by its code:
 * the indicators and the groups are fetched apart, so one published in a group made between the two
 * fetches must not vanish from a chooser or the entry list.
 */
export function groupItems<T>(groups: readonly NamedGroup[], items: readonly T[], groupOf: (item: T) => string): { group: NamedGroup; items: T[] }[] {
  const known = new Set(groups.map((group) => group.code));
  const unknown = [...new Set(items.map(groupOf).filter((code) => !known.has(code)))].map((code) => ({ code, name: { vi: code, en: code } }));
  return [...groups, ...unknown]
    .map((group) => ({ group, items: items.filter((item) => groupOf(item) === group.code) }))
    .filter((section) => section.items.length > 0);
}
