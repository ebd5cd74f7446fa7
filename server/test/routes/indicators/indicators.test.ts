import { dashboardSchema, errorBodySchema, indicatorDetailSchema, indicatorListSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';

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

  it('explains the status as of the year asked for, as the overview card of that year does', async () => {
    const { app } = await testApp();
    const rank = indicatorDetailSchema.parse((await app.inject('/api/indicators/egov-rank?year=2020')).json());
    expect(rank.asOf).toMatchObject({
      year: 2020,
      figure: { position: 26, outOf: 63 },
      previous: { position: 50, outOf: 63 },
      change: { measure: 'places', delta: 24, improved: true },
    });
    const services = indicatorDetailSchema.parse((await app.inject('/api/indicators/online-services-level4-rate?year=2020')).json());
    expect(services.asOf.figure).toMatchObject({ year: 2020, value: 37.6 });
    expect(services.asOf.target).toMatchObject({ year: 2020, value: 30, source: { number: '17/NQ-CP' } });
    expect(services.asOf.status).toMatchObject({ status: 'achieved', explanation: { reason: 'target-met', latest: { year: 2020, value: 37.6 } } });
    const dashboard = dashboardSchema.parse((await app.inject('/api/dashboard?year=2020')).json());
    const card = dashboard.cards.find((c) => c.code === 'online-services-level4-rate');
    const { status, explanation } = services.asOf.status;
    expect(card?.status).toEqual({ status, reason: explanation.reason, ratio: explanation.ratio });
  });

  it('takes the latest year with data when no year is given, and a milestone past due and not done is off track', async () => {
    const { app } = await testApp();
    const latest = ((await app.inject('/api/dashboard')).json() as { year: number }).year;
    const detail = indicatorDetailSchema.parse((await app.inject('/api/indicators/smart-city-ioc-pilot')).json());
    expect(detail.asOf.year).toBe(latest);
    expect(latest).toBeGreaterThan(2021);
    expect(detail.asOf.figure).toMatchObject({ kind: 'milestone', state: 'not-started', date: '2021-12-31', asOf: '2021-01-15' });
    expect(detail.asOf.status).toMatchObject({ status: 'off-track', explanation: { reason: 'milestone-overdue' } });
    const in2021 = indicatorDetailSchema.parse((await app.inject('/api/indicators/smart-city-ioc-pilot?year=2021')).json());
    expect(in2021.asOf.status).toMatchObject({ status: 'at-risk', explanation: { reason: 'milestone-not-started' } });
  });

  it('still opens a replaced indicator, naming the indicator that replaced it', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/indicators/egov-rank?year=2022');
    expect(res.statusCode).toBe(200);
    const detail = indicatorDetailSchema.parse(res.json());
    expect(detail.indicator.replacedBy).toEqual({ code: 'dti-rank', fromYear: 2021 });
    expect(detail.replacement).toMatchObject({ code: 'dti-rank', name: { vi: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)' } });
    const dti = indicatorDetailSchema.parse((await app.inject('/api/indicators/dti-rank')).json());
    expect(dti.replacement).toBeNull();
  });

  it('answers a year out of range with 400 naming the field', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/indicators/egov-rank?year=1800');
    expect(res.statusCode).toBe(400);
    expect(errorBodySchema.parse(res.json()).error.fields).toHaveProperty('year');
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
