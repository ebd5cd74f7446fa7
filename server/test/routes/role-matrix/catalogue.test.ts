/**
 * The catalogue's routes (indicator groups: read, add, change; indicator definitions: read, propose,
 * publish, return, retire; the catalogue file's imports, JSON and XLSX, as dry runs) ×
 * anonymous, viewer, analyst, approver, admin: the exact status each gets.
 */
import { newDefinition } from '@kpi/shared/testing';
import { definitionUrl, definitionVersion, proposedDefinition } from '../../support/definitions.js';
import { multipartFile } from '../../support/import-app.js';
import { roleMatrix, type RouteCase } from '../../support/role-matrix.js';

const groupName = (i: number) => ({ vi: `Nhóm ${i}`, en: `Group ${i}` });

const cases: RouteCase[] = [
  // Public reading is on by default; with it off, groups are read as the figures are: signed in.
  { name: 'GET indicator groups', minimum: 'viewer', ok: 200, closed: true, request: async () => ({ method: 'GET', url: '/api/indicator-groups' }) },
  {
    name: 'POST indicator group',
    minimum: 'admin',
    ok: 201,
    request: async ({ i }) => ({ method: 'POST', url: '/api/indicator-groups', payload: { code: `group-${i}`, name: groupName(i) } }),
  },
  {
    name: 'PUT indicator group',
    minimum: 'admin',
    ok: 200,
    request: async ({ app, cookies, i }) => {
      const groups = (await app.inject({ url: '/api/indicator-groups', headers: { cookie: cookies.admin } })).json().groups as {
        code: string;
        version: number;
      }[];
      const v = groups.find((g) => g.code === 'press')!.version;
      return { method: 'PUT', url: '/api/indicator-groups/press', payload: { name: groupName(i), order: 60, version: v } };
    },
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
    name: 'POST catalogue import (JSON)',
    minimum: 'approver',
    ok: 200,
    request: async ({ app }) => ({
      method: 'POST',
      url: '/api/catalogue/import',
      payload: { file: (await app.inject('/api/catalogue/export.json')).json(), dryRun: true },
    }),
  },
  {
    name: 'POST catalogue import (XLSX)',
    minimum: 'approver',
    ok: 200,
    request: async ({ app }) => ({
      method: 'POST',
      url: '/api/catalogue/import.xlsx?dryRun=true',
      ...multipartFile('danh-muc.xlsx', (await app.inject('/api/catalogue/export.xlsx')).rawPayload),
    }),
  },
];

roleMatrix(cases);
