/**
 * Every write route (and the analyst- and admin-only reads) × anonymous, viewer, analyst,
 * approver, admin: the exact status each gets. Allowed calls are given valid input, so an
 * allowed role must succeed and a refused one must be refused for its role, not its input.
 * Then what each gets of a source only a draft cites.
 */
import { roleAtLeast, sourceListSchema, type Role } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { testApp } from '../support/app.js';
import { multipartFile } from '../support/import-app.js';
import { definitionUrl, definitionVersion, proposedDefinition } from '../support/definitions.js';
import { signInAll, type Account } from '../support/users.js';
import { newDefinition, ratioEntry } from '@kpi/shared/testing';

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', 'viewer', 'analyst', 'approver', 'admin'];

interface RouteCase {
  name: string;
  minimum: Role;
  ok: number;
  /** Builds the request for one caller; may prepare state through other accounts. */
  request(ctx: { app: App; cookies: Record<Account, string>; caller: Caller; i: number }): Promise<{
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  }>;
}

const version = async (app: App, cookie: string, url: string) => (await app.inject({ url, headers: { cookie } })).json().version as number;
/** An account's version as the admin's list shows it. */
async function accountVersion(app: App, adminCookie: string, username: string): Promise<number> {
  const users = (await app.inject({ url: '/api/users', headers: { cookie: adminCookie } })).json().users as { username: string; version: number }[];
  return users.find((u) => u.username === username)!.version;
}
const obsUrl = (year: number) => `/api/indicators/bluezone-install-rate/observations/${year}`;

/** A pending draft by analyst2 for the caller to review. */
async function draftFor(app: App, cookies: Record<Account, string>, year: number) {
  const v = await version(app, cookies.analyst2, obsUrl(year));
  const res = await app.inject({ method: 'PUT', url: obsUrl(year), headers: { cookie: cookies.analyst2 }, payload: ratioEntry(150000 + year, v) });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().observation.version as number;
}

/** A source nothing published cites yet, by analyst2: its document may still be attached. */
async function uncitedSource(app: App, cookies: Record<Account, string>, i: number) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/sources',
    headers: { cookie: cookies.analyst2 },
    payload: { number: `${i}/BC`, title: 'Báo cáo', kind: 'report' },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as number;
}

const PDF = Buffer.from('%PDF-1.4\n%%EOF');

const cases: RouteCase[] = [
  {
    name: 'PUT observation',
    minimum: 'analyst',
    ok: 200,
    request: async ({ app, cookies, i }) => ({
      method: 'PUT',
      url: obsUrl(2015 + i),
      payload: ratioEntry(155000, await version(app, cookies.analyst, obsUrl(2015 + i))),
    }),
  },
  {
    name: 'GET observation',
    minimum: 'analyst',
    ok: 200,
    request: async () => ({ method: 'GET', url: obsUrl(2021) }),
  },
  {
    name: 'POST publish',
    minimum: 'approver',
    ok: 200,
    request: async ({ app, cookies, i }) => ({
      method: 'POST',
      url: `${obsUrl(2010 + i)}/publish`,
      payload: { version: await draftFor(app, cookies, 2010 + i) },
    }),
  },
  {
    name: 'POST return',
    minimum: 'approver',
    ok: 200,
    request: async ({ app, cookies, i }) => ({
      method: 'POST',
      url: `${obsUrl(2003 + i)}/return`,
      payload: { version: await draftFor(app, cookies, 2003 + i), comment: 'xem lại' },
    }),
  },
  {
    name: 'PUT target',
    minimum: 'approver',
    ok: 200,
    request: async ({ i }) => ({
      method: 'PUT',
      url: `/api/indicators/ecommerce-retail-share/targets/${2040 + i}`,
      payload: { revision: 0, value: 12, comparator: 'gte', sourceId: 8 },
    }),
  },
  {
    name: 'POST source',
    minimum: 'analyst',
    ok: 201,
    request: async ({ i }) => ({ method: 'POST', url: '/api/sources', payload: { number: `${i}/KH-UBND`, title: 'Kế hoạch', kind: 'plan' } }),
  },
  {
    name: 'POST source file',
    minimum: 'analyst',
    ok: 201,
    request: async ({ app, cookies, i }) => ({
      method: 'POST',
      url: `/api/sources/${await uncitedSource(app, cookies, i)}/file`,
      ...multipartFile('scan.pdf', PDF),
    }),
  },
  {
    name: 'GET drafts',
    minimum: 'analyst',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/drafts' }),
  },
  {
    name: 'GET a year’s entry states',
    minimum: 'analyst',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/observations?year=2021' }),
  },
  { name: 'GET indicator definitions', minimum: 'approver', ok: 200, request: async () => ({ method: 'GET', url: definitionUrl('') }) },
  { name: 'GET an indicator definition', minimum: 'approver', ok: 200, request: async () => ({ method: 'GET', url: definitionUrl('egov-rank') }) },
  {
    name: 'PUT indicator definition draft',
    minimum: 'approver',
    ok: 200,
    request: async ({ i }) => ({ method: 'PUT', url: definitionUrl(`new-${i}`), payload: { version: 0, definition: newDefinition({ code: `new-${i}` }) } }),
  },
  {
    name: 'POST indicator retire',
    minimum: 'approver',
    ok: 200,
    request: async ({ app, cookies }) => ({
      method: 'POST',
      url: definitionUrl('ict-index-rank/retire'),
      payload: { version: await definitionVersion(app, cookies.admin, 'ict-index-rank'), fromYear: 2020 },
    }),
  },
  ...(['publish', 'return'] as const).map((action): RouteCase => ({
    name: `POST indicator definition ${action}`,
    minimum: 'approver',
    ok: 200,
    request: async ({ app, cookies, i }) => ({
      method: 'POST',
      url: definitionUrl(`${action}-${i}/${action}`),
      payload: { version: await proposedDefinition(app, cookies.approver2, `${action}-${i}`), comment: 'xem lại' },
    }),
  })),
  {
    name: 'GET users',
    minimum: 'admin',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/users' }),
  },
  {
    name: 'POST user',
    minimum: 'admin',
    ok: 201,
    request: async ({ i }) => ({
      method: 'POST',
      url: '/api/users',
      payload: { username: `new-user-${i}`, password: 'long enough pw', role: 'viewer', displayName: 'New' },
    }),
  },
  {
    name: 'PATCH user',
    minimum: 'admin',
    ok: 200,
    request: async ({ app, cookies }) => {
      const v = await accountVersion(app, cookies.admin, 'approver2');
      return { method: 'PATCH', url: '/api/users/approver2', payload: { version: v, displayName: `Approver ${v}` } };
    },
  },
  {
    name: 'POST user password reset',
    minimum: 'admin',
    ok: 204,
    request: async ({ app, cookies }) => ({
      method: 'POST',
      url: '/api/users/approver2/password',
      payload: { password: 'another long password', version: await accountVersion(app, cookies.admin, 'approver2') },
    }),
  },
  {
    name: 'POST user unlock',
    minimum: 'admin',
    ok: 200,
    request: async () => ({ method: 'POST', url: '/api/users/approver2/unlock' }),
  },
  {
    name: 'GET audit',
    minimum: 'admin',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/audit' }),
  },
  {
    name: 'POST org unit',
    minimum: 'admin',
    ok: 201,
    request: async ({ i }) => ({
      method: 'POST',
      url: '/api/org-units',
      payload: { code: `xa-moi-${i}`, name: 'Xã Mới', kind: 'commune', parent: 'lang-son' },
    }),
  },
  {
    name: 'PATCH org unit',
    minimum: 'admin',
    ok: 200,
    request: async ({ app, cookies }) => {
      const { units } = (await app.inject({ url: '/api/org-units', headers: { cookie: cookies.admin } })).json() as {
        units: { code: string; version: number }[];
      };
      const v = units.find((u) => u.code === 'ky-lua')!.version;
      return { method: 'PATCH', url: '/api/org-units/ky-lua', payload: { version: v, nameChecked: true } };
    },
  },
  {
    name: 'DELETE org unit',
    minimum: 'admin',
    ok: 204,
    request: async ({ app, cookies, i }) => {
      const payload = { code: `xa-xoa-${i}`, name: 'Xã Xóa', kind: 'commune', parent: 'lang-son' };
      const res = await app.inject({ method: 'POST', url: '/api/org-units', headers: { cookie: cookies.admin }, payload });
      if (res.statusCode !== 201) throw new Error(res.body);
      return { method: 'DELETE', url: `/api/org-units/xa-xoa-${i}?version=1` };
    },
  },
];

describe.each(cases)('$name', ({ minimum, ok, request }) => {
  it(`lets ${minimum} and above through (${ok}); 401 anonymous, 403 below`, async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const seen: Record<string, number> = {};
    let i = 0;
    for (const caller of CALLERS) {
      const req = await request({ app, cookies, caller, i: i++ });
      const headers = { ...req.headers, ...(caller === 'anonymous' ? {} : { cookie: cookies[caller as Account] }) };
      const res = await app.inject({ ...req, headers });
      seen[caller] = res.statusCode;
    }
    const expected = Object.fromEntries(CALLERS.map((c) => [c, c === 'anonymous' ? 401 : roleAtLeast(c, minimum) ? ok : 403]));
    expect(seen).toEqual(expected);
  });
});

/** What only drafts cite: the same routes as for published data, but a source and its document answer as if absent below analyst. */
describe('a source only a draft cites', () => {
  it('is listed (include=drafts) and its document served to analyst and above; 404 to the others', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const id = await uncitedSource(app, cookies, 0);
    const upload = multipartFile('scan.pdf', PDF);
    expect(
      (await app.inject({ method: 'POST', url: `/api/sources/${id}/file`, ...upload, headers: { ...upload.headers, cookie: cookies.analyst } })).statusCode,
    ).toBe(201);
    const obs = await version(app, cookies.analyst, obsUrl(2021));
    expect(
      (await app.inject({ method: 'PUT', url: obsUrl(2021), headers: { cookie: cookies.analyst }, payload: ratioEntry(155000, obs, { sourceId: id }) }))
        .statusCode,
    ).toBe(200);
    const seen: Record<string, { listed: boolean; file: number }> = {};
    for (const caller of CALLERS) {
      const headers = caller === 'anonymous' ? {} : { cookie: cookies[caller as Account] };
      const list = sourceListSchema.parse((await app.inject({ url: '/api/sources?include=drafts', headers })).json()).sources;
      seen[caller] = { listed: list.some((s) => s.id === id), file: (await app.inject({ url: `/api/sources/${id}/file`, headers })).statusCode };
    }
    expect(seen).toEqual({
      anonymous: { listed: false, file: 404 },
      viewer: { listed: false, file: 404 },
      analyst: { listed: true, file: 200 },
      approver: { listed: true, file: 200 },
      admin: { listed: true, file: 200 },
    });
  });
});
