import { useEffect } from 'react';

/**
 * Marks `<html data-app="ready">` once the page's content has been committed: rendered in the
 * browser, or the server's page hydrated (until then a tap on it does nothing). Placed beside the
 * routes, inside their Suspense boundary, so it commits with them; tests wait for it before they
 * interact, and a style could too.
 */
export function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}
