import { createContext, startTransition, useCallback, useContext, useLayoutEffect, useMemo, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { Link as WouterLink, Router, useParams as useRouteParams } from 'wouter';
import type { Address, AddressSource } from './address';

// Routes and redirects are wouter's as they are; everything else the pages use is below.
export { Redirect, Route, Switch } from 'wouter';

export interface NavigateOptions {
  replace?: boolean;
}
type Navigate = (to: string, options?: NavigateOptions) => void;

interface Routing {
  address: Address;
  navigate: Navigate;
}

const RoutingContext = createContext<Routing | null>(null);

function useRouting(): Routing {
  const routing = useContext(RoutingContext);
  if (!routing) throw new Error('routing is used outside an AddressRouter');
  return routing;
}

// What wouter's routes match on: the path and query the router holds.
function useRoutedPath(): [string, Navigate] {
  const { address, navigate } = useRouting();
  return [address.pathname, navigate];
}
function useRoutedSearch(): string {
  return useRouting().address.search;
}

/**
 * The app's router: wouter's routes and links over an address held in React state. Each change
 * renders as a transition (wouter's own hooks render it at once), so the page on screen stays until
 * the next one's code has loaded, instead of the loading state in between.
 */
export function AddressRouter({ source, children }: { source: AddressSource; children: ReactNode }) {
  const [address, setAddress] = useState(() => source.read());
  const update = useCallback(() => startTransition(() => setAddress(source.read())), [source]);
  useLayoutEffect(() => source.listen(update), [source, update]);
  const navigate = useCallback<Navigate>(
    (to, options) => {
      source.write(to, options?.replace ?? false);
      update();
    },
    [source, update],
  );
  const routing = useMemo(() => ({ address, navigate }), [address, navigate]);
  return (
    <RoutingContext.Provider value={routing}>
      <Router hook={useRoutedPath} searchHook={useRoutedSearch}>
        {children}
      </Router>
    </RoutingContext.Provider>
  );
}

/** The address on screen: path (percent-encoded), query and fragment. */
export function useAddress(): Address {
  return useRouting().address;
}

/** Goes to `to` (a path of this app), adding to history or, with `replace`, in place of this entry. */
export function useNavigate(): Navigate {
  return useRouting().navigate;
}

function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The matched route's parameters, decoded (`/catalogue/a%2Fb` gives `a/b`): wouter leaves `/`, `?`, `#`… encoded. */
export function useParams(): Readonly<Record<string, string | undefined>> {
  const params = useRouteParams();
  return useMemo(() => Object.fromEntries(Object.entries(params).map(([key, value]) => [key, value && decodeSegment(value)])), [params]);
}

type SearchParamsInit = ConstructorParameters<typeof URLSearchParams>[0];

/**
 * The query, and a setter that takes the next params or a function of a copy of these. Not
 * wouter's: it decodes the query before parsing it (`?q=%2541` would read as `A`, not `%41`), and
 * hands the function the very params this render reads.
 */
export function useSearchParams(): [
  URLSearchParams,
  (next: SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit), options?: NavigateOptions) => void,
] {
  const { address, navigate } = useRouting();
  const params = useMemo(() => new URLSearchParams(address.search), [address.search]);
  const { pathname } = address;
  const setParams = useCallback(
    (next: SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit), options?: NavigateOptions) => {
      const query = new URLSearchParams(typeof next === 'function' ? next(new URLSearchParams(params)) : next).toString();
      navigate(query ? `${pathname}?${query}` : pathname, options);
    },
    [params, pathname, navigate],
  );
  return [params, setParams];
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean };

/** A link to a path of this app, followed without reloading; one to where the reader already is replaces history's entry rather than adding one. */
export function Link({ to, replace, ...props }: LinkProps) {
  const { address } = useRouting();
  const here = address.pathname + address.search + address.hash;
  return <WouterLink {...props} to={to} replace={replace ?? to === here} />;
}

/**
 * A link in a menu: while its page is shown (its path, or one under it unless `end`; any query),
 * it has the class `active` and `aria-current="page"`.
 */
export function NavLink({ end = false, className, ...props }: LinkProps & { end?: boolean }) {
  const here = useRouting().address.pathname.toLowerCase();
  const path = props.to.split(/[?#]/)[0]!.toLowerCase();
  const slash = path !== '/' && path.endsWith('/') ? path.length - 1 : path.length;
  const active = here === path || (!end && here.startsWith(path) && here.charAt(slash) === '/');
  return <Link aria-current={active ? 'page' : undefined} {...props} className={[className, active && 'active'].filter(Boolean).join(' ')} />;
}
