import { useCallback, useState, type RefCallback } from 'react';

export interface BoxSize {
  width: number;
  height: number;
}

/**
 * The size of an element's content box, kept up to date by a ResizeObserver: a callback ref to put
 * on the element, and its size (null until first measured). The observer reports a new element
 * after layout and before paint, so the first frame already has the size; it is disconnected with
 * the element, so a slide a new playlist drops leaves no observer behind.
 */
export function useBoxSize<T extends Element>(): [RefCallback<T>, BoxSize | null] {
  const [size, setSize] = useState<BoxSize | null>(null);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      // Whole pixels: sub-pixel jitter would redraw the chart for nothing.
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize((old) => (old?.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
