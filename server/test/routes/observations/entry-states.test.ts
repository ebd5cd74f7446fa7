import { yearEntryStatesSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const obsUrl = (code: string, year: number) => `/api/indicators/${code}/observations/${year}`;
const ratio = (numerator: number, version: number) => ({ kind: 'ratio', numerator, denominator: 520000, version, sourceId: 1, locator: 'Bảng 2' });

async function setup() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const as = (who: keyof typeof cookies) => ({ cookie: cookies[who] });
  const save = async (code: string, year: number, numerator: number, version: number) => {
    const res = await app.inject({ method: 'PUT', url: obsUrl(code, year), headers: as('analyst'), payload: ratio(numerator, version) });
    expect(res.statusCode).toBe(200);
    return res.json().observation.version as number;
  };
  const review = async (code: string, year: number, action: 'publish' | 'return', body: object) => {
    const res = await app.inject({ method: 'POST', url: `${obsUrl(code, year)}/${action}`, headers: as('approver'), payload: body });
    expect(res.statusCode).toBe(200);
    return res.json().version as number;
  };
  const states = async (year: number) => {
    const res = await app.inject({ url: `/api/observations?year=${year}`, headers: as('analyst') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    return yearEntryStatesSchema.parse(res.json());
  };
  /** The seed has other 2021 figures: each case follows the one it writes. */
  const bluezone = async (year: number) => (await states(year)).figures.filter((f) => f.indicatorCode === 'bluezone-install-rate');
  return { app, as, save, review, states, bluezone };
}

describe('GET /api/observations?year=', () => {
  it('gives each figure of the year its latest state, and the return comment when it was sent back', async () => {
    const { save, review, bluezone, states } = await setup();
    expect(await bluezone(2021)).toEqual([]);

    const drafted = await save('bluezone-install-rate', 2021, 160000, 0);
    expect(await bluezone(2021)).toEqual([{ indicatorCode: 'bluezone-install-rate', state: 'draft', hasPublished: false, returnComment: null }]);

    const returned = await review('bluezone-install-rate', 2021, 'return', { version: drafted, comment: 'Mẫu số lấy từ niên giám 2020, cần số 2021' });
    expect(await bluezone(2021)).toEqual([
      { indicatorCode: 'bluezone-install-rate', state: 'returned', hasPublished: false, returnComment: 'Mẫu số lấy từ niên giám 2020, cần số 2021' },
    ]);

    const again = await save('bluezone-install-rate', 2021, 161000, returned);
    await review('bluezone-install-rate', 2021, 'publish', { version: again });
    const published = await bluezone(2021);
    expect(published).toEqual([{ indicatorCode: 'bluezone-install-rate', state: 'published', hasPublished: true, returnComment: null }]);
    // Another year is its own list.
    expect(await bluezone(2022)).toEqual([]);
    expect((await states(2020)).figures.find((f) => f.indicatorCode === 'bluezone-install-rate')).toMatchObject({ state: 'published', hasPublished: true });
  });

  it('keeps the published figure in view while a correction is pending', async () => {
    const { save, review, bluezone } = await setup();
    const first = await save('bluezone-install-rate', 2021, 160000, 0);
    const published = await review('bluezone-install-rate', 2021, 'publish', { version: first });
    await save('bluezone-install-rate', 2021, 162000, published);
    expect(await bluezone(2021)).toEqual([{ indicatorCode: 'bluezone-install-rate', state: 'draft', hasPublished: true, returnComment: null }]);
  });

  it('answers a year out of range with 400 naming the year', async () => {
    const { app, as } = await setup();
    for (const year of ['1900', 'abc']) {
      const res = await app.inject({ url: `/api/observations?year=${year}`, headers: as('analyst') });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toHaveProperty('year');
    }
    const missing = await app.inject({ url: '/api/observations', headers: as('analyst') });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('year');
  });
});
