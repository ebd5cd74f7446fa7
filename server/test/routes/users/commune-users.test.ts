/**
 * Commune users: analyst accounts an admin limits to one commune or ward. They draft figures and
 * commentary for their unit only (403 for any other, the province included, before the body is
 * read), import files of their unit's figures, and cannot be given to another role or unit kind.
 */
import { inboxSchema, sessionSchema, userSchema, yearEntryStatesSchema } from '@kpi/shared';
import { ratioEntry } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import { importTestApp } from '../../support/import-app.js';
import { csv, dryRun } from '../../support/imports.js';
import { PASSWORD, signIn, signInAll } from '../../support/users.js';

const figureUrl = (year: number, unit?: string) => `/api/indicators/bluezone-install-rate/observations/${year}${unit ? `?unit=${unit}` : ''}`;
const commentaryUrl = (unit: string) => `/api/indicators/bluezone-install-rate/commentary/2025?unit=${unit}`;
const commentary = { version: 0, analysis: 'Phường vận động người dân cài đặt.', actions: [] };

async function setup(options: Parameters<typeof importTestApp>[0] = {}) {
  const { app } = await importTestApp(options);
  const cookies = await signInAll(app);
  const createUser = (payload: object) => app.inject({ method: 'POST', url: '/api/users', headers: { cookie: cookies.admin }, payload });
  const created = await createUser({ username: 'tam-thanh.lan', password: PASSWORD, role: 'analyst', displayName: 'Lan (Tam Thanh)', unit: 'tam-thanh' });
  expect(created.statusCode).toBe(201);
  const commune = await signIn(app, 'tam-thanh.lan');
  const put = (url: string, payload: object, cookie = commune) => app.inject({ method: 'PUT', url, headers: { cookie, 'accept-language': 'en' }, payload });
  return { app, cookies, commune, createUser, put, account: userSchema.parse(created.json()) };
}

const errorOf = (res: { statusCode: number; json(): { error: { code: string; fields?: Record<string, string> } } }) => [
  res.statusCode,
  res.json().error.code,
  res.json().error.fields,
];

describe('a commune user', { timeout: 60_000 }, () => {
  it('is an analyst account with its unit, which its session names', async () => {
    const { app, commune, account } = await setup();
    expect(account).toMatchObject({ role: 'analyst', unit: 'tam-thanh' });
    const me = sessionSchema.parse((await app.inject({ url: '/api/auth/me', headers: { cookie: commune } })).json());
    expect(me.user).toMatchObject({ username: 'tam-thanh.lan', unit: 'tam-thanh' });
  });

  it('drafts its own unit’s figures and commentary, and gets 403 naming `unit` for any other, before its body is read', async () => {
    const { put, cookies } = await setup();
    expect((await put(figureUrl(2025, 'tam-thanh'), ratioEntry(9000, 0))).statusCode).toBe(200);
    const other = await put(figureUrl(2025, 'tan-doan'), ratioEntry(9000, 0));
    expect(errorOf(other)).toEqual([403, 'outside-your-unit', { unit: 'Your account enters figures for its own unit only.' }]);
    // No `unit`: the province's figure, which is not the commune user's either.
    expect((await put(figureUrl(2024), ratioEntry(9000, 0))).statusCode).toBe(403);
    // A malformed body for another unit is refused for the unit, not for the body.
    expect((await put(figureUrl(2025, 'tan-doan'), { kind: 'nonsense' })).statusCode).toBe(403);
    expect((await put(figureUrl(2025, 'tam-thanh'), { kind: 'nonsense' })).statusCode).toBe(400);
    expect((await put(commentaryUrl('tam-thanh'), commentary)).statusCode).toBe(200);
    expect(errorOf(await put(commentaryUrl('tan-doan'), commentary))[0]).toBe(403);
    // The province's analysts are not limited.
    expect((await put(figureUrl(2025, 'tan-doan'), ratioEntry(9000, 0), cookies.analyst)).statusCode).toBe(200);
  });

  it('finds its own unit’s figures due in its inbox, with no line in the reporting calendar', async () => {
    // 20 January 2026: the 2025 figures fell due on the department's 15 January.
    const { app, commune, cookies } = await setup({ clock: () => new Date('2026-01-20T03:00:00Z') });
    const dueOf = async (cookie: string) =>
      inboxSchema
        .parse((await app.inject({ url: '/api/inbox', headers: { cookie } })).json())
        .items.flatMap((i) => (i.kind === 'overdue' || i.kind === 'due-soon' ? [[i.kind, i.indicator.code, i.year, i.scope, i.units.map((u) => u.code)]] : []));
    expect(await dueOf(commune)).toEqual([['overdue', 'bluezone-install-rate', 2025, 'mine', ['tam-thanh']]]);
    // The province's analysts answer for nothing the calendar does not give them.
    expect(await dueOf(cookies.analyst)).toEqual([]);
  });

  it('sees where its own unit’s figures of a year stand, apart from the province’s', async () => {
    const { app, put, commune } = await setup();
    expect((await put(figureUrl(2025, 'tam-thanh'), ratioEntry(9000, 0))).statusCode).toBe(200);
    const states = async (query: string) =>
      yearEntryStatesSchema.parse((await app.inject({ url: `/api/observations?year=2025${query}`, headers: { cookie: commune } })).json()).figures;
    expect(await states('&unit=tam-thanh')).toEqual([{ indicatorCode: 'bluezone-install-rate', state: 'draft', hasPublished: false, returnComment: null }]);
    expect((await states('')).some((f) => f.indicatorCode === 'bluezone-install-rate')).toBe(false);
  });

  it('may not approve: the approver routes still answer 403', async () => {
    const { app, put, commune } = await setup();
    const saved = await put(figureUrl(2025, 'tam-thanh'), ratioEntry(9000, 0));
    const publish = await app.inject({
      method: 'POST',
      url: `${figureUrl(2025)}/publish?unit=tam-thanh`,
      headers: { cookie: commune },
      payload: { version: saved.json().observation.version },
    });
    expect(publish.statusCode).toBe(403);
  });

  it('imports its unit’s figures: a row without a unit is its own, a row of another unit is rejected by `org_unit`', async () => {
    const { app, commune } = await setup();
    const file = csv([
      ['indicator_code', 'org_unit', 'year', 'numerator', 'denominator', 'source_id'],
      ['bluezone-install-rate', '', '2025', '10', '20', '1'],
      ['bluezone-install-rate', 'Phường Tam Thanh', '2025', '11', '20', '1'],
      ['bluezone-install-rate', 'Tân Đoàn', '2025', '12', '20', '1'],
      ['bluezone-install-rate', 'lang-son', '2025', '13', '20', '1'],
    ]);
    const plan = await dryRun(app, commune, 'tam-thanh.csv', file);
    expect(plan.rows.map((r) => [r.status, r.orgUnit?.code])).toEqual([
      ['new', 'tam-thanh'],
      ['rejected', 'tam-thanh'],
      ['rejected', 'tan-doan'],
      ['rejected', 'lang-son'],
    ]);
    expect(plan.rows[1]!.fields).toEqual({ year: 'The same figure as row 2.' });
    expect(plan.rows[2]!.fields).toEqual({ org_unit: 'Your account enters figures for Tam Thanh Ward (tam-thanh) only, not for Tân Đoàn Commune (tan-doan).' });
    expect(plan.rows[3]!.fields).toEqual({
      org_unit: 'Your account enters figures for Tam Thanh Ward (tam-thanh) only, not for Lạng Sơn Province (lang-son).',
    });
  });
});

describe('an account’s unit', () => {
  const base = { password: PASSWORD, displayName: 'Cán bộ xã' };

  it('is a commune or ward that stands today, and only an analyst’s', async () => {
    const { createUser } = await setup();
    const refused = async (payload: object) => {
      const res = await createUser({ ...base, ...payload });
      return [res.statusCode, Object.keys(res.json().error.fields ?? {})];
    };
    expect(await refused({ username: 'a.approver', role: 'approver', unit: 'tam-thanh' })).toEqual([400, ['unit']]);
    expect(await refused({ username: 'a.province', role: 'analyst', unit: 'lang-son' })).toEqual([400, ['unit']]);
    expect(await refused({ username: 'a.district', role: 'analyst', unit: 'huyen-loc-binh' })).toEqual([400, ['unit']]);
    expect(await refused({ username: 'a.unknown', role: 'analyst', unit: 'xa-khong-co' })).toEqual([400, ['unit']]);
    expect(await refused({ username: 'a.malformed', role: 'analyst', unit: 'Tam Thanh' })).toEqual([400, ['unit']]);
  });

  it('is changed by an admin with the account’s version, and must be cleared before the account becomes an approver', async () => {
    const { app, cookies, account } = await setup();
    const patch = (payload: object) => app.inject({ method: 'PATCH', url: '/api/users/tam-thanh.lan', headers: { cookie: cookies.admin }, payload });
    const promoted = await patch({ version: account.version, role: 'approver' });
    expect([promoted.statusCode, Object.keys(promoted.json().error.fields)]).toEqual([400, ['unit']]);
    const moved = await patch({ version: account.version, unit: 'tan-doan' });
    expect(userSchema.parse(moved.json())).toMatchObject({ unit: 'tan-doan', version: account.version + 1 });
    expect((await patch({ version: account.version, unit: 'tam-thanh' })).statusCode).toBe(409);
    const province = await patch({ version: account.version + 1, role: 'approver', unit: null });
    expect(userSchema.parse(province.json())).toMatchObject({ role: 'approver', unit: null });
  });

  it('is the only unit whose figures its user can be made responsible for', async () => {
    const { app, cookies } = await setup();
    const rule = (unitResponsibles: Record<string, string>, responsible: string | null = null) =>
      app.inject({
        method: 'PUT',
        url: '/api/calendar/bluezone-install-rate',
        headers: { cookie: cookies.approver, 'accept-language': 'en' },
        payload: { version: 0, due: null, responsible, unitResponsibles },
      });
    const province = await rule({}, 'tam-thanh.lan');
    expect([province.statusCode, province.json().error.fields]).toEqual([
      400,
      { responsible: 'A commune user answers for their own commune’s or ward’s figures only.' },
    ]);
    expect(Object.keys((await rule({ 'tan-doan': 'tam-thanh.lan' })).json().error.fields)).toEqual(['unitResponsibles.tan-doan']);
    expect((await rule({ 'tam-thanh': 'tam-thanh.lan' })).statusCode).toBe(200);
  });

  it('keeps its unit from being deleted', async () => {
    const { app, cookies } = await setup();
    const unit = (await app.inject({ url: '/api/org-units', headers: { cookie: cookies.admin } }))
      .json()
      .units.find((u: { code: string }) => u.code === 'tam-thanh');
    const res = await app.inject({
      method: 'DELETE',
      url: `/api/org-units/tam-thanh?version=${unit.version}`,
      headers: { cookie: cookies.admin, 'accept-language': 'en' },
    });
    expect([res.statusCode, res.json().error.fields]).toEqual([
      409,
      { code: 'The unit has figures, targets, units under it, a successor or commune users, so it cannot be deleted.' },
    ]);
  });
});
