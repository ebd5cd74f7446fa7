import { act } from '@testing-library/react';
import { vi } from 'vitest';

interface Observer {
  callback: IntersectionObserverCallback;
  self: IntersectionObserver;
  targets: Set<Element>;
}

/**
 * A viewport for the parts that wait until the reader comes near them (useNearViewport): happy-dom's
 * IntersectionObserver never reports anything, so without this they never load. With `allNear`,
 * every observed element is reported near as soon as it is observed (a reader who scrolls through
 * the page); otherwise nothing is, until `scrollThrough()`. Unstubbed after each test (setup.ts).
 */
export function fakeViewport({ allNear = false } = {}) {
  const observers = new Set<Observer>();
  const report = (observer: Observer, targets: Iterable<Element>) =>
    observer.callback(
      [...targets].map((target) => ({ target, isIntersecting: true, intersectionRatio: 1 }) as unknown as IntersectionObserverEntry),
      observer.self,
    );
  class FakeIntersectionObserver {
    private readonly entry: Observer;
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, self: this as unknown as IntersectionObserver, targets: new Set() };
      observers.add(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.add(target);
      if (allNear) queueMicrotask(() => report(this.entry, [target]));
    }
    unobserve(target: Element) {
      this.entry.targets.delete(target);
    }
    disconnect() {
      observers.delete(this.entry);
    }
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  return {
    /** How many elements wait for the reader now. */
    waiting: () => [...observers].reduce((sum, observer) => sum + observer.targets.size, 0),
    /** The reader scrolls down through the whole page: everything observed comes near. */
    scrollThrough: () =>
      act(() => {
        for (const observer of [...observers]) report(observer, observer.targets);
      }),
  };
}
