import { errorBodySchema } from '@kpi/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { importTestApp } from '../support/import-app.js';
import { csv, postImport } from '../support/imports.js';
import { signIn, signInAll } from '../support/users.js';
import { zip } from '../support/zip.js';

/** The CSP header as a map of directive → sources. */
function directives(header: string | string[] | number | undefined): Record<string, string[]> {
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security headers', () => {
  it('send a strict Content-Security-Policy (no inline script) and helmet’s other headers on the app’s pages', async () => {
    const { app } = await testApp();
    for (const url of ['/', '/indicators/egov-rank', '/no-such-page']) {
      const res = await app.inject(url);
      const csp = directives(res.headers['content-security-policy']);
      expect(csp).toMatchObject({
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'"],
        'connect-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
      });
      expect(Object.values(csp).flat()).not.toContain("'unsafe-inline'");
      expect(csp).not.toHaveProperty('upgrade-insecure-requests');
      expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'cross-origin-opener-policy': 'same-origin' });
    }
  });

  it('send the API the short set for JSON: nothing loads from it or frames it, no sniffing, no referrer', async () => {
    const { app } = await testApp();
    for (const url of ['/api/health', '/api/dashboard?year=2020', '/api/missing']) {
      const res = await app.inject(url);
      expect(directives(res.headers['content-security-policy'])).toEqual({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
      });
      // Headers that only mean something for a page are not sent with JSON.
      expect(res.headers).not.toHaveProperty('cross-origin-opener-policy');
      expect(res.headers).not.toHaveProperty('x-xss-protection');
    }
  });

  it('send HSTS only over HTTPS (here behind a proxy that says so), where browsers take it; over plain HTTP they ignore it', async () => {
    const { app } = await testApp({ trustProxy: 1 });
    for (const url of ['/api/dashboard?year=2020', '/']) {
      const overHttps = await app.inject({ url, headers: { 'x-forwarded-proto': 'https' } });
      expect(overHttps.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const overHttp = await app.inject({ url });
      expect(overHttp.headers).not.toHaveProperty('strict-transport-security');
      // Everything else is the same either way.
      expect(overHttp.headers['content-security-policy']).toBe(overHttps.headers['content-security-policy']);
    }
  });

  it('give Swagger UI at /docs its own policy: no inline script, inline styles only there, nothing from outside, no framing', async () => {
    const { app } = await testApp();
    const res = await app.inject('/docs');
    expect(res.statusCode).toBe(200);
    const csp = directives(res.headers['content-security-policy']);
    // @fastify/swagger-ui would add a hash per inline script or style; its current page has none.
    expect(csp['script-src']!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    // Its bundle injects <style> elements: inline styles are allowed there, and only there.
    expect(csp['style-src']!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:']);
    expect(Object.values(csp).flat()).not.toContain('https:');
    expect(csp).not.toHaveProperty('upgrade-insecure-requests');
  });
});

describe('write rate limit (per user and address)', () => {
  it('answers 429 in the error shape past the limit, counting each user apart and leaving reads alone', async () => {
    const { app } = await testApp({ auth: { writePerMinute: 3 } });
    const cookies = await signInAll(app);
    // An invalid password change: a write that changes nothing (400), still counted.
    const write = (cookie: string) => app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: {} });
    for (let i = 0; i < 3; i++) expect((await write(cookies.analyst)).statusCode).toBe(400);
    const limited = await write(cookies.analyst);
    expect(limited.statusCode).toBe(429);
    expect(errorBodySchema.parse(limited.json()).error).toEqual({
      code: 'rate-limited',
      message: expect.stringMatching(/^Too many requests: try again in \d+ s$/),
    });
    expect(limited.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    // Another user from the same address has their own allowance; reads are not limited.
    expect((await write(cookies.approver)).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: cookies.analyst } })).statusCode).toBe(200);
  });
});

describe('size limits', () => {
  it('answers 413 naming the limit for a JSON body past BODY_LIMIT_KB', async () => {
    const { app } = await testApp({ limits: { bodyBytes: 2048 } });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x'.repeat(4096), password: 'y' } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'body-too-large', message: 'The request body is larger than 2 KB (BODY_LIMIT_KB)' } });
  });

  it('answers 413 naming the limit for an upload past IMPORT_MAX_MB, an XLSX past IMPORT_MAX_ROWS, and a zip bomb', { timeout: 60_000 }, async () => {
    const { app } = await importTestApp({ limits: { importBytes: 1024 * 1024, importRows: 10 }, logger: { level: 'error' } });
    const { analyst } = await signInAll(app);
    const big = await postImport(app, analyst, 'big.csv', Buffer.alloc(1024 * 1024 + 10, 0x20), '?dryRun=true');
    expect([big.statusCode, big.json()]).toEqual([
      413,
      {
        error: {
          code: 'file-too-large',
          message: 'The file is larger than 1 MB: split it into several files',
          fields: { file: 'The file is larger than allowed.' },
        },
      },
    ]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('figures');
    sheet.addRow(['indicator_code', 'year', 'value']);
    for (let i = 0; i < 11; i++) sheet.addRow(['internet-subscribers', 2021, 1000 + i]);
    const rows = await postImport(app, analyst, 'rows.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), '?dryRun=true');
    expect([rows.statusCode, rows.json().error]).toEqual([
      413,
      { code: 'too-many-rows', message: 'The file has 11 rows; an import takes at most 10. Split it into several files' },
    ]);
    const csvRows = await postImport(
      app,
      analyst,
      'rows.csv',
      csv([['indicator_code', 'year'], ...Array.from({ length: 11 }, () => ['egov-rank', 2021])]),
      '?dryRun=true',
    );
    expect([csvRows.statusCode, csvRows.json().error.code]).toEqual([413, 'too-many-rows']);

    const bomb = zip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(32 * 1024 * 1024) },
    ]);
    const refused = await postImport(app, analyst, 'bomb.xlsx', bomb, '?dryRun=true');
    expect([refused.statusCode, refused.json().error.code]).toEqual([413, 'xlsx-too-large']);
  });
});

describe('sessions', () => {
  it('replace the session a browser already had at sign-in, and keep none after sign-out', async () => {
    const { app } = await testApp();
    const { analyst: first } = await signInAll(app);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first },
      payload: { username: 'analyst', password: 'correct horse battery' },
    });
    const second = `kpi_session=${again.cookies.find((c) => c.name === 'kpi_session')!.value}`;
    expect(second).not.toBe(first);
    const me = async (cookie: string) => (await app.inject({ url: '/api/auth/me', headers: { cookie } })).json().user?.username ?? null;
    expect([await me(first), await me(second)]).toEqual([null, 'analyst']);
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: second } });
    expect(await me(second)).toBeNull();
    // Signing in elsewhere does not end this browser's other sessions' replacement: a third one works.
    expect(await me(await signIn(app, 'analyst'))).toBe('analyst');
  });
});
