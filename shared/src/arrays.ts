/**
 * The n-th item from the end (1 = the last), or undefined. `Array.prototype.at` would do, but
 * meeting-room TVs run Chromium from version 90 and `at` arrived in 92; the build does not polyfill.
 */
export function lastOf<T>(items: readonly T[], n = 1): T | undefined {
  return items.length >= n ? items[items.length - n] : undefined;
}
