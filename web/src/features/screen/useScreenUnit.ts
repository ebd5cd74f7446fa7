import { useSyncExternalStore } from 'react';

/**
 * One screen unit in pixels, as screen.css defines `--screen-u`: 1 % of the viewport height,
 * or less on a screen narrower than 16:9, so a slide laid out for 16:9 never overflows sideways.
 * Charts need it as a number (SVG text is measured in pixels); CSS uses the custom property.
 */
export function screenUnit(width: number, height: number): number {
  return Math.min(height / 100, (width * 0.5625) / 100);
}

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const current = () => screenUnit(window.innerWidth, window.innerHeight);

export function useScreenUnit(): number {
  return useSyncExternalStore(subscribe, current, current);
}
