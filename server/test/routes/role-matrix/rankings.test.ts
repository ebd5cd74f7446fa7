/**
 * The provincial ranking tables' routes × anonymous, viewer, analyst, approver, admin. Reads are
 * figures (`read`: open while PUBLIC_READ is off only to those signed in); imports are approvers'.
 */
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { multipartFile } from '../../support/import-app.js';
import { roleMatrix, type RouteCase } from '../../support/role-matrix.js';
import { signInAll } from '../../support/users.js';

const TABLE = 'province,year,rank,source_id\nCao Bằng,2023,30,1\n';

roleMatrix([
  {
    name: 'GET ranking import template',
    minimum: 'approver',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/rankings/dti/template.csv' }),
  },
  {
    name: 'POST ranking import (dry run)',
    minimum: 'approver',
    ok: 200,
    request: async () => ({ method: 'POST', url: '/api/rankings/dti/import?dryRun=true', ...multipartFile('dti.csv', TABLE) }),
  },
  {
    name: 'POST ranking import',
    minimum: 'approver',
    ok: 200,
    request: async ({ i }) => ({
      method: 'POST',
      url: '/api/rankings/dti/import',
      ...multipartFile('dti.csv', `province,year,rank,source_id\nCao Bằng,2023,${30 + i},1\n`),
    }),
  },
] satisfies RouteCase[]);

describe('ranking reads', () => {
  it('are open to anyone while PUBLIC_READ is on, and to those signed in when it is off', async () => {
    const open = (await testApp()).app;
    for (const url of ['/api/provinces', '/api/rankings/dti?provinces=cao-bang']) expect((await open.inject({ url })).statusCode).toBe(200);
    const closed = (await testApp({ auth: { publicRead: false } })).app;
    const { viewer } = await signInAll(closed);
    for (const url of ['/api/provinces', '/api/rankings/dti?provinces=cao-bang']) {
      expect((await closed.inject({ url })).statusCode).toBe(401);
      expect((await closed.inject({ url, headers: { cookie: viewer } })).statusCode).toBe(200);
    }
  });

  it('refuses an anonymous import before reading its body', async () => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/rankings/dti/import', payload: 'not multipart', headers: { 'content-type': 'text/plain' } });
    expect(res.statusCode).toBe(401);
  });
});
