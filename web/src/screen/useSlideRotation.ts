import { useCallback, useEffect, useState } from 'react';

export interface SlideRotation {
  /** The slide on screen, 0-based. */
  index: number;
  /** How many slides have been shown since the page opened: a key that changes with every turn. */
  step: number;
  /** Turns to the next slide now (the test hook; the timer does the same). */
  advance: () => void;
}

/**
 * Turns through `count` slides, `seconds` each. One timeout per slide rather than an interval, so each
 * slide gets its full time after a refresh or a manual turn; `manual` stops the timer (benchmarks
 * drive the turns themselves).
 */
export function useSlideRotation(count: number, seconds: number, manual: boolean): SlideRotation {
  const [step, setStep] = useState(0);
  const advance = useCallback(() => setStep((s) => s + 1), []);
  useEffect(() => {
    if (manual || count <= 1) return;
    const timer = setTimeout(advance, seconds * 1000);
    return () => clearTimeout(timer);
  }, [step, count, seconds, manual, advance]);
  return { index: count > 0 ? step % count : 0, step, advance };
}
