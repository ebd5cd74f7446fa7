import { useEffect, useRef, useState } from 'react';

/** The width under which the header and filters fold (header.css, overview.css): a phone. */
const PHONE_QUERY = '(max-width: 47.99em)';

/**
 * Takes the reader to an element after the render a request caused: focus moves to it (so a
 * keyboard or screen-reader user goes on from the results), and on a phone, or wherever it is out
 * of sight below, it scrolls to the top of the window. A wide screen that already shows it keeps
 * its place, with the status tiles still in view.
 */
export function useRevealOnRequest<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (requests === 0 || !element) return;
    element.focus({ preventScroll: true });
    const phone = typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;
    if (phone || element.getBoundingClientRect().top > window.innerHeight * 0.75) element.scrollIntoView({ block: 'start' });
  }, [requests]);
  return [ref, () => setRequests((count) => count + 1)] as const;
}
