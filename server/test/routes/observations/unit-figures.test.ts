import { dashboardSchema, observationStateSchema, saveResultSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const ratio = (numerator: number, denominator: number, version: number) => ({ kind: 'ratio', numerator, denominator, version, sourceId: 1 });
const url = (code: string, year: number, unit?: string) => `/api/indicators/${code}/observations/${year}${unit ? `?unit=${unit}` : ''}`;

async function setup() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const put = (target: string, payload: object, who: keyof typeof cookies = 'analyst', lang = 'en') =>
    app.inject({ method: 'PUT', url: target, headers: { cookie: cookies[who], 'accept-language': lang }, payload });
  const get = (target: string) => app.inject({ url: target, headers: { cookie: cookies.analyst } });
  return { app, cookies, put, get };
}

describe('a figure of a commune or ward', () => {
  it('is drafted, published and read under its unit, apart from the province’s own figure and series', async () => {
    const { app, cookies, put, get } = await setup();
    const saved = await put(url('bluezone-install-rate', 2025, 'tam-thanh'), ratio(9000, 20000, 0));
    expect(saved.statusCode).toBe(200);
    expect(saveResultSchema.parse(saved.json()).observation).toMatchObject({ orgUnit: 'tam-thanh', version: 1, draft: { figure: { numerator: 9000 } } });
    const published = await app.inject({
      method: 'POST',
      url: `${url('bluezone-install-rate', 2025)}/publish?unit=tam-thanh`,
      headers: { cookie: cookies.approver },
      payload: { version: 1 },
    });
    expect(published.statusCode).toBe(200);
    expect(observationStateSchema.parse((await get(url('bluezone-install-rate', 2025, 'tam-thanh'))).json())).toMatchObject({
      orgUnit: 'tam-thanh',
      published: { figure: { numerator: 9000, denominator: 20000 } },
    });
    // The province has no 2025 figure of its own, and its series and overview do not take the ward's.
    expect(observationStateSchema.parse((await get(url('bluezone-install-rate', 2025))).json())).toMatchObject({ orgUnit: 'lang-son', published: null });
    const card = dashboardSchema.parse((await app.inject({ url: '/api/dashboard?year=2025' })).json()).cards.find((c) => c.code === 'bluezone-install-rate');
    expect(card?.figure?.year).not.toBe(2025);
    const audit = (await app.inject({ url: '/api/audit?user=analyst', headers: { cookie: cookies.admin } })).json().entries as { entityKey: string }[];
    expect(audit[0]?.entityKey).toBe('bluezone-install-rate/2025/tam-thanh');
  });

  it('is refused for an unknown unit, a unit that did not exist that year, and an indicator without units, naming `unit`', async () => {
    const { put } = await setup();
    const unknown = await put(url('bluezone-install-rate', 2025, 'xa-khong-co'), ratio(1, 2, 0));
    expect([unknown.statusCode, unknown.json().error.fields]).toEqual([400, { unit: 'No such administrative unit.' }]);
    // Tam Thanh ward exists from 1/7/2025; the former Lộc Bình district until 30/6/2025.
    const early = await put(url('bluezone-install-rate', 2024, 'tam-thanh'), ratio(1, 2, 0), 'analyst', 'vi');
    expect([early.statusCode, early.json().error.fields]).toEqual([400, { unit: 'Đơn vị này không tồn tại trong năm của số liệu.' }]);
    expect((await put(url('bluezone-install-rate', 2024, 'huyen-loc-binh'), ratio(1, 2, 0))).statusCode).toBe(200);
    const rank = await put(url('dti-rank', 2025, 'tam-thanh'), { kind: 'rank', position: 3, outOf: 34, version: 0, sourceId: 1 });
    expect([rank.statusCode, Object.keys(rank.json().error.fields)]).toEqual([400, ['unit']]);
    const malformed = await put(url('bluezone-install-rate', 2025, 'Tam Thanh'), ratio(1, 2, 0));
    expect([malformed.statusCode, Object.keys(malformed.json().error.fields)]).toEqual([400, ['unit']]);
  });
});
