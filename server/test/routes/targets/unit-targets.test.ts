import { schema } from '@kpi/db';
import { unitBreakdownSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { publishRatio } from '../../support/unit-figures.js';
import { signInAll, type Account } from '../../support/users.js';

const CODE = 'bluezone-install-rate';
const targetUrl = (year: number, unit?: string) => `/api/indicators/${CODE}/targets/${year}${unit ? `?unit=${unit}` : ''}`;
const entry = (revision: number, value: number) => ({ revision, value, comparator: 'gte', sourceId: 1 });

async function withCommunes() {
  const { app, db } = await testApp();
  const cookies = await signInAll(app);
  for (const [unit, numerator] of [
    ['tam-thanh', 500],
    ['dong-dang', 700],
  ] as const) {
    await publishRatio(app, cookies, { year: 2026, unit, numerator, denominator: 1000 });
  }
  const put = (who: Account, url: string, payload: object, lang = 'vi') =>
    app.inject({ method: 'PUT', url, headers: { cookie: cookies[who], 'accept-language': lang }, payload });
  const breakdown = async () => unitBreakdownSchema.parse((await app.inject(`/api/indicators/${CODE}/units?year=2026`)).json());
  return { app, db, cookies, put, breakdown };
}

describe('PUT /api/indicators/:code/targets/:year?unit=', () => {
  it('sets a commune’s own target, which judges that commune alone, revised apart from the province’s', async () => {
    const { app, put, breakdown } = await withCommunes();
    expect((await put('approver', targetUrl(2026), entry(0, 80))).json()).toEqual({ revision: 1 });
    // Its own revisions start at 0, whatever the province's stand at.
    expect((await put('approver', targetUrl(2026, 'tam-thanh'), entry(1, 50))).statusCode).toBe(409);
    expect((await put('approver', targetUrl(2026, 'tam-thanh'), entry(0, 50))).json()).toEqual({ revision: 1 });

    const rows = new Map((await breakdown()).units.map((row) => [row.unit.code, row]));
    expect(rows.get('tam-thanh')).toMatchObject({ targetOf: 'unit', target: { year: 2026, value: 50 }, status: { status: 'achieved' } });
    expect(rows.get('dong-dang')).toMatchObject({ targetOf: 'province', target: { value: 80 }, status: { status: 'off-track' } });
    // The province's own page keeps the province's targets alone.
    const detail = (await app.inject(`/api/indicators/${CODE}`)).json() as { targets: { year: number; value: number }[] };
    expect(detail.targets.filter((t) => t.year === 2026).map((t) => t.value)).toEqual([80]);
  });

  it('refuses a stale revision of a unit’s target with 409 naming `revision`, as the province’s', async () => {
    const { put, breakdown } = await withCommunes();
    expect((await put('approver', targetUrl(2026, 'tam-thanh'), entry(0, 50))).json()).toEqual({ revision: 1 });
    const stale = await put('approver2', targetUrl(2026, 'tam-thanh'), entry(0, 55));
    expect([stale.statusCode, stale.json().error.fields]).toEqual([409, { revision: expect.any(String) }]);
    expect((await put('approver2', targetUrl(2026, 'tam-thanh'), entry(1, 60))).json()).toEqual({ revision: 2 });
    expect((await breakdown()).units.find((row) => row.unit.code === 'tam-thanh')?.target?.value).toBe(60);
  });

  it('is for approvers: an analyst gets 403 and an anonymous caller 401, and nothing is written', async () => {
    const { app, db, put } = await withCommunes();
    expect((await put('analyst', targetUrl(2026, 'tam-thanh'), entry(0, 50))).statusCode).toBe(403);
    expect((await app.inject({ method: 'PUT', url: targetUrl(2026, 'tam-thanh'), payload: entry(0, 50) })).statusCode).toBe(401);
    expect(
      db
        .select()
        .from(schema.targets)
        .all()
        .filter((t) => t.orgUnit === 'tam-thanh'),
    ).toEqual([]);
  });

  it('answers 400 naming `unit`, in the caller’s language, for a unit unknown, not there that year, or of an indicator without units', async () => {
    const { app, db, put, cookies } = await withCommunes();
    const unknown = await put('approver', targetUrl(2026, 'no-such-commune'), entry(0, 50));
    expect([unknown.statusCode, unknown.json().error.fields]).toEqual([400, { unit: 'Không có đơn vị hành chính này.' }]);
    const english = await put('approver', targetUrl(2026, 'no-such-commune'), entry(0, 50), 'en');
    expect(english.json().error.fields).toEqual({ unit: 'No such administrative unit.' });
    // The communes replaced the districts on 1/7/2025: none of them existed in 2024.
    const before = await put('approver', targetUrl(2024, 'tam-thanh'), entry(0, 50), 'en');
    expect([before.statusCode, before.json().error.fields]).toEqual([400, { unit: 'This unit did not exist in the figure’s year.' }]);
    const badCode = await put('approver', targetUrl(2026, 'Tam Thanh'), entry(0, 50));
    expect([badCode.statusCode, Object.keys(badCode.json().error.fields)]).toEqual([400, ['unit']]);
    const rank = await app.inject({
      method: 'PUT',
      url: '/api/indicators/egov-rank/targets/2026?unit=tam-thanh',
      headers: { cookie: cookies.approver },
      payload: { revision: 0, value: 10, comparator: 'lte', sourceId: 1 },
    });
    expect([rank.statusCode, rank.json().error.fields]).toEqual([400, { unit: expect.any(String) }]);
    expect(
      db
        .select()
        .from(schema.targets)
        .all()
        .filter((t) => t.orgUnit !== 'lang-son'),
    ).toEqual([]);
  });
});
