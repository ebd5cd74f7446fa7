/**
 * The screen routes an admin pairs, watches and steers screens with × anonymous, viewer, analyst,
 * approver, admin: the exact status each gets. (A device's own routes check its secret or token.)
 */
import type { App } from '../../../src/app.js';
import { roleMatrix, type RouteCase } from '../../support/role-matrix.js';

/** A screen to act on, made by the admin. */
async function screenId(app: App, adminCookie: string): Promise<number> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/screens',
    headers: { cookie: adminCookie },
    payload: { name: 'Hall', playlist: [{ type: 'headline' }] },
  });
  return res.json().screen.id as number;
}

const cases: RouteCase[] = [
  {
    name: 'POST screen pair',
    minimum: 'admin',
    ok: 204,
    request: async ({ app, cookies }) => {
      const id = await screenId(app, cookies.admin);
      const { code } = (await app.inject({ method: 'POST', url: '/api/screen-pairings' })).json() as { code: string };
      return { method: 'POST', url: `/api/screens/${id}/pair`, payload: { code } };
    },
  },
  {
    name: 'POST screen command',
    minimum: 'admin',
    ok: 202,
    request: async ({ app, cookies }) => ({ method: 'POST', url: `/api/screens/${await screenId(app, cookies.admin)}/commands`, payload: { type: 'reload' } }),
  },
  {
    name: 'GET screen health',
    minimum: 'admin',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/screen-health' }),
  },
];

roleMatrix(cases);
