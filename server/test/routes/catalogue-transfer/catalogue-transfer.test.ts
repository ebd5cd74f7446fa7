import { catalogueFileSchema, cataloguePlanSchema, indicatorDetailSchema, type CatalogueFile } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

const IMPORT = '/api/catalogue/import';

async function exported(app: Awaited<ReturnType<typeof testApp>>['app']): Promise<CatalogueFile> {
  const res = await app.inject('/api/catalogue/export.json');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="catalogue-\d{4}-\d{2}-\d{2}\.json"$/);
  return catalogueFileSchema.parse(res.json());
}

describe('the catalogue travels as a file', () => {
  it('exports to any reader, and to nobody signed out when figures are not public', async () => {
    const { app } = await testApp();
    const file = await exported(app);
    expect(file.indicators.length).toBeGreaterThan(15);
    const closed = (await testApp({ auth: { publicRead: false } })).app;
    expect((await closed.inject('/api/catalogue/export.json')).statusCode).toBe(401);
  });

  it('imports only for approvers and admins, deciding before it reads the body', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const file = await exported(app);
    // Anonymous with a malformed body: who you are comes first.
    expect((await app.inject({ method: 'POST', url: IMPORT, payload: { file: 'not a catalogue' } })).statusCode).toBe(401);
    const statuses: Record<string, number> = {};
    for (const [role, cookie] of Object.entries(cookies)) {
      statuses[role] = (await app.inject({ method: 'POST', url: IMPORT, headers: { cookie }, payload: { file, dryRun: true } })).statusCode;
    }
    expect(statuses).toEqual({ viewer: 403, analyst: 403, analyst2: 403, approver: 200, approver2: 200, admin: 200 });
  });

  it('names the field of a file it cannot read', async () => {
    const { app } = await testApp();
    const { approver } = await signInAll(app);
    const file = await exported(app);
    const send = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: IMPORT, headers: { cookie: approver }, payload });
    const notOurs = await send({ file: { ...file, format: 'something-else' } });
    expect(notOurs.statusCode).toBe(400);
    expect(Object.keys(notOurs.json().error.fields)).toEqual(['file.format']);
    const twice = await send({ file: { ...file, indicators: [file.indicators[0], file.indicators[0]] } });
    expect(twice.statusCode).toBe(400);
    expect(Object.keys(twice.json().error.fields)).toContain('file.indicators.1.code');
  });

  it('writes all or nothing: a dry run plans, a refused entry refuses the file, an import revises a target the overview shows at once', async () => {
    const { app } = await testApp();
    const { approver } = await signInAll(app);
    const file = await exported(app);
    const send = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: IMPORT, headers: { cookie: approver }, payload });

    const planned = cataloguePlanSchema.parse((await send({ file })).json());
    expect(planned).toMatchObject({ dryRun: true, applied: false });
    expect(planned.indicators.every((s) => s.action === 'unchanged')).toBe(true);

    const target = file.targets[0]!;
    const revised = { ...file, targets: [{ ...target, value: target.value + 5 }] };
    // A rank cannot become a ratio once it has figures: the whole file is refused.
    const rank = file.indicators.find((d) => d.kind === 'rank')!;
    const refused = await send({ dryRun: false, file: { ...revised, indicators: [{ ...rank, kind: 'ratio', unit: 'percent', direction: 'up' }] } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().plan.indicators).toEqual([expect.objectContaining({ code: rank.code, action: 'refused', reason: 'series-locked' })]);
    const before = indicatorDetailSchema.parse((await app.inject(`/api/indicators/${target.indicator}`)).json());
    expect(before.targets.find((t) => t.year === target.year && t.inForce)?.value).toBe(target.value);

    const applied = await send({ dryRun: false, file: { ...revised, indicators: [] } });
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ applied: true, targets: [{ indicator: target.indicator, year: target.year, action: 'revised' }] });
    const after = indicatorDetailSchema.parse((await app.inject(`/api/indicators/${target.indicator}`)).json());
    expect(after.targets.find((t) => t.year === target.year && t.inForce)?.value).toBe(target.value + 5);
  });
});
