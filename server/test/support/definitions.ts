import { newDefinition } from '@kpi/shared/testing';
import type { App } from '../../src/app.js';
import { signInAll, type Account } from './users.js';
import { testApp } from './app.js';

/** A seeded app with every role signed in, and one-line calls to the definition routes. */
export async function definitionsApp() {
  const { app, db } = await testApp();
  const cookies = await signInAll(app);
  const as = (who: Account, headers: Record<string, string> = {}) => ({ cookie: cookies[who], ...headers });
  return {
    app,
    db,
    cookies,
    get: (who: Account, code: string) => app.inject({ url: definitionUrl(code), headers: as(who) }),
    put: (who: Account, code: string, payload: object, headers: Record<string, string> = {}) =>
      app.inject({ method: 'PUT', url: definitionUrl(code), headers: as(who, headers), payload }),
    post: (who: Account, code: string, action: 'publish' | 'return' | 'retire', payload: object) =>
      app.inject({ method: 'POST', url: definitionUrl(`${code}/${action}`), headers: as(who), payload }),
  };
}

/** `''` for the list, a code, or a code and an action (`egov-rank/retire`). */
export const definitionUrl = (path: string) => `/api/indicator-definitions${path ? `/${path}` : ''}`;

/** A new indicator proposed by `cookie`'s account, for another to publish or return: its entry's version. */
export async function proposedDefinition(app: App, cookie: string, code: string): Promise<number> {
  const res = await app.inject({ method: 'PUT', url: definitionUrl(code), headers: { cookie }, payload: { version: 0, definition: newDefinition({ code }) } });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().version as number;
}

/** The entry's version as an approver reads it. */
export async function definitionVersion(app: App, cookie: string, code: string): Promise<number> {
  return (await app.inject({ url: definitionUrl(code), headers: { cookie } })).json().version as number;
}
