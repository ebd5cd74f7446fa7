import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

type Entries = { getEntriesByName: (name: string) => { name: string }[] };

/** A window whose PerformanceObserver reports what the test says, when it says. */
function fakeWindow({ paintTiming = true } = {}) {
  const observers: { callback: (list: Entries) => void; disconnected: boolean; observed?: unknown }[] = [];
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
    private readonly record: (typeof observers)[number];
    constructor(callback: (list: Entries) => void) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.observed = options;
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  const frames: FrameRequestCallback[] = [];
  const win = {
    PerformanceObserver: FakeObserver,
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(fn),
  } as unknown as Window;
  const report = (...names: string[]) => {
    for (const observer of observers.filter((o) => !o.disconnected))
      observer.callback({ getEntriesByName: (name) => names.filter((n) => n === name).map((n) => ({ name: n })) });
  };
  return { win, observers, frames, report };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('starting the app after the first paint', () => {
  it('waits for the first contentful paint, then runs once in a task after it', () => {
    const { win, observers, report } = fakeWindow();
    const then = vi.fn();
    afterFirstPaint(then, 2000, win);
    expect(observers[0]?.observed).toEqual({ type: 'paint', buffered: true });

    report('first-paint');
    vi.advanceTimersByTime(10);
    expect(then).not.toHaveBeenCalled();

    report('first-contentful-paint');
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
    expect(observers[0]?.disconnected).toBe(true);

    // The fallback's time passes: nothing starts twice.
    vi.advanceTimersByTime(5000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('starts after the fallback when no paint is reported (a tab opened in the background)', () => {
    const { win } = fakeWindow();
    const then = vi.fn();
    afterFirstPaint(then, 2000, win);
    vi.advanceTimersByTime(1999);
    expect(then).not.toHaveBeenCalled();
    // The fallback at 2 s, then the task after it.
    vi.advanceTimersByTime(2);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('without Paint Timing, starts after the next frame', () => {
    const { win, observers, frames } = fakeWindow({ paintTiming: false });
    const then = vi.fn();
    afterFirstPaint(then, 2000, win);
    expect(observers).toHaveLength(0);
    expect(frames).toHaveLength(1);
    frames[0]!(0);
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
