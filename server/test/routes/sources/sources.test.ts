import { sourceListSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';

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
