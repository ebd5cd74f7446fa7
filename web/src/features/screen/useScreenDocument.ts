import type { ScreenSettings } from '@kpi/shared';
import { useEffect } from 'react';

/** The class that screen.css hangs off: viewport-scaled type, no cursor, no scrolling. */
export const SCREEN_MODE_CLASS = 'screen-mode';

/**
 * Puts the whole document in screen mode while the page is open, and its theme (night is the
 * tokens' dark palette), restoring what was there when the page goes.
 */
export function useScreenDocument(theme: ScreenSettings['theme'] | undefined): void {
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add(SCREEN_MODE_CLASS);
    return () => html.classList.remove(SCREEN_MODE_CLASS);
  }, []);

  useEffect(() => {
    const html = document.documentElement;
    const before = html.getAttribute('data-theme');
    // Night until the settings arrive: a dark screen is the default, and no white flash in a dim room.
    html.setAttribute('data-theme', (theme ?? 'night') === 'night' ? 'dark' : 'light');
    return () => {
      if (before === null) html.removeAttribute('data-theme');
      else html.setAttribute('data-theme', before);
    };
  }, [theme]);
}
