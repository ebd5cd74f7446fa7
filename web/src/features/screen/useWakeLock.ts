import { useEffect } from 'react';

/**
 * Keeps the display on with the Screen Wake Lock API (Chromium 84+) where the browser has it; the
 * lock is dropped whenever the page is hidden, so it is asked for again each time the page shows.
 * Refusals (no user gesture, power saving, an insecure origin on the LAN) are not errors: the screen
 * then relies on the TV's own settings.
 */
export function useWakeLock(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || typeof navigator === 'undefined' || !('wakeLock' in navigator) || !navigator.wakeLock) return;
    const wakeLock = navigator.wakeLock;
    let sentinel: WakeLockSentinel | null = null;
    let active = true;

    const acquire = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const next = await wakeLock.request('screen');
        if (active) sentinel = next;
        else void next.release();
      } catch {
        // refused: nothing to do but try again at the next visibility change
      }
    };
    const onVisibility = () => void acquire();

    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisibility);
      if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
      sentinel = null;
    };
  }, [enabled]);
}
