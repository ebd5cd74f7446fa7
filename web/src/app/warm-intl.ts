import { formatDate, formatNumber } from '@kpi/shared';

/**
 * Builds the first Intl formatters while the page waits for its data. The browser loads Intl's
 * locale data on the first one: about 90 ms on a slow phone, which otherwise lands in the task that
 * draws the cards and holds back their first paint (Lighthouse, docs/benchmarks.md). Later
 * formatters, in either language, take a fraction of a millisecond.
 */
export function warmIntl(): void {
  formatNumber(0, 'vi');
  formatDate('2021-01-15', 'vi');
}

export function warmIntlWhenIdle(): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warmIntl, { timeout: 1000 });
  else setTimeout(warmIntl, 0);
}
