import { insertUser } from '@kpi/db';
import type { Role } from '@kpi/shared';
import type { App } from '../../src/app.js';

export const PASSWORD = 'correct horse battery';
/** PASSWORD hashed once per scrypt cost: at the app's own cost, so no sign-in rehashes it. */
const cachedHashes = new Map<string, Promise<string>>();

export const ACCOUNTS = {
  viewer: 'viewer',
  analyst: 'analyst',
  analyst2: 'analyst',
  approver: 'approver',
  approver2: 'approver',
  admin: 'admin',
} as const satisfies Record<string, Role>;
export type Account = keyof typeof ACCOUNTS;

/** Creates one account of each role (and a second analyst and approver) and signs each in. */
export async function signInAll(app: App): Promise<Record<Account, string>> {
  const { N, r, p } = app.passwords.params;
  const cost = `${N}$${r}$${p}`;
  if (!cachedHashes.has(cost)) cachedHashes.set(cost, app.passwords.hash(PASSWORD));
  const passwordHash = await cachedHashes.get(cost)!;
  const cookies = {} as Record<Account, string>;
  for (const [username, role] of Object.entries(ACCOUNTS) as [Account, Role][]) {
    insertUser(app.db, { username, displayName: username, role, passwordHash });
    cookies[username] = await signIn(app, username);
  }
  return cookies;
}

export async function signIn(app: App, username: string, password = PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'kpi_session');
  if (!cookie) throw new Error('no session cookie');
  return `kpi_session=${cookie.value}`;
}
