/**
 * The n-th item from the end (1 = the last), or undefined. `Array.prototype.at` would do, but
 * meeting-room TVs run Chromium from version 90 and `at` arrived in 92; the build does not polyfill.
 */
export function lastOf<T>(items: readonly T[], n = 1): T | undefined {
  return items.length >= n ? items[items.length - n] : undefined;
}

/** The items by key, each list in the items' order: one pass where a filter per key would be quadratic. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
