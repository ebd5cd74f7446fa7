/**
 * The commentary's routes (analysis and actions) × anonymous, viewer, analyst, approver,
 * admin: the exact status each gets. The published commentary is a read route, tried with
 * PUBLIC_READ=false, where a stranger is refused.
 */
import type { App } from '../../../src/app.js';
import { roleMatrix, version, type RouteCase } from '../../support/role-matrix.js';
import type { Account } from '../../support/users.js';

const url = (year: number) => `/api/indicators/bluezone-install-rate/commentary/${year}`;
const entry = (v: number) => ({
  version: v,
  analysis: 'Tỷ lệ cài đặt giảm do hết dịch.',
  actions: [{ what: 'Vận động', who: 'Phòng Bưu chính', due: '2026-06-30' }],
});

/** A pending draft by analyst2 for the caller to review; resolves to its version. */
async function draftFor(app: App, cookies: Record<Account, string>, year: number) {
  const v = await version(app, cookies.analyst2, `${url(year)}/revisions`);
  const res = await app.inject({ method: 'PUT', url: url(year), headers: { cookie: cookies.analyst2 }, payload: entry(v) });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().version as number;
}

const cases: RouteCase[] = [
  {
    name: 'GET published commentary',
    minimum: 'viewer',
    ok: 200,
    closed: true,
    request: async () => ({ method: 'GET', url: url(2021) }),
  },
  {
    name: 'GET commentary revisions',
    minimum: 'analyst',
    ok: 200,
    request: async () => ({ method: 'GET', url: `${url(2021)}/revisions` }),
  },
  {
    name: 'PUT commentary',
    minimum: 'analyst',
    ok: 200,
    request: async ({ app, cookies, i }) => ({
      method: 'PUT',
      url: url(2010 + i),
      payload: entry(await version(app, cookies.analyst, `${url(2010 + i)}/revisions`)),
    }),
  },
  {
    name: 'POST commentary publish',
    minimum: 'approver',
    ok: 200,
    request: async ({ app, cookies, i }) => ({ method: 'POST', url: `${url(2010 + i)}/publish`, payload: { version: await draftFor(app, cookies, 2010 + i) } }),
  },
  {
    name: 'POST commentary return',
    minimum: 'approver',
    ok: 200,
    request: async ({ app, cookies, i }) => ({
      method: 'POST',
      url: `${url(2003 + i)}/return`,
      payload: { version: await draftFor(app, cookies, 2003 + i), comment: 'xem lại' },
    }),
  },
  {
    name: 'GET commentary drafts',
    minimum: 'analyst',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/commentary-drafts' }),
  },
];

roleMatrix(cases);
