/**
 * The admin's routes (accounts, the audit trail, organisation units) × anonymous, viewer, analyst,
 * approver, admin: the exact status each gets.
 */
import type { App } from '../../../src/app.js';
import { multipartFile } from '../../support/import-app.js';
import { roleMatrix, type RouteCase } from '../../support/role-matrix.js';

/** An account's version as the admin's list shows it. */
async function accountVersion(app: App, adminCookie: string, username: string): Promise<number> {
  const users = (await app.inject({ url: '/api/users', headers: { cookie: adminCookie } })).json().users as { username: string; version: number }[];
  return users.find((u) => u.username === username)!.version;
}

const cases: RouteCase[] = [
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
  {
    name: 'GET org units file (CSV)',
    minimum: 'admin',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/org-units/export.csv' }),
  },
  {
    name: 'GET org units file (XLSX)',
    minimum: 'admin',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/org-units/export.xlsx?lang=en' }),
  },
  {
    name: 'POST org units file (dry run)',
    minimum: 'admin',
    ok: 200,
    request: async () => {
      const { payload, headers } = multipartFile('units.csv', 'code,name,kind,parent\r\nxa-moi,Mới,commune,lang-son\r\n');
      return { method: 'POST', url: '/api/org-units/import?dryRun=true', payload, headers };
    },
  },
  {
    name: 'POST org units file (run)',
    minimum: 'admin',
    ok: 200,
    request: async ({ i }) => {
      const { payload, headers } = multipartFile('units.csv', `code,name,kind,parent\r\nxa-moi-${i},Mới,commune,lang-son\r\n`);
      return { method: 'POST', url: '/api/org-units/import', payload, headers };
    },
  },
];

roleMatrix(cases);
