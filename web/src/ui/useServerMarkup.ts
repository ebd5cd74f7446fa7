import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * True while this render makes or hydrates the server's markup (React uses the server snapshot in
 * both), false in the browser's own renders, including the one right after hydration. A part that
 * defers itself in the browser renders at once here, so the server's HTML has it and hydration matches.
 */
export function useServerMarkup(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}
