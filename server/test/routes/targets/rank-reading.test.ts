import { indicatorDetailSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const DTI_2025 = '/api/indicators/dti-rank/targets/2025';

async function setup() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const put = (payload: object, url = DTI_2025, lang = 'vi-VN') =>
    app.inject({ method: 'PUT', url, headers: { cookie: cookies.approver, 'accept-language': lang }, payload });
  const detail = async (code = 'dti-rank', year = 2023) => indicatorDetailSchema.parse((await app.inject(`/api/indicators/${code}?year=${year}`)).json());
  return { app, put, detail };
}

/** The DTI target as the 2025 plan sets it; `extra` overrides. */
const top10 = (extra: object = {}) => ({ revision: 1, value: 10, comparator: 'lte', outOf: 63, sourceId: 1, ...extra });

describe('the reading of a rank target', () => {
  it('serves the 2025 plan’s DTI "top 10" as a position, and the status explanation says which reading applied', async () => {
    const { detail } = await setup();
    const dti = await detail();
    expect(dti.asOf.target).toMatchObject({ year: 2025, value: 10, reading: 'position' });
    expect(dti.asOf.status.explanation).toMatchObject({ reading: 'position', basis: 'percentile' });
    const services = await detail('online-services-level4-rate', 2020);
    expect(services.asOf.target?.reading).toBeNull();
    expect(services.asOf.status.explanation.reading).toBeNull();
  });

  it('lets an approver read it as a share in a new revision, and the explanation follows', async () => {
    const { put, detail } = await setup();
    const res = await put(top10({ reading: 'share' }));
    expect(res.statusCode).toBe(200);
    const dti = await detail();
    expect(dti.asOf.target).toMatchObject({ revision: 2, reading: 'share' });
    expect(dti.asOf.status.explanation.reading).toBe('share');
    // A rank target saved without a reading is a share, the rule before readings.
    expect((await put(top10({ revision: 2, reading: undefined }))).statusCode).toBe(200);
    expect((await detail()).asOf.target).toMatchObject({ revision: 3, reading: 'share' });
  });

  it('answers a reading that is neither with 400 naming the field, in the caller’s language, and writes nothing', async () => {
    const { put, detail } = await setup();
    const vi = await put(top10({ reading: 'top' }));
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error.fields.reading).toMatch(/vị trí/);
    const en = await put(top10({ reading: 'top' }), DTI_2025, 'en-GB');
    expect(en.json().error.fields.reading).toMatch(/position or as a share/);
    expect((await detail()).asOf.target).toMatchObject({ revision: 1, reading: 'position' });
  });

  it('refuses a reading on a target that is not a rank’s, naming the field', async () => {
    const { put, detail } = await setup();
    const url = '/api/indicators/online-services-level4-rate/targets/2025';
    const res = await put({ revision: 0, value: 90, comparator: 'gte', sourceId: 2, reading: 'position' }, url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.reading).toMatch(/thứ hạng/);
    expect((await detail('online-services-level4-rate', 2025)).targets.some((t) => t.year === 2025)).toBe(false);
  });
});
