import { dashboardSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { publishRatio } from '../../support/unit-figures.js';
import { signInAll } from '../../support/users.js';

describe('the overview of one commune', () => {
  it('shows the unit’s own figures on the cards of the indicators made from units, judged by the province’s target', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    await publishRatio(app, cookies, { year: 2025, unit: 'tam-thanh', numerator: 300, denominator: 1000 });
    await publishRatio(app, cookies, { year: 2026, unit: 'tam-thanh', numerator: 900, denominator: 1000 });
    await publishRatio(app, cookies, { year: 2026, unit: 'dong-dang', numerator: 100, denominator: 1000 });
    const target = await app.inject({
      method: 'PUT',
      url: '/api/indicators/bluezone-install-rate/targets/2026',
      headers: { cookie: cookies.approver },
      payload: { revision: 0, value: 80, comparator: 'gte', sourceId: 1 },
    });
    expect(target.statusCode).toBe(200);

    const res = await app.inject('/api/dashboard?unit=tam-thanh');
    expect(res.statusCode).toBe(200);
    const unit = dashboardSchema.parse(res.json());
    // The latest year the unit has a figure for, and only indicators whose province is made from units.
    expect(unit).toMatchObject({ year: 2026, years: [2026, 2025] });
    const bluezone = unit.cards.find((c) => c.code === 'bluezone-install-rate');
    expect(bluezone).toMatchObject({
      figure: { year: 2026, numerator: 900, denominator: 1000 },
      target: { year: 2026, value: 80 },
      status: { status: 'achieved' },
    });
    const province = dashboardSchema.parse((await app.inject('/api/dashboard?year=2026')).json());
    expect(unit.cards.length).toBeLessThan(province.cards.length);
    expect(unit.cards.every((c) => province.cards.some((p) => p.code === c.code))).toBe(true);

    const other = dashboardSchema.parse((await app.inject('/api/dashboard?unit=dong-dang&year=2026')).json());
    expect(other.cards.find((c) => c.code === 'bluezone-install-rate')).toMatchObject({ figure: { numerator: 100 }, status: { status: 'off-track' } });
    // The province's own overview is as it was.
    expect(dashboardSchema.parse((await app.inject('/api/dashboard?unit=lang-son&year=2026')).json())).toEqual(province);
  });

  it('carries a commune back before the 2025 reorganisation with its former communes’ figures summed, marked derived', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    // Mẫu Sơn was formed from the former communes Mẫu Sơn, Yên Khoái and Tú Mịch of Lộc Bình district.
    await publishRatio(app, cookies, { year: 2024, unit: 'loc-binh-mau-son', numerator: 100, denominator: 400 });
    await publishRatio(app, cookies, { year: 2024, unit: 'loc-binh-yen-khoai', numerator: 50, denominator: 300 });
    await publishRatio(app, cookies, { year: 2024, unit: 'loc-binh-tu-mich', numerator: 90, denominator: 300 });
    // 2023: one former commune did not report, so no sum is shown for that year.
    await publishRatio(app, cookies, { year: 2023, unit: 'loc-binh-mau-son', numerator: 10, denominator: 400 });
    await publishRatio(app, cookies, { year: 2025, unit: 'mau-son', numerator: 600, denominator: 1000 });

    const unit = dashboardSchema.parse((await app.inject('/api/dashboard?unit=mau-son&year=2025')).json());
    const card = unit.cards.find((c) => c.code === 'bluezone-install-rate')!;
    expect(card.trend.filter((p) => p.value !== null).map((p) => [p.year, p.value, p.basis])).toEqual([
      [2024, 24, 'derived'], // (100 + 50 + 90) / (400 + 300 + 300)
      [2025, 60, 'stated'],
    ]);
    expect(card.figure).toMatchObject({ year: 2025, numerator: 600 });
  });

  it('names the field of an unknown or malformed unit', async () => {
    const { app } = await testApp();
    for (const unit of ['khong-co', 'Tam Thanh']) {
      const res = await app.inject(`/api/dashboard?unit=${encodeURIComponent(unit)}`);
      expect(res.statusCode, unit).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['unit']);
    }
  });

  it('knows a unit from the moment an admin adds it, and forgets it once deleted', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    // The first read caches the units' codes with the published view.
    expect((await app.inject('/api/dashboard?unit=xa-moi')).statusCode).toBe(400);
    const unit = { code: 'xa-moi', name: 'Xã Mới', kind: 'commune', parent: 'lang-son', validFrom: '2026-01-01' };
    expect((await app.inject({ method: 'POST', url: '/api/org-units', headers: { cookie: admin }, payload: unit })).statusCode).toBe(201);
    expect((await app.inject('/api/dashboard?unit=xa-moi')).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/org-units/xa-moi?version=1', headers: { cookie: admin } })).statusCode).toBe(204);
    expect((await app.inject('/api/dashboard?unit=xa-moi')).statusCode).toBe(400);
  });

  it('is closed to strangers when figures are not public, like the province’s', async () => {
    const { app } = await testApp({ auth: { publicRead: false } });
    expect((await app.inject('/api/dashboard?unit=tam-thanh')).statusCode).toBe(401);
    const { viewer } = await signInAll(app);
    expect((await app.inject({ url: '/api/dashboard?unit=tam-thanh', headers: { cookie: viewer } })).statusCode).toBe(200);
  });
});
