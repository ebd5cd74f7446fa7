import { useEffect } from 'react';

let waiting: (() => void)[] = [];

/** Runs `callback` once AppReady commits (after hydration): the app's handlers are then in place. */
export function whenAppReady(callback: () => void): void {
  waiting.push(callback);
}

/**
 * Marks `<html data-app="ready">` once the page's content has been committed: rendered in the
 * browser, or the server's page hydrated (until then a tap on it is only recorded, early-taps.ts).
 * Placed beside the routes, inside their Suspense boundary, so it commits with them; tests wait for
 * it before they interact, and a style could too.
 */
export function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
    // The moment the page answers a tap, on the page's timeline: the first-load test counts the
    // scripts fetched before it (tests/e2e/first-load.test.ts), and a trace shows it.
    performance.mark?.('app-ready');
    const callbacks = waiting;
    waiting = [];
    for (const callback of callbacks) callback();
  }, []);
  return null;
}
