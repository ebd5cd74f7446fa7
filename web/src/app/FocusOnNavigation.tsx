import { useEffect, useRef } from 'react';
import { useAddress } from './routing';

/** How long to wait for a page's code and data to bring its heading before giving up. */
const HEADING_WAIT_MS = 5000;

/** The page's title: its first top-level heading inside `<main>`, under the site's `<h1>` in the header. */
function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main h2');
}

function focusHeading(heading: HTMLElement) {
  // Focusable by script only, so Tab order is unchanged (as PageMain's target for the skip link).
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/**
 * After following a link to another page, focus goes to the new page's heading, as it would on a
 * full page load read from the top: otherwise it stays on the link that no longer exists, and a
 * screen reader says nothing of the new page. The first page of a visit keeps focus where the
 * browser puts it (so the skip link is the first Tab stop), and a change of query alone (year,
 * language) keeps the reader where they are. Pages that load their code or data late get their
 * heading focused when it appears, unless the reader has already moved into the page.
 */
export function FocusOnNavigation() {
  const { pathname } = useAddress();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const settle = () => {
      const active = document.activeElement;
      if (active && active !== document.body && document.querySelector('main')?.contains(active)) return true;
      const heading = pageHeading();
      if (heading) focusHeading(heading);
      return heading !== null;
    };
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) stop();
    });
    const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [pathname]);
  return null;
}
