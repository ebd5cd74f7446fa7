/**
 * The mail routes × anonymous, viewer, analyst, approver, admin: each user's own preferences for
 * every signed-in user, another account's and the outbox for admins only.
 */
import { roleMatrix, type RouteCase } from '../../support/role-matrix.js';

/** The caller's own account version, as their preferences read it. */
const myVersion = async ({ app, cookie }: { app: Parameters<RouteCase['request']>[0]['app']; cookie: string | undefined }) =>
  cookie ? ((await app.inject({ url: '/api/me/mail', headers: { cookie } })).json().version as number) : 1;

const cases: RouteCase[] = [
  {
    name: 'GET own mail preferences',
    minimum: 'viewer',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/me/mail' }),
  },
  {
    name: 'PUT own mail preferences',
    minimum: 'viewer',
    ok: 200,
    request: async ({ app, cookies, caller }) => ({
      method: 'PUT',
      url: '/api/me/mail',
      payload: {
        version: await myVersion({ app, cookie: caller === 'anonymous' ? undefined : cookies[caller] }),
        email: `${caller}@langson.example`,
        dailyDigest: true,
        immediateNotices: false,
      },
    }),
  },
  {
    name: 'PUT an account’s mail preferences',
    minimum: 'admin',
    ok: 200,
    request: async ({ app, cookies }) => {
      const users = (await app.inject({ url: '/api/users', headers: { cookie: cookies.admin } })).json().users as { username: string; version: number }[];
      const version = users.find((u) => u.username === 'approver2')!.version;
      return {
        method: 'PUT',
        url: '/api/users/approver2/mail',
        payload: { version, email: 'approver2@langson.example', dailyDigest: true, immediateNotices: true },
      };
    },
  },
  {
    name: 'GET mail status',
    minimum: 'admin',
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/mail/status' }),
  },
  {
    // Mail is off in these apps: an admin gets past the role check to the 409 that says so.
    name: 'POST test message',
    minimum: 'admin',
    ok: 409,
    request: async () => ({ method: 'POST', url: '/api/mail/test' }),
  },
];

roleMatrix(cases);
