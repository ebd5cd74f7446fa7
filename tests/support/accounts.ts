import type { Page } from 'playwright-core';
import type { Browser } from './browser.js';
import type { RunningServer } from './server.js';

export const ADMIN_PASSWORD = 'e2e admin password';
export const PASSWORD = 'e2e password 2021';

/** Signs in through the API; returns the session cookie for further API calls. */
export async function apiSignIn(server: RunningServer, username: string, password: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** A JSON call with a session cookie, failing loudly on anything but 2xx. */
export async function apiCall<T>(server: RunningServer, cookie: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** Creates an account of each working role on a server started with KPI_ADMIN_PASSWORD=ADMIN_PASSWORD. */
export async function createAccounts(server: RunningServer): Promise<string> {
  const admin = await apiSignIn(server, 'admin', ADMIN_PASSWORD);
  for (const [username, role] of [
    ['analyst', 'analyst'],
    ['approver', 'approver'],
  ] as const) {
    await apiCall(server, admin, 'POST', '/api/users', { username, password: PASSWORD, role, displayName: `E2E ${role}` });
  }
  return admin;
}

/**
 * A new page signed in as `username` (an account createAccounts made) through the sign-in form,
 * landed on `next` as the form sends it back there. `password`: the admin's, or a spec's own.
 */
export async function signedInPage(browser: Browser, server: RunningServer, username: string, next: string, password = PASSWORD): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
  return page;
}
