/**
 * `window.__screen`: what a benchmark or an end-to-end test needs to drive a screen without waiting
 * for its timer (`advance()`), and to see where it is. Harmless in production: it turns a slide.
 */
export interface ScreenHook {
  advance: () => void;
  /** Turns since the page opened. */
  step: number;
  index: number;
  count: number;
  dataVersion: number;
  /** Entries in TanStack Query's cache: the screen has one, whatever the number of refreshes. */
  cachedQueries: () => number;
}

declare global {
  interface Window {
    __screen?: ScreenHook;
  }
}

/** Publishes the hook; the returned cleanup removes it (an effect's return value). */
export function exposeScreenHook(hook: ScreenHook): () => void {
  window.__screen = hook;
  return () => {
    if (window.__screen === hook) delete window.__screen;
  };
}
