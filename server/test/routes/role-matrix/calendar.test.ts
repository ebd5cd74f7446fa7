/**
 * The reporting calendar's routes (the calendar, its rules and a year's own dates, completeness)
 * and the inbox × anonymous, viewer, analyst, approver, admin: the exact status each gets.
 */
import type { App } from '../../../src/app.js';
import { roleMatrix, type RouteCase } from '../../support/role-matrix.js';

/** dti-rank's rule version as an approver reads it. */
async function ruleVersion(app: App, cookie: string): Promise<number> {
  const calendar = (await app.inject({ url: '/api/calendar?year=2025', headers: { cookie } })).json() as { indicators: { code: string; version: number }[] };
  return calendar.indicators.find((i) => i.code === 'dti-rank')!.version;
}

const cases: RouteCase[] = [
  { name: 'GET calendar', minimum: 'approver', ok: 200, request: async () => ({ method: 'GET', url: '/api/calendar?year=2025' }) },
  {
    name: 'PUT reporting rule',
    minimum: 'approver',
    ok: 200,
    request: async ({ app, cookies }) => ({
      method: 'PUT',
      url: '/api/calendar/dti-rank',
      payload: { version: await ruleVersion(app, cookies.admin), due: { month: 2, day: 1 }, responsible: 'analyst' },
    }),
  },
  {
    name: 'PUT due date of a year',
    minimum: 'approver',
    ok: 200,
    request: async ({ i }) => ({ method: 'PUT', url: `/api/calendar/dti-rank/years/${2010 + i}`, payload: { version: 0, due: '2026-02-01' } }),
  },
  {
    name: 'DELETE due date of a year',
    minimum: 'approver',
    ok: 204,
    request: async ({ app, cookies, i }) => {
      const url = `/api/calendar/dti-rank/years/${2010 + i}?unit=lang-son`;
      const res = await app.inject({ method: 'PUT', url, headers: { cookie: cookies.admin }, payload: { version: 0, due: '2026-02-01' } });
      if (res.statusCode !== 200) throw new Error(res.body);
      return { method: 'DELETE', url: `${url}&version=1` };
    },
  },
  { name: 'GET completeness', minimum: 'approver', ok: 200, request: async () => ({ method: 'GET', url: '/api/completeness?year=2025' }) },
  { name: 'GET inbox', minimum: 'viewer', ok: 200, request: async () => ({ method: 'GET', url: '/api/inbox' }) },
];

roleMatrix(cases);
