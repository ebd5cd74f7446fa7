import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

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
