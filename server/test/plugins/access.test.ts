/**
 * The read gate and role checks decide on the route the router matched: no spelling of a URL
 * reaches a closed route, and every registered route is walked anonymously with PUBLIC_READ=false.
 */
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { AppOptions } from '../../src/app.js';
import { testApp } from '../support/app.js';
import { signInAll } from '../support/users.js';
import { fakeWebDist } from '../support/web-dist.js';

/** A built web app's smallest shape, with its server renderer, so the app's page and file routes are registered and walked too. */
const webDist = () => fakeWebDist().dist;

const closedApp = (options: Omit<AppOptions, 'db'> = {}) => testApp({ webDist: webDist(), auth: { publicRead: false }, ...options });

/** The routes anyone may call whatever PUBLIC_READ says; any other route answers 401 to a stranger. */
const PUBLIC_ROUTES = [
  'GET /*',
  'HEAD /*',
  // The rendered pages: public as the app's files are; a stranger gets no figures in them when the gate is closed.
  'GET /',
  'HEAD /',
  'GET /indicators/:code',
  'HEAD /indicators/:code',
  'GET /api/health',
  'HEAD /api/health',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/me',
  'HEAD /api/auth/me',
  'GET /api/screens/:id/content',
  'HEAD /api/screens/:id/content',
  'GET /api/screens/:id/events',
  'HEAD /api/screens/:id/events',
  // A device's own: it asks for a pairing code and polls with its secret, then reports with its token.
  'POST /api/screen-pairings',
  'GET /api/screen-pairings/current',
  'HEAD /api/screen-pairings/current',
  'POST /api/screens/:id/status',
];

const SAMPLE_PARAMS: Record<string, string> = { id: '1', code: 'bluezone-install-rate', year: '2020', username: 'admin', '*': 'json' };
const concrete = (url: string) => url.replace(/:(\w+)|\*/g, (match, name: string | undefined) => SAMPLE_PARAMS[name ?? '*'] ?? match);

describe('the read gate (PUBLIC_READ=false)', () => {
  it('walks every registered route: each declares its access, and only the public ones answer a stranger', async () => {
    const { app } = await closedApp();
    await app.ready();
    const routes = app.routeAccess();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => r.access === undefined)).toEqual([]);
    const publicRoutes = routes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());

    const answered: string[] = [];
    for (const { method, url, access } of routes) {
      if (access === 'public' || method === 'OPTIONS') continue;
      // A malformed body and no content type: the gate must answer before anything reads it.
      const res = await app.inject({
        method: method as 'GET',
        url: concrete(url),
        payload: method === 'GET' || method === 'HEAD' ? undefined : '{"broken',
        headers: method === 'GET' || method === 'HEAD' ? {} : { 'content-type': 'application/json' },
      });
      if (res.statusCode !== 401) answered.push(`${method} ${url} → ${res.statusCode}`);
    }
    expect(answered).toEqual([]);
  });

  it('closes the OpenAPI document and Swagger UI with the figures', async () => {
    const { app } = await closedApp();
    for (const url of ['/docs/json', '/docs', '/docs/static/index.html', '/docs/yaml']) {
      expect((await app.inject({ url })).statusCode, url).toBe(401);
    }
    const { app: open } = await testApp();
    expect((await open.inject({ url: '/docs/json' })).statusCode).toBe(200);
  });

  it('refuses every other spelling of a closed address: encoded, doubled slashes, absolute-form, dot segments, case', async () => {
    const { app } = await closedApp();
    const spellings = [
      '/api/dashboard?year=2020',
      '/%61pi/dashboard?year=2020',
      '/api/%64ashboard?year=2020',
      '/api%2Fdashboard?year=2020',
      '//api/dashboard?year=2020',
      '/api//dashboard?year=2020',
      '/./api/dashboard?year=2020',
      '/x/../api/dashboard?year=2020',
      '/API/dashboard?year=2020',
      '/api/dashboard/?year=2020',
      '/api/dashboard;x?year=2020',
      'http://localhost/api/dashboard?year=2020',
      'http://localhost//api/dashboard?year=2020',
      '/api/exports/figures.csv',
      '/%61pi/exports/figures.csv',
      '/api/reviews/2020/review.docx',
      '/api/reviews/2020/review.pdf',
      '/%61pi/reviews/2020/review.pdf',
      '/api/sources/1/file',
      '/api/indicators/bluezone-install-rate',
      '/api/indicators/bluezone%2Dinstall-rate',
    ];
    const leaked: string[] = [];
    for (const url of spellings) {
      const res = await app.inject({ method: 'GET', url });
      // A closed route answers 401; a spelling no route matches gets 404, the static files' 403 or the app's page, never figures.
      const isFigures = res.statusCode === 200 && !String(res.headers['content-type']).startsWith('text/html');
      if (isFigures || ![400, 401, 403, 404, 200].includes(res.statusCode)) leaked.push(`${url} → ${res.statusCode} ${res.body.slice(0, 80)}`);
    }
    expect(leaked).toEqual([]);
    // And each one that reaches the dashboard route is refused there.
    const reached = await app.inject({ method: 'GET', url: '/api/dashboard?year=2020' });
    expect(reached.statusCode).toBe(401);
  });

  it('refuses them over a real socket too, where the request target reaches the router as sent', async () => {
    const { app } = await closedApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    /** The status line of one raw HTTP/1.1 request for `target`, exactly as written. */
    const statusOf = (target: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
        let head = '';
        socket.on('data', (chunk) => (head += chunk.toString('latin1')));
        socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1])));
        socket.on('error', reject);
      });
    const answers: Record<string, number> = {};
    for (const target of [
      `http://127.0.0.1:${port}/api/dashboard?year=2020`,
      `http://127.0.0.1:${port}/%61pi/exports/figures.csv`,
      '/%61pi/dashboard?year=2020',
      '//api/dashboard?year=2020',
    ]) {
      answers[target] = await statusOf(target);
    }
    for (const [target, status] of Object.entries(answers)) expect([401, 403, 404], `${target} → ${status}`).toContain(status);
  });

  it('still serves the app itself, health and sign-in to strangers, and everything to a signed-in viewer', async () => {
    const { app } = await closedApp();
    expect((await app.inject({ url: '/' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/indicators/dti-rank' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/assets/app.js' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/auth/me' })).json()).toEqual({ user: null });
    const cookies = await signInAll(app);
    for (const url of ['/api/dashboard?year=2020', '/api/catalogue', '/api/sources', '/docs/json', '/api/exports/figures.csv']) {
      expect((await app.inject({ url, headers: { cookie: cookies.viewer } })).statusCode, url).toBe(200);
    }
  });
});

describe('who you are before what you sent', () => {
  it('answers 401 to an anonymous write with a malformed body, and 403 to a role below, never 400', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const writes = [
      { method: 'PUT', url: '/api/indicators/bluezone-install-rate/observations/2021', minimum: 'analyst' },
      { method: 'POST', url: '/api/indicators/bluezone-install-rate/observations/2021/publish', minimum: 'approver' },
      { method: 'PUT', url: '/api/indicators/bluezone-install-rate/targets/2030', minimum: 'approver' },
      { method: 'POST', url: '/api/sources', minimum: 'analyst' },
      { method: 'POST', url: '/api/users', minimum: 'admin' },
      { method: 'PATCH', url: '/api/screens/1', minimum: 'admin' },
      { method: 'POST', url: '/api/imports', minimum: 'analyst' },
    ] as const;
    for (const { method, url } of writes) {
      const anonymous = await app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: '{"broken' });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
      const viewer = await app.inject({ method, url, headers: { 'content-type': 'application/json', cookie: cookies.viewer }, payload: '{"broken' });
      expect(viewer.statusCode, `${method} ${url} as viewer`).toBe(403);
    }
  });
});
