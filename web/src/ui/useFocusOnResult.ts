import { useEffect, useRef } from 'react';

/**
 * Focus for the outcome of an action: when `result` becomes a new value (not null, undefined or
 * false) the element takes focus, so keyboard and screen-reader users land on what happened
 * rather than on the page's top, where the browser drops focus when the pressed button goes away
 * or is disabled. An element that is not focusable itself needs tabIndex={-1}.
 */
export function useFocusOnResult<T extends HTMLElement>(result: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (result !== null && result !== undefined && result !== false) ref.current?.focus();
  }, [result]);
  return ref;
}
