/**
 * What the route fuzz found, each pinned by the input that showed it: every one was a 5xx or
 * an answer outside the one error shape before its fix.
 */
import { errorBodySchema } from '@kpi/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzApp } from './fuzz-app.js';

const BOUNDARY = '----kpifuzz7MA4YWxkTrZu0gW';
const filePart = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\nContent-Type: application/octet-stream\r\n\r\n%PDF-1.7\n`;

function expectErrorShape(res: { statusCode: number; body: string }, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  const body = errorBodySchema.parse(JSON.parse(res.body));
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toBe('');
}

// One app for the file (a seeded database file: imports run in a worker with their own connection).
const fuzz = await fuzzApp();
afterAll(() => fuzz.close());
const analyst = async () => ({ app: fuzz.app, cookie: fuzz.sessions.cookie('analyst')! });

describe('malformed multipart bodies are 400, not 500', () => {
  const malformed = [
    { name: 'multipart/form-data without a boundary', contentType: 'multipart/form-data', body: `${filePart}\r\n--${BOUNDARY}--\r\n` },
    {
      name: 'a boundary that never appears in the body',
      contentType: 'multipart/form-data; boundary=somethingelse',
      body: `${filePart}\r\n--${BOUNDARY}--\r\n`,
    },
    { name: 'a body cut off before its closing boundary', contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: filePart },
  ];
  for (const { name, contentType, body } of malformed) {
    it(`POST /api/sources/:id/file with ${name}`, async () => {
      const { app, cookie } = await analyst();
      // A new source: one that published data cites is refused (409) before its body is read.
      const source = await app.inject({ method: 'POST', url: '/api/sources', headers: { cookie }, payload: { title: 'Báo cáo', kind: 'report' } });
      const res = await app.inject({
        method: 'POST',
        url: `/api/sources/${source.json().id}/file`,
        headers: { cookie, 'content-type': contentType },
        payload: body,
      });
      expectErrorShape(res, 400, 'malformed-multipart');
    });
    it(`POST /api/imports?dryRun=true with ${name}`, async () => {
      const { app, cookie } = await analyst();
      const res = await app.inject({ method: 'POST', url: '/api/imports?dryRun=true', headers: { cookie, 'content-type': contentType }, payload: body });
      expectErrorShape(res, 400, 'malformed-multipart');
    });
  }
});

describe("the router's own refusals are in the one error shape", () => {
  it('a malformed %-escape in a path parameter: GET /api/indicators/%E0%A4%A/observations/2020', async () => {
    const { app, cookie } = await analyst();
    const res = await app.inject({ url: '/api/indicators/%E0%A4%A/observations/2020', headers: { cookie } });
    expectErrorShape(res, 400, 'bad-url');
  });
  it('a lone % as a path parameter: GET /api/reviews/%', async () => {
    const { app } = await analyst();
    expectErrorShape(await app.inject({ url: '/api/reviews/%' }), 400, 'bad-url');
  });
  it('a 3,000-character path parameter: PUT /api/indicators/aaa…/observations/2020', async () => {
    const { app, cookie } = await analyst();
    const res = await app.inject({
      method: 'PUT',
      url: `/api/indicators/${'a'.repeat(3000)}/observations/2020`,
      headers: { cookie },
      payload: { kind: 'value', version: 0, sourceId: 1, value: 1 },
    });
    expectErrorShape(res, 414, 'uri-too-long');
  });
});

describe('the screen event stream refuses non-stream clients in the one error shape', () => {
  it('GET /api/screens/1/events?token=x with Accept: application/xml', async () => {
    const { app } = await analyst();
    const res = await app.inject({ url: '/api/screens/1/events?token=x', headers: { accept: 'application/xml' } });
    expectErrorShape(res, 406, 'not-acceptable');
  });
});
