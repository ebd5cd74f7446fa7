import { dashboardSchema, indicatorDetailSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const URL_2021 = '/api/indicators/bluezone-install-rate/observations/2021';
const entry = (extra: Record<string, unknown> = {}) => ({ kind: 'ratio', numerator: 160000, denominator: 520000, version: 0, sourceId: 1, ...extra });

describe('a figure’s basis through the API', () => {
  it('serves the seed’s derived Bluezone rank as derived on the card, its chart point and the indicator page', async () => {
    const { app } = await testApp();
    const dashboard = dashboardSchema.parse((await app.inject('/api/dashboard?year=2020')).json());
    const rank = dashboard.cards.find((c) => c.code === 'bluezone-install-rank')!;
    expect(rank.figure).toMatchObject({ position: 9, outOf: 63, basis: 'derived' });
    expect(rank.trend).toEqual([{ year: 2020, value: 9, basis: 'derived', target: null, expected: null }]);
    expect(dashboard.cards.find((c) => c.code === 'bluezone-install-rate')!.figure?.basis).toBe('stated');
    const detail = indicatorDetailSchema.parse((await app.inject('/api/indicators/egov-rank?year=2020')).json());
    expect(detail.series.map((s) => [s.year, s.figure?.basis])).toEqual([
      [2017, 'stated'],
      [2019, 'derived'],
      [2020, 'stated'],
    ]);
  });

  it('saves an analyst’s figure as stated unless marked, keeps the mark through publishing, and names a bad one', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const put = (payload: object) => app.inject({ method: 'PUT', url: URL_2021, headers: { cookie: cookies.analyst }, payload });
    const bad = await put(entry({ basis: 'guessed' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('basis');
    const plain = await put(entry());
    expect(plain.json().observation.draft.figure.basis).toBe('stated');
    const marked = await put(entry({ version: 1, basis: 'assumed', note: 'Ước tính của Sở.', noteEn: 'The department’s estimate.' }));
    expect(marked.statusCode).toBe(200);
    const published = await app.inject({ method: 'POST', url: `${URL_2021}/publish`, headers: { cookie: cookies.approver }, payload: { version: 2 } });
    expect(published.statusCode).toBe(200);
    const card = dashboardSchema.parse((await app.inject('/api/dashboard?year=2021')).json()).cards.find((c) => c.code === 'bluezone-install-rate')!;
    expect(card.figure).toMatchObject({ year: 2021, basis: 'assumed' });
    expect(card.trend.map((p) => p.basis)).toEqual(['stated', 'assumed']);
  });
});
