import { catalogueSchema, dashboardSchema, errorBodySchema, joinCatalogue } from '@kpi/shared';
import { describe, expect, it, vi } from 'vitest';
import { testApp } from '../../support/app.js';

describe('GET /api/dashboard', () => {
  it('serves the 2020 view with the report’s four figures, statuses and the Bluezone flag', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/dashboard?year=2020');
    expect(res.statusCode).toBe(200);
    const body = dashboardSchema.parse(res.json());
    const card = (code: string) => body.cards.find((c) => c.code === code)!;

    expect(card('bluezone-install-rate').figure).toMatchObject({ numerator: 154231, denominator: 519755, published: 29.71 });
    expect(card('bluezone-install-rate').flags).toMatchObject([{ code: 'published-mismatch', published: 29.71 }]);
    expect(card('bluezone-install-rank').figure).toMatchObject({ position: 9, outOf: 63 });
    expect(card('online-services-level4-rate')).toMatchObject({
      figure: { value: 37.6 },
      target: { value: 30 },
      status: { status: 'achieved', reason: 'target-met' },
    });
    expect(card('egov-rank')).toMatchObject({ figure: { position: 26 }, change: { measure: 'places', delta: 24, fromYear: 2019 } });
    expect(body.counts.achieved).toBe(1);
    expect(Object.values(body.counts).reduce((a, b) => a + b, 0)).toBe(body.cards.length);
  });

  it('names indicators and documents by code and id, and GET /api/catalogue has their names', async () => {
    const { app } = await testApp();
    const dashboard = dashboardSchema.parse((await app.inject('/api/dashboard?year=2020')).json());
    const res = await app.inject('/api/catalogue');
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toMatch(/^"/);
    const catalogue = catalogueSchema.parse(res.json());
    expect(catalogue.version).toBe(dashboard.catalogueVersion);
    expect(catalogue.indicators.map((i) => i.code).sort()).toEqual(dashboard.cards.map((c) => c.code).sort());
    // A document by its number and title only: the rest is on the indicator's page.
    expect(Object.keys(catalogue.sources[0]!).sort()).toEqual(['id', 'number', 'title']);
    const overview = joinCatalogue(dashboard, catalogue);
    const services = overview?.cards.find((c) => c.indicator.code === 'online-services-level4-rate');
    expect(services?.indicator.name.vi).toMatch(/dịch vụ công trực tuyến/i);
    expect(services?.target).toMatchObject({ value: 30, source: { number: '17/NQ-CP' } });
    expect(services?.figure?.source?.title).toMatch(/\S/);
  });

  it('leaves provenance and the whole explanation to the indicator page', async () => {
    const { app } = await testApp();
    const body = dashboardSchema.parse((await app.inject('/api/dashboard?year=2020')).json());
    expect(body.cards.filter((card) => card.figure).length).toBeGreaterThan(0);
    for (const card of body.cards) {
      expect(card).not.toHaveProperty('previous');
      expect(Object.keys(card.status).sort()).toEqual(['ratio', 'reason', 'status']);
      if (card.figure) for (const key of ['locator', 'version', 'orgUnit', 'source']) expect(card.figure).not.toHaveProperty(key);
    }
  });

  it('gives the catalogue a new version when published data cites a new document, and the dashboard follows', async () => {
    const { app, db } = await testApp();
    const before = catalogueSchema.parse((await app.inject('/api/catalogue')).json());
    const { id } = db.$client.prepare("insert into sources (title, kind) values ('Kế hoạch mới', 'plan') returning id").get() as { id: number };
    app.view.invalidate();
    // Cited by nothing yet: not public, so the catalogue is as it was.
    expect(catalogueSchema.parse((await app.inject('/api/catalogue')).json())).toEqual(before);
    db.$client
      .prepare(
        "insert into targets (indicator_id, year, value, comparator, source_id, created_by) select id, 2040, 12, 'gte', ?, 'test' from indicators where code = 'ecommerce-retail-share'",
      )
      .run(id);
    app.view.invalidate();
    const after = catalogueSchema.parse((await app.inject('/api/catalogue')).json());
    expect(after.version).not.toBe(before.version);
    expect(after.sources.map((s) => s.title)).toContain('Kế hoạch mới');
    expect(dashboardSchema.parse((await app.inject('/api/dashboard?year=2020')).json()).catalogueVersion).toBe(after.version);
  });

  it('defaults to the latest year with data and lists the years newest first', async () => {
    const { app } = await testApp();
    const body = dashboardSchema.parse((await app.inject('/api/dashboard')).json());
    expect(body.year).toBe(body.years[0]);
    expect(body.years).toEqual([...body.years].sort((a, b) => b - a));
    expect(body.years).toContain(2020);
  });

  it('shows an earlier figure, labelled with its year, where a year has none', async () => {
    const { app } = await testApp();
    const body = dashboardSchema.parse((await app.inject('/api/dashboard?year=2020')).json());
    expect(body.cards.find((c) => c.code === 'ict-index-rank')?.figure).toMatchObject({ year: 2018, position: 32 });
  });

  it('leaves out the e-government ranking from 2021, when the DTI replaced it, and counts only the cards shown', async () => {
    const { app } = await testApp();
    const codes = async (year: number) => dashboardSchema.parse((await app.inject(`/api/dashboard?year=${year}`)).json());
    expect((await codes(2020)).cards.map((c) => c.code)).toEqual(expect.arrayContaining(['egov-rank', 'dti-rank']));
    const in2021 = await codes(2021);
    expect(in2021.cards.map((c) => c.code)).not.toContain('egov-rank');
    expect(in2021.cards.map((c) => c.code)).toContain('dti-rank');
    expect(Object.values(in2021.counts).reduce((a, b) => a + b, 0)).toBe(in2021.cards.length);
    const catalogue = catalogueSchema.parse((await app.inject('/api/catalogue')).json());
    expect(catalogue.indicators.find((i) => i.code === 'egov-rank')?.replacedBy).toEqual({ code: 'dti-rank', fromYear: 2021 });
  });

  it('counts the tasks past their due date and not done as off track, and a single figure as too few to judge', async () => {
    const { app } = await testApp();
    const body = dashboardSchema.parse((await app.inject('/api/dashboard?year=2022')).json());
    const overdue = body.cards.filter((c) => c.figure?.kind === 'milestone' && c.figure.state !== 'done');
    expect(overdue.map((c) => c.code).sort()).toEqual(['provincial-information-centre', 'sector-digitisation', 'smart-city-ioc-pilot']);
    for (const card of overdue) expect(card.status).toMatchObject({ status: 'off-track', reason: 'milestone-overdue' });
    expect(body.counts['off-track']).toBe(body.cards.filter((c) => c.status.status === 'off-track').length);
    const in2020 = dashboardSchema.parse((await app.inject('/api/dashboard?year=2020')).json());
    // The DTI's one figure by 2020 is short of its 2025 target: a figure, but no pace to judge yet.
    expect(in2020.cards.find((c) => c.code === 'dti-rank')?.status).toEqual({ status: 'too-few', reason: 'single-figure', ratio: null });
    expect(in2020.counts['too-few']).toBe(1);
    for (const { cards } of [body, in2020]) expect(cards.filter((c) => c.figure !== null && c.status.status === 'no-data')).toEqual([]);
  });

  it('answers year=abc with 400 naming the field', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/dashboard?year=abc');
    expect(res.statusCode).toBe(400);
    const body = errorBodySchema.parse(res.json());
    expect(body.error.fields).toHaveProperty('year');
    expect(body.error.message).toMatch(/year/);
  });

  it('answers a year out of range with 400', async () => {
    const { app } = await testApp();
    expect((await app.inject('/api/dashboard?year=1800')).statusCode).toBe(400);
    expect((await app.inject('/api/dashboard?year=2020.5')).statusCode).toBe(400);
  });

  it('sends an ETag and answers 304 when it matches', async () => {
    const { app } = await testApp();
    const first = await app.inject('/api/dashboard?year=2020');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await app.inject({ url: '/api/dashboard?year=2020', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const otherYear = await app.inject({ url: '/api/dashboard?year=2021', headers: { 'if-none-match': etag } });
    expect(otherYear.statusCode).toBe(200);
  });

  it('recomputes after the data changes, with a new ETag', async () => {
    const { app, db } = await testApp();
    const before = await app.inject('/api/dashboard?year=2020');
    db.$client.prepare('update observation_revisions set value = 40 where value = 37.6').run();
    // Still the cached body until the view is told the data changed.
    expect((await app.inject('/api/dashboard?year=2020')).headers.etag).toBe(before.headers.etag);
    app.view.invalidate();
    const after = await app.inject('/api/dashboard?year=2020');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(dashboardSchema.parse(after.json()).cards.find((c) => c.code === 'online-services-level4-rate')?.figure).toMatchObject({ value: 40 });
  });

  it('works on an empty database', async () => {
    const { app } = await testApp({ seed: false });
    const body = dashboardSchema.parse((await app.inject('/api/dashboard')).json());
    expect(body.cards).toEqual([]);
    expect(body.years).toEqual([]);
  });
});

describe('GET /api/dashboard, compressed', () => {
  it('sends the body gzipped once per change to clients that accept gzip, with its own ETag', async () => {
    const { gunzipSync } = await import('node:zlib');
    const { app } = await testApp();
    const plain = await app.inject('/api/dashboard?year=2020');
    // As Chromium asks over plain HTTP to a LAN address (brotli over HTTPS and localhost only).
    const gz = await app.inject({ url: '/api/dashboard?year=2020', headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(gz.headers.etag).not.toBe(plain.headers.etag);
    const again = await app.inject({ url: '/api/dashboard?year=2020', headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('sends brotli to clients that accept it once it is compressed (off the event loop), gzip until then', async () => {
    const { brotliDecompressSync } = await import('node:zlib');
    const { app } = await testApp();
    const plain = await app.inject('/api/dashboard?year=2020');
    const headers = { 'accept-encoding': 'gzip, deflate, br' };
    const first = await app.inject({ url: '/api/dashboard?year=2020', headers });
    expect(['br', 'gzip']).toContain(first.headers['content-encoding']);
    const br = await vi.waitFor(
      async () => {
        const res = await app.inject({ url: '/api/dashboard?year=2020', headers });
        expect(res.headers['content-encoding']).toBe('br');
        return res;
      },
      { timeout: 5000, interval: 20 },
    );
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await app.inject({ url: '/api/dashboard?year=2020', headers: { 'accept-encoding': 'gzip' } });
    expect(br.rawPayload.length).toBeLessThan(gz.rawPayload.length);
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
    const again = await app.inject({ url: '/api/dashboard?year=2020', headers: { ...headers, 'if-none-match': String(br.headers.etag) } });
    expect(again.statusCode).toBe(304);
    // A client that takes only brotli gets the plain body while brotli is still being made.
    const brOnly = await app.inject({ url: '/api/dashboard?year=2021', headers: { 'accept-encoding': 'br' } });
    expect(brOnly.headers['content-encoding']).toBeUndefined();
    expect(dashboardSchema.parse(brOnly.json()).year).toBe(2021);
  });
});
