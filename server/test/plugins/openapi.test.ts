import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

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
