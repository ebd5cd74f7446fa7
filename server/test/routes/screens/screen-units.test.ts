import { screenContentSchema, screenIssuedSchema, unitBreakdownSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { testApp } from '../../support/app.js';
import { publishRatio } from '../../support/unit-figures.js';
import { signInAll, type Account } from '../../support/users.js';

const CODE = 'bluezone-install-rate';

async function setup() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const publish = (year: number, unit: string, numerator: number) => publishRatio(app, cookies, { year, unit, numerator, denominator: 1000 });
  const target = await app.inject({
    method: 'PUT',
    url: `/api/indicators/${CODE}/targets/2026`,
    headers: { cookie: cookies.approver },
    payload: { revision: 0, value: 80, comparator: 'gte', sourceId: 1 },
  });
  expect(target.statusCode).toBe(200);
  await publish(2025, 'tam-thanh', 400);
  await publish(2026, 'tam-thanh', 600);
  await publish(2026, 'dong-dang', 100);
  return { app, cookies, publish };
}

async function createScreen(app: App, cookies: Record<Account, string>, settings: object) {
  const res = await app.inject({ method: 'POST', url: '/api/screens', headers: { cookie: cookies.admin }, payload: { name: 'Phòng họp', ...settings } });
  expect(res.statusCode).toBe(201);
  return screenIssuedSchema.parse(res.json());
}

const content = async (app: App, { screen, token }: { screen: { id: number }; token: string }) =>
  screenContentSchema.parse((await app.inject(`/api/screens/${screen.id}/content?token=${token}`)).json());

describe('a screen’s units slide', () => {
  it('carries the breakdown the indicator page reads, of the latest year a commune reported, for each indicator it names', async () => {
    const { app, cookies } = await setup();
    const issued = await createScreen(app, cookies, {
      playlist: [{ type: 'headline' }, { type: 'units', code: CODE }, { type: 'units', code: CODE }, { type: 'units', code: 'no-such-indicator' }],
    });
    const { units, dashboard } = await content(app, issued);
    // The province's latest year is older than the communes' first: the slide follows the communes.
    expect(dashboard.year).toBeLessThan(2026);
    expect(Object.keys(units)).toEqual([CODE]);
    const page = unitBreakdownSchema.parse((await app.inject(`/api/indicators/${CODE}/units?year=2026`)).json());
    expect(units[CODE]).toEqual(page);
    expect(units[CODE]).toMatchObject({ year: 2026, province: { reported: 2, expected: 65 } });
    expect(units[CODE]!.units.slice(0, 2).map((row) => row.unit.code)).toEqual(['dong-dang', 'tam-thanh']);
  });

  it('keeps to a screen’s chosen year, and carries nothing for a playlist without units slides', async () => {
    const { app, cookies } = await setup();
    const fixed = await createScreen(app, cookies, { year: 2025, playlist: [{ type: 'units', code: CODE }] });
    expect((await content(app, fixed)).units[CODE]).toMatchObject({ year: 2025, province: { reported: 1 } });
    const plain = await createScreen(app, cookies, { playlist: [{ type: 'headline' }] });
    expect((await content(app, plain)).units).toEqual({});
  });

  it('ranks a commune’s newly published figure at the next read, with a new data version', async () => {
    const { app, cookies, publish } = await setup();
    const issued = await createScreen(app, cookies, { playlist: [{ type: 'units', code: CODE }] });
    const before = await content(app, issued);
    await publish(2026, 'luong-van-tri', 20);
    const after = await content(app, issued);
    expect(after.dataVersion).toBeGreaterThan(before.dataVersion);
    expect(after.units[CODE]).toMatchObject({ province: { reported: 3 } });
    expect(after.units[CODE]!.units[0]?.unit.code).toBe('luong-van-tri');
  });
});
