import { useSyncExternalStore } from 'react';
import { subscribeComfort } from '../../features/comfort/preferences';

/** What 1rem is now, in px: the comfort text size, the browser's own font setting and the window's width all move it. */
function readRootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

function subscribe(listener: () => void): () => void {
  const unsubscribe = subscribeComfort(listener);
  // The root size is a clamp on the window's width (base.css).
  window.addEventListener('resize', listener);
  return () => {
    unsubscribe();
    window.removeEventListener('resize', listener);
  };
}

/**
 * The root font size in px, kept current. SVG charts measure their ticks and legend in px, so they
 * read it here rather than a fixed number: text the reader made larger is larger on the charts too.
 */
export function useRootFontSize(): number {
  return useSyncExternalStore(subscribe, readRootFontSize, () => 16);
}
