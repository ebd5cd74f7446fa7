import { screenContentSchema, screenIssuedSchema, screenListSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const settings = { name: 'Phòng họp tầng 2', playlist: [{ type: 'headline' }] };

async function setup(extra: Record<string, unknown> = {}) {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const created = await app.inject({ method: 'POST', url: '/api/screens', headers: { cookie: cookies.admin }, payload: { ...settings, ...extra } });
  expect(created.statusCode).toBe(201);
  const issued = screenIssuedSchema.parse(created.json());
  const admin = { cookie: cookies.admin };
  const content = async () => screenContentSchema.parse((await app.inject(`/api/screens/${issued.screen.id}/content?token=${issued.token}`)).json());
  const patch = (payload: Record<string, unknown>) => app.inject({ method: 'PATCH', url: `/api/screens/${issued.screen.id}`, headers: admin, payload });
  const latestYear = (await app.inject('/api/dashboard')).json().year as number;
  return { app, admin, issued, content, patch, latestYear };
}

describe('a screen’s year', () => {
  it('follows the latest year with published data by default', async () => {
    const { issued, content, latestYear } = await setup();
    // The seed has figures after 2020, so a screen stuck on 2020 would show here.
    expect(latestYear).toBeGreaterThan(2020);
    expect(issued.screen.year).toBeNull();
    const shown = await content();
    expect(shown.screen.year).toBeNull();
    expect(shown.dashboard.year).toBe(latestYear);
  });

  it('is set and cleared by a PATCH, which the content, the list and the audit trail follow', async () => {
    const { app, admin, content, patch, latestYear } = await setup();
    const set = await patch({ year: 2020, version: 1 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ year: 2020, version: 2 });
    expect(screenListSchema.parse((await app.inject({ url: '/api/screens', headers: admin })).json()).screens[0]).toMatchObject({ year: 2020 });
    const fixed = await content();
    expect(fixed.screen.year).toBe(2020);
    expect(fixed.dashboard.year).toBe(2020);
    // The 2020 report's rank, not a later one.
    expect(fixed.dashboard.cards.find((card) => card.code === 'egov-rank')?.figure).toMatchObject({ year: 2020, position: 26 });

    // A change that does not name the year keeps it.
    expect((await patch({ name: 'Hall', version: 2 })).json()).toMatchObject({ year: 2020, version: 3 });
    const cleared = await patch({ year: null, version: 3 });
    expect(cleared.json()).toMatchObject({ year: null, version: 4 });
    expect((await content()).dashboard.year).toBe(latestYear);

    const audit = (await app.inject({ url: '/api/audit', headers: admin })).json().entries as {
      action: string;
      before: { year: unknown };
      after: { year: unknown };
    }[];
    const updates = audit.filter((entry) => entry.action === 'screen.update').map(({ before, after }) => [before.year, after.year]);
    // Newest first.
    expect(updates).toEqual([
      [2020, null],
      [2020, 2020],
      [null, 2020],
    ]);
  });

  it('is taken on creation', async () => {
    const { issued, content } = await setup({ year: 2021 });
    expect(issued.screen.year).toBe(2021);
    expect((await content()).dashboard.year).toBe(2021);
  });

  it('answers a year that is not one with 400 naming `year`, and changes nothing', async () => {
    const { app, admin, patch } = await setup();
    for (const year of [1999, 2101, 2020.5, '2020', 'latest']) {
      const res = await patch({ year, version: 1 });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['year']);
      const created = await app.inject({ method: 'POST', url: '/api/screens', headers: admin, payload: { ...settings, year } });
      expect(created.statusCode).toBe(400);
      expect(Object.keys(created.json().error.fields)).toEqual(['year']);
    }
    const screens = screenListSchema.parse((await app.inject({ url: '/api/screens', headers: admin })).json()).screens;
    expect(screens).toEqual([expect.objectContaining({ year: null, version: 1 })]);
  });
});
