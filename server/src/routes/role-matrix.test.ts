/**
 * Every write route (and the analyst- and admin-only reads) × anonymous, viewer, analyst,
 * approver, admin: the exact status each gets. Allowed calls are given valid input, so an
 * allowed role must succeed and a refused one must be refused for its role, not its input.
 */
import { roleAtLeast, type Role } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { testApp } from '../test-support/app.js';
import { signInAll, type Account } from '../test-support/users.js';

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', 'viewer', 'analyst', 'approver', 'admin'];

interface RouteCase {
  name: string;
  minimum: Role;
  ok: number;
  /** Builds the request for one caller; may prepare state through other accounts. */
  request(ctx: { app: App; cookies: Record<Account, string>; caller: Caller; i: number }): Promise<{ method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; payload?: object }>;
}

const version = async (app: App, cookie: string, url: string) => (await app.inject({ url, headers: { cookie } })).json().version as number;
/** An account's version as the admin's list shows it. */
async function accountVersion(app: App, adminCookie: string, username: string): Promise<number> {
  const users = (await app.inject({ url: '/api/users', headers: { cookie: adminCookie } })).json().users as { username: string; version: number }[];
  return users.find((u) => u.username === username)!.version;
}
const obsUrl = (year: number) => `/api/indicators/bluezone-install-rate/observations/${year}`;
const ratio = (v: number, n = 155000) => ({ kind: 'ratio', numerator: n, denominator: 520000, version: v, sourceId: 1 });

/** A pending draft by analyst2 for the caller to review. */
async function draftFor(app: App, cookies: Record<Account, string>, year: number) {
  const v = await version(app, cookies.analyst2, obsUrl(year));
  const res = await app.inject({ method: 'PUT', url: obsUrl(year), headers: { cookie: cookies.analyst2 }, payload: ratio(v, 150000 + year) });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().observation.version as number;
}

const cases: RouteCase[] = [
  {
    name: 'PUT observation',
    minimum: 'analyst',
    ok: 200,
    request: async ({ app, cookies, i }) => ({ method: 'PUT', url: obsUrl(2015 + i), payload: ratio(await version(app, cookies.analyst, obsUrl(2015 + i))) }),
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
    request: async ({ app, cookies, i }) => ({ method: 'POST', url: `${obsUrl(2010 + i)}/publish`, payload: { version: await draftFor(app, cookies, 2010 + i) } }),
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
    request: async ({ i }) => ({ method: 'PUT', url: `/api/indicators/ecommerce-retail-share/targets/${2040 + i}`, payload: { revision: 0, value: 12, comparator: 'gte', sourceId: 8 } }),
  },
  {
    name: 'POST source',
    minimum: 'analyst',
    ok: 201,
    request: async ({ i }) => ({ method: 'POST', url: '/api/sources', payload: { number: `${i}/KH-UBND`, title: 'Kế hoạch', kind: 'plan' } }),
  },
  {
    name: 'GET drafts',
    minimum: 'analyst',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/drafts' }),
  },
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
    request: async ({ i }) => ({ method: 'POST', url: '/api/users', payload: { username: `new-user-${i}`, password: 'long enough pw', role: 'viewer', displayName: 'New' } }),
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
];

describe.each(cases)('$name', ({ minimum, ok, request }) => {
  it(`lets ${minimum} and above through (${ok}); 401 anonymous, 403 below`, async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const seen: Record<string, number> = {};
    let i = 0;
    for (const caller of CALLERS) {
      const req = await request({ app, cookies, caller, i: i++ });
      const headers = caller === 'anonymous' ? {} : { cookie: cookies[caller as Account] };
      const res = await app.inject({ ...req, headers });
      seen[caller] = res.statusCode;
    }
    const expected = Object.fromEntries(
      CALLERS.map((c) => [c, c === 'anonymous' ? 401 : roleAtLeast(c, minimum) ? ok : 403]),
    );
    expect(seen).toEqual(expected);
  });
});
