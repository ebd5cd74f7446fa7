import { startTransition, useCallback, useEffect, useState } from 'react';

/**
 * Whether an element has come within `margin` of the viewport; once true it stays true. Charts
 * below the fold wait until the reader scrolls near them, so a phone's first seconds go to the
 * cards (Lighthouse counts every chart drawn at load as blocking time). Where the browser has no
 * IntersectionObserver, everything counts as near. What comes near is drawn as a transition: React
 * then draws it in slices between the browser's other work instead of in one long task.
 *
 * The ref is a callback: the element may appear after the first render (a placeholder added once
 * hydration is over), and the observer starts when it does.
 */
export function useNearViewport<T extends Element>(margin = '200px 0px') {
  const [element, setElement] = useState<T | null>(null);
  // Never near on the server, so a hydrating browser (which has the observer) matches it.
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          startTransition(() => setNear(true));
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, near, margin]);
  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, near] as const;
}
