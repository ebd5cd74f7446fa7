import { errorBodySchema, indicatorDetailSchema, indicatorListSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../test-support/app.js';

describe('GET /api/indicators', () => {
  it('lists every seeded indicator with names in both languages', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/indicators');
    expect(res.statusCode).toBe(200);
    const { indicators } = indicatorListSchema.parse(res.json());
    expect(indicators.map((i) => i.code)).toEqual(
      expect.arrayContaining(['bluezone-install-rate', 'bluezone-install-rank', 'online-services-level4-rate', 'egov-rank']),
    );
    expect(indicators.find((i) => i.code === 'egov-rank')).toMatchObject({ kind: 'rank', direction: 'down' });
  });
});

describe('GET /api/indicators/:code', () => {
  it('gives the series by year with targets, sources, statuses and flags', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/indicators/online-services-level4-rate');
    expect(res.statusCode).toBe(200);
    const detail = indicatorDetailSchema.parse(res.json());
    expect(detail.series.map((s) => s.year)).toEqual([2020, 2021, 2030]);
    expect(detail.series[0]).toMatchObject({
      figure: { value: 37.6 },
      target: { value: 30, comparator: 'gte' },
      status: { status: 'achieved', explanation: { reason: 'target-met', method: 'unsd-sdg-progress-chart' } },
    });
    expect(detail.sources.map((s) => s.number)).toContain('17/NQ-CP');
    expect(detail.trend.length).toBeGreaterThan(0);
  });

  it('flags the Bluezone rate where published and computed disagree', async () => {
    const { app } = await testApp();
    const detail = indicatorDetailSchema.parse((await app.inject('/api/indicators/bluezone-install-rate')).json());
    expect(detail.series[0]?.flags).toMatchObject([{ code: 'published-mismatch', published: 29.71 }]);
  });

  it('answers an unknown code with 404 in the error shape', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/indicators/no-such-indicator');
    expect(res.statusCode).toBe(404);
    expect(errorBodySchema.parse(res.json()).error.code).toBe('not-found');
  });

  it('answers a malformed code with 400 naming the field', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/indicators/Bad_Code');
    expect(res.statusCode).toBe(400);
    expect(errorBodySchema.parse(res.json()).error.fields).toHaveProperty('code');
  });
});
