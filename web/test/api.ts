import { testGroups } from '@kpi/shared/testing';
import { vi } from 'vitest';
import { catalogue, dashboardFor } from './fixture';

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function errorResponse(status: number, code: string, extra: Record<string, unknown> = {}, fields?: Record<string, string>): Response {
  return jsonResponse({ error: { code, message: `${code} (test)`, ...(fields ? { fields } : {}) }, ...extra }, status);
}

/** A request as the mocked API sees it: the JSON body already parsed. */
export interface ApiRequest {
  method: string;
  body: unknown;
  headers: Record<string, string>;
}

type Handler = (url: URL, request: ApiRequest) => Response | Promise<Response>;

/** The API as the fixture answers it: `/api/dashboard?year=` → that year's dashboard, its catalogue, the seed's groups; nobody signed in. */
export const fixtureApi: Handler = (url) => {
  if (url.pathname === '/api/catalogue') return jsonResponse(catalogue);
  if (url.pathname === '/api/indicator-groups') return jsonResponse({ groups: testGroups });
  if (url.pathname === '/api/dashboard') {
    const year = url.searchParams.get('year');
    return jsonResponse(dashboardFor(year === null ? undefined : Number(year)));
  }
  if (url.pathname === '/api/auth/me') return jsonResponse({ user: null });
  return jsonResponse({ error: { code: 'not-found', message: `No route ${url.pathname}` } }, 404);
};

/** Stubs the global fetch with `handler` and returns the mock, to inspect the calls made. */
export function mockFetch(handler: Handler = fixtureApi) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const headers = Object.fromEntries(Object.entries((init?.headers as Record<string, string> | undefined) ?? {}));
    return handler(new URL(href, 'http://localhost'), { method: init?.method ?? 'GET', body, headers });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

type RouteHandler = (request: ApiRequest, url: URL) => Response | Promise<Response>;

/**
 * Stubs fetch with routes keyed `'METHOD /path'` (no query), falling back to the fixture API.
 * A route given as a list answers its calls in turn, the last one repeating.
 */
export function mockApi(routes: Record<string, RouteHandler | RouteHandler[]>) {
  const calls = new Map<string, number>();
  return mockFetch((url, request) => {
    const key = `${request.method} ${url.pathname}`;
    const route = routes[key];
    if (!route) return fixtureApi(url, request);
    const n = calls.get(key) ?? 0;
    calls.set(key, n + 1);
    const handler = Array.isArray(route) ? route[Math.min(n, route.length - 1)]! : route;
    return handler(request, url);
  });
}

/** The paths (with query) that fetch was called with. */
export function requestedPaths(fetchMock: ReturnType<typeof mockFetch>): string[] {
  return fetchMock.mock.calls.map(([input]) => {
    const url = new URL(String(input), 'http://localhost');
    return url.pathname + url.search;
  });
}

/** The JSON bodies sent to `METHOD /path`, in order. */
export function sentBodies(fetchMock: ReturnType<typeof mockFetch>, route: string): unknown[] {
  const [method, path] = route.split(' ');
  return fetchMock.mock.calls
    .filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname === path)
    .map(([, init]) => (typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined));
}
