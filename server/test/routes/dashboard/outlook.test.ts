import { dashboardSchema, indicatorDetailSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';

describe('where each indicator is heading, on the card and the indicator page', () => {
  it('projects the DTI to 2025 from 4th of 63 in 2023: held at 1st of 34, the top 10 already reached', async () => {
    const { app } = await testApp();
    const body = dashboardSchema.parse((await app.inject('/api/dashboard?year=2023')).json());
    const dti = body.cards.find((c) => c.code === 'dti-rank')!;
    // 16th of 63 in 2020 to 4th in 2023 is 4 places of 63 a year; carried on, it would pass 1st.
    expect(dti.outlook).toEqual({
      kind: 'projection',
      from: { year: 2023, value: 4 },
      targetYear: 2025,
      expected: 1,
      held: true,
      meetsTarget: true,
      reachedIn: 2023,
    });
    const page = indicatorDetailSchema.parse((await app.inject('/api/indicators/dti-rank?year=2023')).json());
    expect(page.asOf.outlook).toEqual(dti.outlook);
  });

  it('gives an indicator without a target its trend: the ICT Index rank 61st → 32nd of 63 (2016–2018) is improving', async () => {
    const { app } = await testApp();
    const body = dashboardSchema.parse((await app.inject('/api/dashboard?year=2018')).json());
    const ict = body.cards.find((c) => c.code === 'ict-index-rank')!;
    expect(ict.target).toBeNull();
    expect(ict.outlook).toMatchObject({ kind: 'trend', verdict: 'improving' });
  });

  it('says a single figure is too few to judge, and a task has no outlook', async () => {
    const { app } = await testApp();
    const body = dashboardSchema.parse((await app.inject('/api/dashboard?year=2020')).json());
    const single = body.cards.filter((c) => c.status.status === 'too-few');
    expect(single.length).toBeGreaterThan(0);
    for (const card of single) expect(card.outlook).toEqual({ kind: 'too-few' });
    for (const card of body.cards.filter((c) => c.figure?.kind === 'milestone')) expect(card.outlook).toBeNull();
  });
});
