import { describe, expect, it, vi } from 'vitest';
import { loggedTestApp, type LogLine } from '../support/logged-app.js';

const loggedApp = (level: string) => loggedTestApp(level);

const accessLines = (lines: LogLine[]) => lines.filter((l) => l.msg === 'request' || l.msg === 'request errored');

describe('the access log', () => {
  it('writes one line per request at info, with method, URL, status, time and request id, and no other request line', async () => {
    const { app, lines } = await loggedApp('info');
    const token = 'a-screen-token-that-must-not-be-logged';
    const requests = [
      { method: 'GET', url: '/api/dashboard?year=2020', status: 200 },
      { method: 'GET', url: `/api/screens/1/content?token=${token}&lang=vi`, status: 401 },
      { method: 'GET', url: '/api/dashboard?year=abc', status: 400 },
      { method: 'POST', url: '/api/auth/login', status: 401, payload: { username: 'nobody', password: 'a password not to log' } },
      { method: 'GET', url: '/api/no-such-route', status: 404 },
    ] as const;
    for (const r of requests) {
      const res = await app.inject({ method: r.method, url: r.url, ...('payload' in r ? { payload: r.payload } : {}) });
      expect(res.statusCode, r.url).toBe(r.status);
    }
    // The line is written as the answer finishes, which may be just after inject resolves.
    await vi.waitFor(() => expect(accessLines(lines)).toHaveLength(requests.length), { timeout: 2_000 });

    const access = accessLines(lines);
    expect(access.map((l) => [l.method, l.statusCode])).toEqual(requests.map((r) => [r.method, r.status]));
    expect(access.map((l) => l.url)).toEqual([
      '/api/dashboard?year=2020',
      '/api/screens/1/content?token=[redacted]&lang=vi',
      '/api/dashboard?year=abc',
      '/api/auth/login',
      '/api/no-such-route',
    ]);
    for (const line of access) {
      expect(line).toMatchObject({ level: 30, reqId: expect.any(String), responseTime: expect.any(Number) });
      expect(line.responseTime as number).toBeGreaterThanOrEqual(0);
      // The fields and their order of a line pino writes, so the log reads as one format.
      expect(Object.keys(line)).toEqual(['level', 'time', 'pid', 'hostname', 'reqId', 'method', 'url', 'statusCode', 'responseTime', 'remoteAddress', 'msg']);
      expect(line).toMatchObject({ pid: process.pid, remoteAddress: '127.0.0.1' });
    }
    expect(new Set(access.map((l) => l.reqId)).size).toBe(requests.length);

    const text = JSON.stringify(lines);
    expect(text).not.toContain('incoming request');
    expect(text).not.toContain('request completed');
    expect(text).not.toContain(token);
    expect(text).not.toContain('a password not to log');
  });

  it('writes nothing per request at warn', async () => {
    const { app, lines } = await loggedApp('warn');
    expect((await app.inject('/api/dashboard?year=2020')).statusCode).toBe(200);
    expect((await app.inject('/api/no-such-route')).statusCode).toBe(404);
    // Lines are written synchronously once the answer finishes; a turn of the event loop is plenty.
    await new Promise((r) => setTimeout(r, 50));
    expect(lines).toEqual([]);
  });

  it('keeps the error and its stack for a 5xx, beside the access line', async () => {
    const { app, lines } = await loggedApp('info');
    app.get('/api/test-failure', { config: { access: 'public' } }, () => {
      throw new Error('a fault of ours');
    });
    const res = await app.inject('/api/test-failure');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
    await vi.waitFor(() => expect(accessLines(lines)).toHaveLength(1), { timeout: 2_000 });

    const error = lines.find((l) => l.msg === 'unhandled error');
    expect(error).toMatchObject({ level: 50, err: { message: 'a fault of ours', stack: expect.stringContaining('access-log.test.ts') } });
    expect(accessLines(lines)[0]).toMatchObject({ method: 'GET', url: '/api/test-failure', statusCode: 500, reqId: error!.reqId });
  });

  it('tells when a request came in at debug', async () => {
    const { app, lines } = await loggedApp('debug');
    expect((await app.inject('/api/dashboard?year=2020')).statusCode).toBe(200);
    await vi.waitFor(() => expect(accessLines(lines)).toHaveLength(1), { timeout: 2_000 });
    const incoming = lines.find((l) => l.msg === 'incoming request');
    expect(incoming).toMatchObject({ level: 20, req: { method: 'GET', url: '/api/dashboard?year=2020' }, reqId: accessLines(lines)[0]!.reqId });
  });
});
