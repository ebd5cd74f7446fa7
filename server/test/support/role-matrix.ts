import { roleAtLeast, type Role } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { testApp } from './app.js';
import { signInAll, type Account } from './users.js';

export type Caller = 'anonymous' | Role;
export const CALLERS: Caller[] = ['anonymous', 'viewer', 'analyst', 'approver', 'admin'];

/** One route's row: the least role it lets through and the status an allowed call gets. */
export interface RouteCase {
  name: string;
  minimum: Role;
  ok: number;
  /** A read route: tried with PUBLIC_READ=false, where a stranger is refused as for any other route. */
  closed?: boolean;
  /** Builds the request for one caller; may prepare state through other accounts. */
  request(ctx: { app: App; cookies: Record<Account, string>; caller: Caller; i: number }): Promise<{
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  }>;
}

/** A resource's `version` as `cookie`'s account reads it. */
export const version = async (app: App, cookie: string, url: string) => (await app.inject({ url, headers: { cookie } })).json().version as number;

/**
 * Each row × anonymous, viewer, analyst, approver, admin: 401 anonymous, 403 below the row's
 * minimum, its `ok` status from the minimum up. Allowed calls are given valid input, so an allowed
 * role must succeed and a refused one be refused for its role, not its input.
 */
export function roleMatrix(cases: RouteCase[]): void {
  describe.each(cases)('$name', ({ minimum, ok, closed, request }) => {
    it(`lets ${minimum} and above through (${ok}); 401 anonymous, 403 below`, async () => {
      const { app } = await testApp(closed ? { auth: { publicRead: false } } : {});
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
}
