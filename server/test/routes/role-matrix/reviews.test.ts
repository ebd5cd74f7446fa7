/**
 * The yearly review's routes (JSON, Word, PDF) × anonymous, viewer, analyst, approver, admin. They
 * are figures (`read`): open to anyone while PUBLIC_READ is on, to those signed in when it is off.
 */
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { roleMatrix, type RouteCase } from '../../support/role-matrix.js';

const URLS = ['/api/reviews/2020?lang=vi', '/api/reviews/2020/review.docx?lang=vi', '/api/reviews/2020/review.pdf?lang=vi'];

roleMatrix(
  URLS.map((url) => ({
    name: `GET ${url.split('?')[0]}`,
    minimum: 'viewer',
    ok: 200,
    closed: true,
    request: async () => ({ method: 'GET', url }),
  })) satisfies RouteCase[],
);

describe('review reads with PUBLIC_READ on', () => {
  it('are open to anyone, the PDF as the Word file', async () => {
    const { app } = await testApp();
    for (const url of URLS) expect((await app.inject({ url })).statusCode).toBe(200);
  });
});
