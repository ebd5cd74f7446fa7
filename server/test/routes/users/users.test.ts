import { userListSchema, userSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signIn, signInAll } from '../../support/users.js';

describe('account management (admin)', () => {
  it('creates an account that can sign in, and refuses a taken username with 409', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const payload = { username: 'Can.Bo-01', password: 'mật khẩu đủ dài', role: 'analyst', displayName: 'Cán bộ xã' };
    const res = await app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin }, payload });
    expect(res.statusCode).toBe(201);
    expect(userSchema.parse(res.json())).toMatchObject({ username: 'can.bo-01', role: 'analyst', disabled: false });
    await signIn(app, 'can.bo-01', 'mật khẩu đủ dài');
    const again = await app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin }, payload });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toHaveProperty('username');
  });

  it('names each bad field', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: { username: 'a b', password: 'short', role: 'boss', displayName: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['displayName', 'password', 'role', 'username']);
  });

  it('changes a role and ends that user’s sessions; a stale version gets 409', async () => {
    const { app } = await testApp();
    const { admin, analyst } = await signInAll(app);
    const { users } = userListSchema.parse((await app.inject({ url: '/api/users', headers: { cookie: admin } })).json());
    const v = users.find((u) => u.username === 'analyst')!.version;
    const res = await app.inject({ method: 'PATCH', url: '/api/users/analyst', headers: { cookie: admin }, payload: { version: v, role: 'approver' } });
    expect(res.json()).toMatchObject({ role: 'approver', version: v + 1 });
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } })).json()).toEqual({ user: null });
    const stale = await app.inject({ method: 'PATCH', url: '/api/users/analyst', headers: { cookie: admin }, payload: { version: v, role: 'viewer' } });
    expect(stale.statusCode).toBe(409);
    const audit = (await app.inject({ url: '/api/audit?user=admin', headers: { cookie: admin } })).json().entries;
    expect(audit[0]).toMatchObject({ action: 'user.role', entityKey: 'analyst', before: { role: 'analyst' }, after: { role: 'approver' } });
  });

  it('resets a password with the account version, ending the user’s sessions; a stale version gets 409', async () => {
    const { app } = await testApp();
    const { admin, viewer } = await signInAll(app);
    const reset = (payload: object) => app.inject({ method: 'POST', url: '/api/users/viewer/password', headers: { cookie: admin }, payload });
    expect((await reset({ password: 'a brand new password' })).json().error.fields).toHaveProperty('version');
    const stale = await reset({ password: 'a brand new password', version: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', fields: { version: expect.any(String) } });
    await signIn(app, 'viewer');

    expect((await reset({ password: 'a brand new password', version: 1 })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: viewer } })).json()).toEqual({ user: null });
    await signIn(app, 'viewer', 'a brand new password');
    const { users } = userListSchema.parse((await app.inject({ url: '/api/users', headers: { cookie: admin } })).json());
    expect(users.find((u) => u.username === 'viewer')?.version).toBe(2);
    expect((await reset({ password: 'yet another password', version: 1 })).statusCode).toBe(409);
  });

  it('disables an account so it cannot sign in', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const res = await app.inject({ method: 'PATCH', url: '/api/users/viewer', headers: { cookie: admin }, payload: { version: 1, disabled: true } });
    expect(res.statusCode).toBe(200);
    await expect(signIn(app, 'viewer')).rejects.toThrow(/401/);
  });

  it('does not let an admin lock themselves out', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const res = await app.inject({ method: 'PATCH', url: '/api/users/admin', headers: { cookie: admin }, payload: { version: 1, role: 'viewer' } });
    expect(res.statusCode).toBe(400);
  });

  it('filters the audit by indicator, user and date', async () => {
    const { app } = await testApp();
    const { admin, analyst } = await signInAll(app);
    await app.inject({
      method: 'PUT',
      url: '/api/indicators/bluezone-install-rate/observations/2021',
      headers: { cookie: analyst },
      payload: { kind: 'ratio', numerator: 155000, denominator: 520000, version: 0, sourceId: 1 },
    });
    const get = async (q: string) => (await app.inject({ url: `/api/audit?${q}`, headers: { cookie: admin } })).json().entries as { action: string }[];
    expect((await get('indicator=bluezone-install-rate')).map((e) => e.action)).toEqual(['observation.save-draft']);
    expect(await get('user=analyst')).toHaveLength(1);
    expect(await get('indicator=egov-rank')).toHaveLength(0);
    expect(await get('from=2000-01-01&to=2000-12-31')).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await get(`from=${today}&to=${today}`)).length).toBeGreaterThan(0);
    expect((await app.inject({ url: '/api/audit?from=yesterday', headers: { cookie: admin } })).statusCode).toBe(400);
  });
});
