/**
 * Where the reader is, as the address bar spells it: the path percent-encoded, the query with its
 * `?` and the fragment with its `#` (each empty when absent).
 */
export interface Address {
  pathname: string;
  search: string;
  hash: string;
}

/** Where the router reads and writes the address: the browser's history, or memory (tests, the server's render). */
export interface AddressSource {
  read(): Address;
  write(to: string, replace: boolean): void;
  /** Calls `onChange` when the address changes other than by `write` (Back, Forward, a `#` link); returns the unsubscribe. */
  listen(onChange: () => void): () => void;
}

export const browserAddress: AddressSource = {
  read: () => ({ pathname: window.location.pathname, search: window.location.search, hash: window.location.hash }),
  write(to, replace) {
    if (replace) return window.history.replaceState(null, '', to);
    try {
      window.history.pushState(null, '', to);
    } catch {
      // Safari refuses more than 100 entries in 30 seconds: the page is then loaded instead.
      window.location.assign(to);
    }
  },
  listen(onChange) {
    window.addEventListener('popstate', onChange);
    return () => window.removeEventListener('popstate', onChange);
  },
};

function parse(to: string, from: string): Address {
  const { pathname, search, hash } = new URL(to, from);
  return { pathname, search, hash };
}

/**
 * An address kept in memory, starting at `url` (a path with its query): the server renders the page
 * at the request's address, and tests open the app anywhere. Parsed as the browser parses its own,
 * so a page reads the same address in all three.
 */
export function memoryAddress(url: string): AddressSource {
  const origin = 'http://memory.invalid';
  let current = parse(url, origin);
  return {
    read: () => current,
    write(to) {
      current = parse(to, origin + current.pathname + current.search);
    },
    listen: () => () => {},
  };
}
