import { unitBreakdownSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { publishRatio } from '../../support/unit-figures.js';
import { signInAll } from '../../support/users.js';

const URL = '/api/indicators/bluezone-install-rate/units';

async function withCommunes() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const publish = (year: number, unit: string | null, numerator: number, denominator = 1000) =>
    publishRatio(app, cookies, { year, unit, numerator, denominator });
  await publish(2025, 'tam-thanh', 500);
  await publish(2026, 'tam-thanh', 520);
  await publish(2026, 'dong-dang', 100);
  await publish(2026, 'luong-van-tri', 900);
  return { app, cookies, publish };
}

describe('GET /api/indicators/:code/units', () => {
  it('gives the latest year’s communes and wards furthest behind first, those not reported after, and the province from its parts', async () => {
    const { app, cookies } = await withCommunes();
    const target = await app.inject({
      method: 'PUT',
      url: '/api/indicators/bluezone-install-rate/targets/2026',
      headers: { cookie: cookies.approver },
      payload: { revision: 0, value: 80, comparator: 'gte', sourceId: 1 },
    });
    expect(target.statusCode).toBe(200);
    const res = await app.inject(URL);
    expect(res.statusCode).toBe(200);
    const body = unitBreakdownSchema.parse(res.json());
    expect(body.year).toBe(2026);
    expect(body.years).toEqual([2026, 2025]);
    expect(body.units).toHaveLength(65);
    expect(body.units.slice(0, 3).map((r) => [r.unit.code, r.status.status])).toEqual([
      ['dong-dang', 'off-track'],
      ['tam-thanh', 'off-track'],
      ['luong-van-tri', 'achieved'],
    ]);
    expect(body.units[1]).toMatchObject({ previous: { year: 2025, numerator: 500 }, change: { fromYear: 2025, improved: true }, targetOf: 'province' });
    expect(body.units.slice(3).every((r) => r.figure === null && r.status.status === 'no-data')).toBe(true);
    expect(body.province).toMatchObject({
      reported: 3,
      expected: 65,
      computed: { kind: 'ratio', numerator: 1520, denominator: 3000 },
      entered: null,
      mismatch: false,
    });
  });

  it('sets the province’s entered figure beside the computed one and flags a difference beyond rounding', async () => {
    const { app, publish } = await withCommunes();
    await publish(2026, null, 600); // 60 %, where the communes make 50.67 %
    const body = unitBreakdownSchema.parse((await app.inject(`${URL}?year=2026`)).json());
    expect(body.province).toMatchObject({ entered: { numerator: 600 }, mismatch: true });
    await publish(2026, null, 5067, 10000);
    expect(unitBreakdownSchema.parse((await app.inject(`${URL}?year=2026`)).json()).province.mismatch).toBe(false);
  });

  it('is recomputed when a unit’s figure is published', async () => {
    const { app, publish } = await withCommunes();
    const before = await app.inject(`${URL}?year=2025`);
    expect((await app.inject({ url: `${URL}?year=2025`, headers: { 'if-none-match': before.headers.etag as string } })).statusCode).toBe(304);
    expect(unitBreakdownSchema.parse(before.json()).province.reported).toBe(1);
    await publish(2025, 'dong-dang', 10);
    const after = await app.inject(`${URL}?year=2025`);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(unitBreakdownSchema.parse(after.json()).province).toMatchObject({ reported: 2, computed: { numerator: 510 } });
  });

  it('names a unit as an admin last renamed it', async () => {
    const { app, cookies } = await withCommunes();
    expect(unitBreakdownSchema.parse((await app.inject(URL)).json()).units[0]?.unit.name).toBe('Đồng Đăng');
    const units = (await app.inject({ url: '/api/org-units', headers: { cookie: cookies.admin } })).json().units as { code: string; version: number }[];
    const version = units.find((u) => u.code === 'dong-dang')!.version;
    const renamed = await app.inject({
      method: 'PATCH',
      url: '/api/org-units/dong-dang',
      headers: { cookie: cookies.admin },
      payload: { name: 'Đồng Đăng mới', version },
    });
    expect(renamed.statusCode).toBe(200);
    expect(unitBreakdownSchema.parse((await app.inject(URL)).json()).units[0]?.unit.name).toBe('Đồng Đăng mới');
  });

  it('lists the districts for a year before the reorganisation, and no unit of an indicator without units', async () => {
    const { app } = await testApp();
    const body = unitBreakdownSchema.parse((await app.inject(`${URL}?year=2020`)).json());
    expect(body.units.map((r) => r.unit.kind)).toEqual(Array(11).fill(expect.stringMatching(/^(district|city)$/)));
    expect(body.province).toMatchObject({ reported: 0, expected: 11, computed: null, entered: { numerator: 154231 } });
    const rank = unitBreakdownSchema.parse((await app.inject('/api/indicators/egov-rank/units?year=2020')).json());
    expect(rank).toMatchObject({ aggregation: 'none', years: [], province: { computed: null, reported: 0 } });
  });

  it('answers 404 for an unknown code and 400 naming `year` for a bad year', async () => {
    const { app } = await testApp();
    const unknown = await app.inject('/api/indicators/no-such-indicator/units');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'not-found']);
    for (const year of ['abc', '1800', '2025.5']) {
      const bad = await app.inject(`${URL}?year=${year}`);
      expect([bad.statusCode, Object.keys(bad.json().error.fields ?? {})], year).toEqual([400, ['year']]);
    }
  });

  it('is in the OpenAPI document with its query and refusals', async () => {
    const { app } = await testApp();
    const doc = (await app.inject('/docs/json')).json() as {
      paths: Record<string, { get?: { tags: string[]; parameters: { name: string }[]; responses: Record<string, unknown> } }>;
    };
    const op = doc.paths['/api/indicators/{code}/units']?.get;
    expect(op?.tags).toEqual(['indicators']);
    expect(op?.parameters.map((p) => p.name).sort()).toEqual(['code', 'year']);
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '404']));
  });
});
