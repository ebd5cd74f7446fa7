import { seedIndicators } from '@kpi/db';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorBodySchema, healthSchema, sourceListSchema } from '@kpi/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

describe('GET /api/health', () => {
  it('reports the database and the number of indicators', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(healthSchema.parse(res.json())).toMatchObject({ status: 'ok', database: { status: 'ok', journalMode: 'memory' }, indicators: seedIndicators.length });
  });
});

describe('GET /api/sources', () => {
  it('lists the documents with their numbers and dates', async () => {
    const { app } = await testApp();
    const { sources } = sourceListSchema.parse((await app.inject('/api/sources')).json());
    expect(sources.find((s) => s.number === '17/NQ-CP')).toMatchObject({ date: '2019-03-07', kind: 'resolution' });
    const report = sources.find((s) => s.kind === 'report');
    expect(report).toMatchObject({ url: null, date: null });
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const { app } = await testApp();
    const { etag } = (await app.inject('/api/sources')).headers;
    expect((await app.inject({ url: '/api/sources', headers: { 'if-none-match': String(etag) } })).statusCode).toBe(304);
  });
});

describe('OpenAPI', () => {
  it('documents every API route from the zod schemas at /docs/json', async () => {
    const { app } = await testApp();
    const res = await app.inject('/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, { get?: { parameters?: { name: string }[]; responses: Record<string, unknown> } }> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/indicators', '/api/indicators/{code}', '/api/dashboard', '/api/sources']),
    );
    expect(doc.paths['/api/dashboard']?.get?.parameters?.map((p) => p.name)).toContain('year');
    expect(doc.paths['/api/dashboard']?.get?.responses).toHaveProperty('200');
  });

  it('serves Swagger UI at /docs', async () => {
    const { app } = await testApp();
    const res = await app.inject('/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });
});

describe('errors', () => {
  it('answers an unknown API route with 404 in the error shape', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(errorBodySchema.parse(res.json()).error.code).toBe('not-found');
  });

  it('answers a method the route lacks with 404, not 500', async () => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'DELETE', url: '/api/dashboard' });
    expect(res.statusCode).toBe(404);
    expect(errorBodySchema.safeParse(res.json()).success).toBe(true);
  });
});

describe('the web app on the same port', () => {
  const dist = mkdtempSync(join(tmpdir(), 'kpi-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="vi"><div id="root"></div></html>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('serves index.html at / and for client routes, and assets with a long cache', async () => {
    const { app } = await testApp({ webDist: dist });
    const root = await app.inject('/?year=2020');
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('lang="vi"');
    expect(root.headers['cache-control']).toBe('no-cache');
    const deep = await app.inject('/indicators/egov-rank');
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<div id="root">');
    const asset = await app.inject('/assets/app-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('serves a file built after the server started, without a restart', async () => {
    const { app } = await testApp({ webDist: dist });
    expect((await app.inject('/assets/later-def456.js')).statusCode).toBe(404);
    writeFileSync(join(dist, 'assets', 'later-def456.js'), 'console.log(2)');
    expect((await app.inject('/assets/later-def456.js')).statusCode).toBe(200);
  });

  it('keeps 404s for missing files and unknown API routes', async () => {
    const { app } = await testApp({ webDist: dist });
    expect((await app.inject('/assets/missing.js')).statusCode).toBe(404);
    const api = await app.inject('/api/missing');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/json/);
  });
});
