import { countUsers, findUser, insertUser, replacePasswordHash } from '@kpi/db';
import { errorBodySchema, meSchema, retryLaterBodySchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { ensureAdmin } from '../../../src/services/bootstrap-admin.js';
import { hashPassword, verifyPassword } from '../../../src/services/passwords.js';
import { testApp } from '../../support/app.js';
import { PASSWORD, signIn, signInAll } from '../../support/users.js';

describe('sign-in and sessions', () => {
  it('signs in with an httpOnly, SameSite=Strict cookie and knows the user', async () => {
    const { app } = await testApp();
    await signInAll(app);
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'Analyst ', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(meSchema.parse(res.json()).user).toMatchObject({ username: 'analyst', role: 'analyst' });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const cookie = `kpi_session=${res.cookies[0]!.value}`;
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ user: { username: 'analyst' } });
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const { app } = await testApp({ trustProxy: 1 });
    await signInAll(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'viewer', password: PASSWORD },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown user alike, with 401', async () => {
    const { app } = await testApp();
    await signInAll(app);
    for (const payload of [
      { username: 'analyst', password: 'nope' },
      { username: 'ghost', password: PASSWORD },
    ]) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(errorBodySchema.parse(res.json()).error.code).toBe('bad-credentials');
    }
  });

  it('gives a new session id at each sign-in and none valid after sign-out', async () => {
    const { app } = await testApp();
    const { analyst } = await signInAll(app);
    const second = await signIn(app, 'analyst');
    expect(second).not.toBe(analyst);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: second } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: second } })).json()).toEqual({ user: null });
  });

  it('ends a session that stayed idle too long', async () => {
    const { app, db } = await testApp();
    const { analyst } = await signInAll(app);
    db.$client.prepare("update sessions set last_seen_at = '2000-01-01T00:00:00.000Z'").run();
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } })).json()).toEqual({ user: null });
  });

  it('rate-limits sign-in attempts with 429', async () => {
    const { app } = await testApp({ auth: { loginPerMinute: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      codes.push((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const limited = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } });
    const body = retryLaterBodySchema.parse(limited.json());
    expect(body.error.code).toBe('rate-limited');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(Math.abs(Date.parse(body.retryAt) - (Date.now() + retryAfter * 1000))).toBeLessThan(2000);
  });

  it('lets users change their own password with their account version, ending their other sessions', async () => {
    const { app } = await testApp();
    const { analyst } = await signInAll(app);
    const other = await signIn(app, 'analyst');
    const change = (cookie: string, payload: object) => app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload });
    const wrong = await change(analyst, { currentPassword: 'bad', newPassword: 'a much longer password', version: 1 });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty('currentPassword');
    const noVersion = await change(analyst, { currentPassword: PASSWORD, newPassword: 'a much longer password' });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().error.fields).toHaveProperty('version');
    const ok = await change(analyst, { currentPassword: PASSWORD, newPassword: 'a much longer password', version: 1 });
    expect(ok.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: other } })).json()).toEqual({ user: null });
    await signIn(app, 'analyst', 'a much longer password');
    expect(findUser(app.db, 'analyst')?.version).toBe(2);
  });

  it('refuses a password change based on a stale version with 409, changing nothing', async () => {
    const { app } = await testApp();
    const { analyst } = await signInAll(app);
    const stale = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: analyst },
      payload: { currentPassword: PASSWORD, newPassword: 'a much longer password', version: 7 },
    });
    expect(stale.statusCode).toBe(409);
    expect(errorBodySchema.parse(stale.json()).error).toMatchObject({ code: 'conflict', fields: { version: expect.any(String) } });
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } })).json().user).toMatchObject({ username: 'analyst' });
    await signIn(app, 'analyst');
  });

  it('hashes a password made with older scrypt parameters again at OWASP’s on sign-in', async () => {
    // The shipped cost, not the tests' cheaper one.
    const { app, db } = await testApp({ scryptForTests: undefined });
    const old = await hashPassword(PASSWORD, { N: 2 ** 15, r: 8, p: 1 });
    insertUser(db, { username: 'old-timer', displayName: 'Old', role: 'viewer', passwordHash: old });
    await signIn(app, 'old-timer');
    const stored = findUser(db, 'old-timer')!;
    expect(stored.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored.version).toBe(1);
    expect(await verifyPassword(PASSWORD, stored.passwordHash)).toBe(true);
    await signIn(app, 'old-timer');
    expect(findUser(db, 'old-timer')!.passwordHash).toBe(stored.passwordHash);
    // A password changed meanwhile is never overwritten by a rehash of the old one.
    expect(replacePasswordHash(db, stored.id, old, 'scrypt$other')).toBe(false);
  });

  it('keeps published figures readable without signing in unless PUBLIC_READ=false', async () => {
    const open = await testApp();
    expect((await open.app.inject('/api/dashboard')).statusCode).toBe(200);
    const closed = await testApp({ auth: { publicRead: false } });
    expect((await closed.app.inject('/api/dashboard')).statusCode).toBe(401);
    expect((await closed.app.inject('/api/health')).statusCode).toBe(200);
    const { viewer } = await signInAll(closed.app);
    expect((await closed.app.inject({ url: '/api/dashboard', headers: { cookie: viewer } })).statusCode).toBe(200);
  });

  it('refuses a cross-site write even with a valid session', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const payload = { username: 'newbie', password: 'long enough pw', role: 'viewer', displayName: 'N' };
    const evil = await app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin, origin: 'https://evil.example' }, payload });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('cross-site');
    const form = await app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin, 'sec-fetch-site': 'cross-site' }, payload });
    expect(form.statusCode).toBe(403);
    const same = await app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin, origin: 'http://localhost:80' }, payload });
    expect(same.statusCode).toBe(201);
  });
});

describe('the first admin', () => {
  it('is created on a start with no users, with KPI_ADMIN_PASSWORD or a generated password logged once', async () => {
    const { app, db } = await testApp();
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) } as never;
    expect(await ensureAdmin(db, log, undefined)).toBe('admin');
    expect(findUser(db, 'admin')?.role).toBe('admin');
    const generated = /generated password: (\S+)/.exec(lines.join(''))?.[1];
    expect(generated).toMatch(/^\S{16,}$/);
    await signIn(app, 'admin', generated);
    expect(await ensureAdmin(db, log, undefined)).toBeNull();
    expect(countUsers(db)).toBe(1);
  });
});
