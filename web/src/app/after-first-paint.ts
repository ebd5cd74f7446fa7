/**
 * Calls `then` in a task after the browser reports the page's first contentful paint (Paint Timing),
 * or after `fallbackMs` if it reports none by then (a tab opened in the background paints only when
 * shown). Without Paint Timing, after the next frame.
 *
 * A frame callback runs before the browser hands the frame over, and a slow phone presents it later
 * still: work started there (React's download and evaluation) competes with the first frame the
 * reader sees. The paint entry arrives once that frame is on the screen.
 */
export function afterFirstPaint(then: () => void, fallbackMs = 2000, win: Window = window): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    win.setTimeout(then, 0);
  };
  const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver }).PerformanceObserver;
  if (!Observer?.supportedEntryTypes?.includes('paint')) {
    win.requestAnimationFrame(once);
    return;
  }
  const observer = new Observer((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
  win.setTimeout(once, fallbackMs);
}
