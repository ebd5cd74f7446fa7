import type { Dashboard, Me } from '@kpi/shared';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../test/api';
import { dashboard2020 } from '../../test/fixture';
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
  it('returns the body as the shared contract types it', async () => {
    stubFetch(jsonResponse(dashboard2020));
    await expect(apiGet<Dashboard>('/api/dashboard?year=2020')).resolves.toEqual(dashboard2020);
  });

  it('throws an ApiError carrying the error shape', async () => {
    stubFetch(jsonResponse({ error: { code: 'validation', message: 'Bad year', fields: { year: 'too small' } } }, 400));
    const error = await apiGet<Dashboard>('/api/dashboard?year=1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation', message: 'Bad year', fields: { year: 'too small' } });
  });

  it('names the status when the error body is not the error shape', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(apiGet<Dashboard>('/api/dashboard')).rejects.toMatchObject({ status: 502, code: 'http-502' });
    stubFetch(jsonResponse({ error: { code: 42 } }, 500));
    await expect(apiGet<Dashboard>('/api/dashboard')).rejects.toMatchObject({ status: 500, code: 'http-500' });
  });

  it('rejects a success that is not a JSON object: a proxy’s page, a body cut short', async () => {
    stubFetch(new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }));
    await expect(apiGet<Dashboard>('/api/dashboard')).rejects.toMatchObject({ code: 'invalid-response' });
    stubFetch(new Response('{"year":20', { status: 200 }));
    await expect(apiGet<Dashboard>('/api/dashboard')).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('reports a network failure as code "network"', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    await expect(apiGet<Dashboard>('/api/dashboard')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('apiSend', () => {
  it('sends JSON in the UI language and reads the answer', async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse({ user: { username: 'lan', displayName: 'Lan', role: 'analyst', unit: null, disabled: false, version: 1 } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const me = await apiSend<Me>('POST', '/api/auth/login', { username: 'lan', password: 'x' }, { locale: 'en' });
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
    const error = await apiSend<void>('PUT', '/api/x', {}, { locale: 'vi' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, code: 'conflict', body });
  });

  it('resolves a 204 to undefined', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(apiSend<void>('POST', '/api/auth/logout', {}, { locale: 'vi' })).resolves.toBeUndefined();
  });
});
