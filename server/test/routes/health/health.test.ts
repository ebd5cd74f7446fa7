import { seedIndicators } from '@kpi/db';
import { healthSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';

describe('GET /api/health', () => {
  it('reports the database: a query answered, its latency and journal mode', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    const health = healthSchema.parse(res.json());
    expect(health.database).toEqual({ status: 'ok', latencyMs: expect.any(Number), journalMode: 'memory' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('reports the database and the number of indicators', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(healthSchema.parse(res.json())).toMatchObject({
      status: 'ok',
      database: { status: 'ok', journalMode: 'memory' },
      indicators: seedIndicators.length,
    });
  });

  it('answers 503 in the error shape when the database cannot answer', async () => {
    const { app, db } = await testApp();
    db.$client.close();
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: { code: 'database-unavailable', message: 'The database does not answer' } });
  });
});

describe('overload (@fastify/under-pressure)', () => {
  it('answers 503 with Retry-After in the error shape once a threshold is passed', async () => {
    // A heap limit of 1 MB is passed by any Node process: the first sample puts the server under pressure.
    const { app } = await testApp({ pressure: { maxEventLoopDelayMs: 0, maxHeapUsedMb: 1, sampleIntervalMs: 10 } });
    await expect.poll(() => app.isUnderPressure(), { timeout: 5000, interval: 10 }).toBe(true);
    for (const url of ['/api/health', '/api/dashboard?year=2020']) {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('10');
      expect(res.json()).toEqual({ error: { code: 'overloaded', message: 'The server is overloaded: try again in a few seconds' } });
    }
  });

  it('also answers 503 when the event loop was blocked past the delay limit', async () => {
    // Sampled every second, as in production: once a sample reads the loop as slow, it stays so until the next.
    const { app } = await testApp({ pressure: { maxEventLoopDelayMs: 100, maxHeapUsedMb: 0, sampleIntervalMs: 1000 } });
    // Keep the loop blocked 400 ms at a time, yielding briefly, until a sample sees it (within ~10 s).
    for (let i = 0; i < 25 && !app.isUnderPressure(); i++) {
      const blockUntil = Date.now() + 400;
      while (Date.now() < blockUntil);
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(app.memoryUsage().eventLoopDelay).toBeGreaterThan(100);
    expect(Number.isFinite(app.memoryUsage().eventLoopDelay)).toBe(true);
    expect((await app.inject('/api/health')).statusCode).toBe(503);
  });

  it('is off by default in buildApp, and the default thresholds (1 s delay) leave a normal server alone', async () => {
    const { app } = await testApp();
    expect(app.hasDecorator('isUnderPressure')).toBe(false);
    const { app: watched } = await testApp({ pressure: { maxEventLoopDelayMs: 1000, maxHeapUsedMb: 0, sampleIntervalMs: 100 } });
    await new Promise((r) => setTimeout(r, 250));
    expect((await watched.inject('/api/health')).statusCode).toBe(200);
  });
});
