/**
 * Session lifetime and its cookie: an absolute end however active, an expiry that follows
 * activity, the `__Host-` name over HTTPS, and a touch that never fails a read.
 */
import { closeDb, openDb, seedDatabase } from '@kpi/db';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testApp } from '../support/app.js';
import { PASSWORD, signInAll } from '../support/users.js';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const DAY = 86_400_000;
const maxAgeOf = (setCookie: unknown) => Number(/Max-Age=(\d+)/i.exec(String(setCookie))?.[1]);

describe('session lifetime', () => {
  it('ends a session at its absolute end, however active it was', async () => {
    const { app, db } = await testApp({ auth: { maxDays: 30 } });
    const { analyst } = await signInAll(app);
    db.$client.prepare('update sessions set created_at = ?, last_seen_at = ?').run(ago(30 * DAY + 1000), ago(1000));
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } })).json()).toEqual({ user: null });
    // And it stays ended: revoked, not merely refused once.
    expect(db.$client.prepare('select count(*) n from sessions where revoked_at is null').get()).toMatchObject({ n: 5 });
  });

  it('moves the cookie’s expiry with activity, never past the absolute end', async () => {
    const { app, db } = await testApp({ auth: { idleMinutes: 60, maxDays: 30 } });
    const { analyst } = await signInAll(app);
    const [, token] = analyst.split('=');
    db.$client.prepare("update sessions set last_seen_at = ? where user_id = (select id from users where username = 'analyst')").run(ago(5 * 60_000));
    const active = await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } });
    expect(active.json()).toMatchObject({ user: { username: 'analyst' } });
    expect(String(active.headers['set-cookie'])).toContain(`kpi_session=${token}`);
    expect(maxAgeOf(active.headers['set-cookie'])).toBe(3600);

    // Half an hour before the absolute end, the cookie lives half an hour, not the idle hour.
    db.$client
      .prepare("update sessions set created_at = ?, last_seen_at = ? where user_id = (select id from users where username = 'analyst')")
      .run(ago(30 * DAY - 30 * 60_000), ago(5 * 60_000));
    const late = await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } });
    expect(maxAgeOf(late.headers['set-cookie'])).toBeGreaterThan(1790);
    expect(maxAgeOf(late.headers['set-cookie'])).toBeLessThanOrEqual(1800);

    // A request within the minute after a touch writes nothing and sets no cookie.
    const again = await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } });
    expect(again.headers['set-cookie']).toBeUndefined();
  });
});

describe('the session cookie over HTTPS', () => {
  it('is named __Host-kpi_session, Secure, for the whole host and no domain; the plain name is not taken there', async () => {
    const { app } = await testApp({ trustProxy: 1 });
    await signInAll(app);
    const https = { 'x-forwarded-proto': 'https' };
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', headers: https, payload: { username: 'viewer', password: PASSWORD } });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-kpi_session=/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
    const token = res.cookies[0]!.value;
    expect((await app.inject({ url: '/api/auth/me', headers: { ...https, cookie: `__Host-kpi_session=${token}` } })).json()).toMatchObject({
      user: { username: 'viewer' },
    });
    // A cookie planted under the plain name (by a plain-HTTP page or a sibling host) opens nothing over HTTPS.
    expect((await app.inject({ url: '/api/auth/me', headers: { ...https, cookie: `kpi_session=${token}` } })).json()).toEqual({ user: null });
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...https, cookie: `__Host-kpi_session=${token}` } });
    expect(String(out.headers['set-cookie'])).toMatch(/^__Host-kpi_session=;.*Secure/);
  });
});

describe('the session touch', () => {
  const opened: { close(): Promise<void> | void }[] = [];
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
  });

  it('is best-effort: a read answers 200 while another connection holds the write lock', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kpi-touch-')), 'kpi.sqlite');
    const db = openDb(path);
    seedDatabase(db);
    const app = await buildApp({ db });
    opened.push({ close: () => closeDb(db) }, app);
    const { analyst } = await signInAll(app);
    db.$client.prepare('update sessions set last_seen_at = ?').run(ago(10 * 60_000));
    // What an import's write transaction does to everyone else.
    const writer = openDb(path);
    opened.push({ close: () => closeDb(writer) });
    writer.$client.exec('BEGIN IMMEDIATE');
    try {
      for (const url of ['/api/auth/me', '/api/dashboard?year=2020', '/api/drafts']) {
        const res = await app.inject({ url, headers: { cookie: analyst } });
        expect(res.statusCode, url).toBe(200);
      }
      expect((await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } })).json()).toMatchObject({ user: { username: 'analyst' } });
      // Skipped, not queued (every touch above was skipped, so this one is due too): a touch that
      // waited would block the thread for the 5 s busy timeout.
      const started = Date.now();
      expect((await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } })).statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_500);
    } finally {
      writer.$client.exec('ROLLBACK');
    }
    // The touch did not wait for the lock, and left the connection's own wait as it was.
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    // Once the lock is gone the touch goes through.
    await app.inject({ url: '/api/auth/me', headers: { cookie: analyst } });
    const { lastSeen } = db.$client.prepare('select max(last_seen_at) lastSeen from sessions').get() as { lastSeen: string };
    expect(Date.now() - Date.parse(lastSeen)).toBeLessThan(60_000);
  });
});
