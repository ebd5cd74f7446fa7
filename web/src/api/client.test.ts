import { dashboardSchema, meSchema } from '@kpi/shared';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/api';
import { dashboard2020 } from '../test/fixture';
import { ApiError, apiGet, apiSend } from './client';

function stubFetch(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  );
}

describe('apiGet', () => {
  it('returns the body parsed by the shared schema', async () => {
    stubFetch(jsonResponse(dashboard2020));
    await expect(apiGet('/api/dashboard?year=2020', dashboardSchema)).resolves.toEqual(dashboard2020);
  });

  it('throws an ApiError carrying the error shape', async () => {
    stubFetch(jsonResponse({ error: { code: 'validation', message: 'Bad year', fields: { year: 'too small' } } }, 400));
    const error = await apiGet('/api/dashboard?year=1', dashboardSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation', message: 'Bad year', fields: { year: 'too small' } });
  });

  it('names the status when the error body is not the error shape', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(apiGet('/api/dashboard', dashboardSchema)).rejects.toMatchObject({ status: 502, code: 'http-502' });
  });

  it('rejects a success body that breaks the contract', async () => {
    stubFetch(jsonResponse({ year: 2020 }));
    await expect(apiGet('/api/dashboard', dashboardSchema)).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('reports a network failure as code "network"', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    await expect(apiGet('/api/dashboard', dashboardSchema)).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('apiSend', () => {
  it('sends JSON in the UI language and parses the answer', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ user: { username: 'lan', displayName: 'Lan', role: 'analyst', disabled: false, version: 1 } }));
    vi.stubGlobal('fetch', fetchMock);
    const me = await apiSend('POST', '/api/auth/login', { username: 'lan', password: 'x' }, { schema: meSchema, locale: 'en' });
    expect(me.user.username).toBe('lan');
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/login', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ username: 'lan', password: 'x' }),
    });
  });

  it('keeps the whole error body, for what a 409 or 422 carries beside `error`', async () => {
    const body = { error: { code: 'conflict', message: 'Changed' }, current: { version: 3 } };
    stubFetch(jsonResponse(body, 409));
    const error = await apiSend('PUT', '/api/x', {}, { schema: null, locale: 'vi' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, code: 'conflict', body });
  });

  it('resolves a 204 to undefined', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(apiSend('POST', '/api/auth/logout', {}, { schema: null, locale: 'vi' })).resolves.toBeUndefined();
  });
});
