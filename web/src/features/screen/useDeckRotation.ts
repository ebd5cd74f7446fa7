import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export interface DeckRotation {
  /** For the element that holds the slides, one child each. */
  deck: RefObject<HTMLDivElement | null>;
  /** Turns to the next slide now (the test hook; the timer does the same). */
  advance: () => void;
  /** How many turns since the page opened. */
  step: () => number;
  /** The slide on screen, 0-based. */
  index: () => number;
  /** Turns straight to slide `target` (0-based) now: an admin's "show this slide"; the timer keeps its pace. */
  show: (target: number) => void;
}

/** Shows the deck's `active` child and hides the others. */
function showOnly(deck: HTMLElement | null, active: number): void {
  const pages = deck?.children ?? [];
  for (let i = 0; i < pages.length; i++) (pages[i] as HTMLElement).hidden = i !== active;
}

/**
 * Turns through the deck's slides, `seconds` each, by showing one and hiding the others (their
 * `hidden` attribute, which React never sets): a turn runs no render at all. A screen turns
 * thousands of times a day, and each render it ran would be code the browser keeps compiling and
 * holding (docs/benchmarks.md, screen soak). `manual` stops the timer (benchmarks drive the turns).
 */
export function useDeckRotation(count: number, seconds: number, manual: boolean, onTurn?: (index: number) => void): DeckRotation {
  const deck = useRef<HTMLDivElement>(null);
  const turns = useRef(0);
  const index = useCallback(() => (count > 0 ? turns.current % count : 0), [count]);
  const step = useCallback(() => turns.current, []);
  // After every render (slides may have come or gone), before the browser paints.
  useLayoutEffect(() => showOnly(deck.current, index()));
  const turnBy = useCallback(
    (by: number) => {
      turns.current += by;
      showOnly(deck.current, index());
      onTurn?.(index());
    },
    [index, onTurn],
  );
  const advance = useCallback(() => turnBy(1), [turnBy]);
  // Counted as turns forward, so `step` keeps counting every change of slide.
  const show = useCallback((target: number) => count > 0 && turnBy((((target - index()) % count) + count) % count), [count, index, turnBy]);
  useEffect(() => {
    if (manual || count <= 1) return;
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      timer = setTimeout(() => {
        advance();
        next();
      }, seconds * 1000);
    };
    next();
    return () => clearTimeout(timer);
  }, [advance, count, seconds, manual]);
  return { deck, advance, step, index, show };
}
