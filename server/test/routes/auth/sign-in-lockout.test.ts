import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, findUser, openDb } from '@kpi/db';
import { auditListSchema, errorBodySchema, retryLaterBodySchema, userListSchema } from '@kpi/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp, type App } from '../../../src/app.js';
import type { LockoutPolicy } from '../../../src/services/sign-in-lockout.js';
import { testApp } from '../../support/app.js';
import { TEST_SCRYPT } from '../../support/scrypt.js';
import { PASSWORD, signIn, signInAll } from '../../support/users.js';

const START = new Date('2026-03-02T01:00:00.000Z');
/** The per-address limit out of the way: these tests are about the per-username one. */
const auth = (lockout: Partial<LockoutPolicy>) => ({ loginPerMinute: 1_000_000, lockout });

// Only Date is faked: the lockout reads the clock, while scrypt and Fastify keep their real timers.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

const later = (ms: number) => vi.setSystemTime(new Date(Date.now() + ms));

async function attempt(app: App, username: string, password = 'a wrong password') {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  return { status: res.statusCode, retryAfter: res.headers['retry-after'], body: res.json() as unknown };
}

describe('failed sign-ins per username', () => {
  it('locks an account after LOGIN_LOCK_AFTER failures in a row, saying until when, even to the right password', async () => {
    const { app } = await testApp({ auth: auth({ backoffAfter: 99, lockAfter: 3, lockMinutes: 15 }) });
    await signInAll(app);
    for (let i = 0; i < 3; i += 1) expect((await attempt(app, 'analyst')).status).toBe(401);

    const locked = await attempt(app, 'analyst', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBe(String(15 * 60));
    const body = retryLaterBodySchema.parse(locked.body);
    expect(body.error.code).toBe('sign-in-locked');
    expect(body.retryAt).toBe('2026-03-02T01:15:00.000Z');
    // 08:15 in Vietnam (UTC+7), the time people read.
    expect(body.error.message).toBe('Too many failed sign-ins for this username: try again after 02/03/2026, 08:15 (Vietnam time), in 15 min');

    later(14 * 60_000);
    expect((await attempt(app, 'analyst', PASSWORD)).retryAfter).toBe('60');
    later(60_000);
    await signIn(app, 'analyst');
  });

  it('locks again at each failure once the lock has run out, until a success', async () => {
    const { app } = await testApp({ auth: auth({ backoffAfter: 99, lockAfter: 2, lockMinutes: 5 }) });
    await signInAll(app);
    await attempt(app, 'viewer');
    await attempt(app, 'viewer');
    later(5 * 60_000);
    expect((await attempt(app, 'viewer')).status).toBe(401);
    expect((await attempt(app, 'viewer', PASSWORD)).status).toBe(429);
    expect(findUser(app.db, 'viewer')).toMatchObject({ failedSignIns: 3, lockedUntil: '2026-03-02T01:10:00.000Z' });
  });

  it('backs off before the lock: 1 s, then 2 s, then 4 s', async () => {
    const { app } = await testApp({ auth: auth({ backoffAfter: 2, lockAfter: 10, lockMinutes: 15 }) });
    await signInAll(app);
    expect((await attempt(app, 'viewer')).status).toBe(401);
    expect((await attempt(app, 'viewer')).status).toBe(401);
    const waits: string[] = [];
    for (const ms of [1000, 2000, 4000]) {
      const refused = await attempt(app, 'viewer');
      expect(refused.status).toBe(429);
      waits.push(String(refused.retryAfter));
      later(ms);
      expect((await attempt(app, 'viewer')).status).toBe(401);
    }
    expect(waits).toEqual(['1', '2', '4']);
    expect(retryLaterBodySchema.parse((await attempt(app, 'viewer')).body).error.message).toMatch(/in 8 s$/);
  });

  it('starts the count again after a successful sign-in', async () => {
    const { app } = await testApp({ auth: auth({ backoffAfter: 99, lockAfter: 3, lockMinutes: 15 }) });
    await signInAll(app);
    await attempt(app, 'analyst');
    await attempt(app, 'analyst');
    expect(findUser(app.db, 'analyst')?.failedSignIns).toBe(2);
    await signIn(app, 'analyst');
    expect(findUser(app.db, 'analyst')).toMatchObject({ failedSignIns: 0, lockedUntil: null });
    await attempt(app, 'analyst');
    await attempt(app, 'analyst');
    await signIn(app, 'analyst');
  });

  it('counts parallel guesses one by one, so no more than LOGIN_LOCK_AFTER of them are checked', async () => {
    const { app } = await testApp({ auth: auth({ backoffAfter: 99, lockAfter: 3, lockMinutes: 15 }) });
    await signInAll(app);
    const statuses = (await Promise.all(Array.from({ length: 12 }, () => attempt(app, 'approver')))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
    expect(findUser(app.db, 'approver')?.failedSignIns).toBe(3);
  });

  it('answers an unknown username exactly as an account with the same failures', async () => {
    const { app } = await testApp({ auth: auth({ backoffAfter: 2, lockAfter: 4, lockMinutes: 15 }) });
    await signInAll(app);
    const run = async (username: string) => {
      vi.setSystemTime(START);
      const seen = [];
      for (const step of [0, 0, 0, 1000, 0, 2000, 0, 0]) {
        later(step);
        seen.push(await attempt(app, username));
      }
      return seen;
    };
    const known = await run('analyst2');
    const unknown = await run('no-such-user');
    expect(unknown).toEqual(known);
    expect(known.map((r) => r.status)).toEqual([401, 401, 429, 401, 429, 401, 429, 429]);
    expect(errorBodySchema.parse(known[0]!.body).error.code).toBe('bad-credentials');
  });

  it('keeps a lock through a restart: the count is in the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-lockout-'));
    const path = join(dir, 'kpi.sqlite');
    const options = { scryptForTests: TEST_SCRYPT, auth: auth({ backoffAfter: 99, lockAfter: 2, lockMinutes: 15 }) };
    try {
      const db = openDb(path);
      const app = await buildApp({ db, ...options });
      await signInAll(app);
      await attempt(app, 'admin');
      await attempt(app, 'admin');
      await app.close();
      closeDb(db);

      const reopened = openDb(path);
      const restarted = await buildApp({ db: reopened, ...options });
      try {
        const locked = await attempt(restarted, 'admin', PASSWORD);
        expect(locked.status).toBe(429);
        expect(retryLaterBodySchema.parse(locked.body).retryAt).toBe('2026-03-02T01:15:00.000Z');
      } finally {
        await restarted.close();
        closeDb(reopened);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an admin lifts a lock', () => {
  it('lists who is locked and until when, unlocks with an audit entry, and the user signs in again', async () => {
    const { app } = await testApp({ auth: auth({ backoffAfter: 99, lockAfter: 2, lockMinutes: 15 }) });
    const { admin } = await signInAll(app);
    await attempt(app, 'analyst');
    await attempt(app, 'analyst');
    const listed = userListSchema.parse((await app.inject({ url: '/api/users', headers: { cookie: admin } })).json()).users;
    expect(listed.find((u) => u.username === 'analyst')).toMatchObject({ failedSignIns: 2, lockedUntil: '2026-03-02T01:15:00.000Z', version: 1 });
    expect(listed.find((u) => u.username === 'viewer')).toMatchObject({ failedSignIns: 0, lockedUntil: null });

    const res = await app.inject({ method: 'POST', url: '/api/users/analyst/unlock', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'analyst', failedSignIns: 0, lockedUntil: null, version: 1 });
    await signIn(app, 'analyst');

    const audit = auditListSchema.parse((await app.inject({ url: '/api/audit?user=admin', headers: { cookie: admin } })).json()).entries;
    expect(audit[0]).toMatchObject({
      action: 'user.unlock',
      entityKey: 'analyst',
      before: { failedSignIns: 2, lockedUntil: '2026-03-02T01:15:00.000Z' },
      after: { failedSignIns: 0, lockedUntil: null },
    });
    expect((await app.inject({ method: 'POST', url: '/api/users/nobody-here/unlock', headers: { cookie: admin } })).statusCode).toBe(404);
  });

  it('shows a lock that has run out as none, with the failures still counted', async () => {
    const { app } = await testApp({ auth: auth({ backoffAfter: 99, lockAfter: 2, lockMinutes: 15 }) });
    const { admin } = await signInAll(app);
    await attempt(app, 'viewer');
    await attempt(app, 'viewer');
    later(15 * 60_000);
    const { users } = userListSchema.parse((await app.inject({ url: '/api/users', headers: { cookie: admin } })).json());
    expect(users.find((u) => u.username === 'viewer')).toMatchObject({ failedSignIns: 2, lockedUntil: null });
  });
});
