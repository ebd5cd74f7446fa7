import { vi } from 'vitest';
import { dashboardFor } from './fixture';

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

type Handler = (url: URL) => Response | Promise<Response>;

/** The API as the fixture answers it: `/api/dashboard?year=` → that year's dashboard. */
export const fixtureApi: Handler = (url) => {
  if (url.pathname === '/api/dashboard') {
    const year = url.searchParams.get('year');
    return jsonResponse(dashboardFor(year === null ? undefined : Number(year)));
  }
  return jsonResponse({ error: { code: 'not-found', message: `No route ${url.pathname}` } }, 404);
};

/** Stubs the global fetch with `handler` and returns the mock, to inspect the calls made. */
export function mockFetch(handler: Handler = fixtureApi) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return handler(new URL(href, 'http://localhost'));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The paths (with query) that fetch was called with. */
export function requestedPaths(fetchMock: ReturnType<typeof mockFetch>): string[] {
  return fetchMock.mock.calls.map(([input]) => {
    const url = new URL(String(input), 'http://localhost');
    return url.pathname + url.search;
  });
}
