import { useEffect } from 'react';

let onReady: (() => void) | null = null;

/** Runs `callback` once AppReady commits (after hydration): the app's handlers are then in place. */
export function whenAppReady(callback: () => void): void {
  onReady = callback;
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
    const callback = onReady;
    onReady = null;
    callback?.();
  }, []);
  return null;
}
