import { errorBodySchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

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
