/**
 * The figures' routes (entry, review, targets, sources, the queue) × anonymous, viewer, analyst,
 * approver, admin: the exact status each gets (the catalogue's and the admin's rows are beside this
 * file). Then what each gets of a source only a draft cites.
 */
import { sourceListSchema } from '@kpi/shared';
import { ratioEntry } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { testApp } from '../../support/app.js';
import { multipartFile } from '../../support/import-app.js';
import { CALLERS, roleMatrix, version, type RouteCase } from '../../support/role-matrix.js';
import { signInAll, type Account } from '../../support/users.js';

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
];

roleMatrix(cases);

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
