/**
 * Loads Intl's locale data on a thread of its own while the page is being laid out and painted. The
 * first formatter a page builds loads ICU's data for its locale: 20–30 ms on this machine, and four
 * times that on a slow phone, whichever thread pays it. ICU keeps that data for the whole renderer
 * process, so once a worker has built the same formatters, the main thread's first one takes a
 * fraction of a millisecond (docs/benchmarks.md, "Lighthouse"). The worker has the page's layout,
 * paint and the app's download to do it in; a main thread that needs Intl before it is done, or
 * where no worker can start, loads the data itself, as it did before.
 */
export function warmIntlInWorker(): void {
  if (typeof Worker !== 'function') return;
  try {
    new Worker(new URL('./warm-intl.worker.ts', import.meta.url), { type: 'module', name: 'warm-intl' });
  } catch {
    // A browser that refuses the worker (an old one, a stricter policy): nothing is lost but the head start.
  }
}
