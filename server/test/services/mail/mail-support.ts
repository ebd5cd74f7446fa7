import { closeDb, openDb, seedDatabase, type Db } from '@kpi/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { buildApp, type App } from '../../../src/app.js';
import { TEST_SCRYPT } from '../../support/scrypt.js';

export const BASE_URL = 'https://kpi.langson.example';

/** A clock the tests move by hand: the sender's back-off and the digest hour go by it. */
export function testClock(iso: string) {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (at: string) => (now = new Date(at)),
    advance: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)),
  };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A seeded database file in its own folder, removed after the test: a restart opens it again. */
export function databaseFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-mail-'));
  const path = join(dir, 'kpi.sqlite');
  const db = openDb(path);
  seedDatabase(db);
  closeDb(db);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return path;
}

/** An app with mail through `smtpUrl` (null: mail off) on `path` (a file) or a fresh in-memory database. */
export async function mailApp({
  smtpUrl,
  clock,
  path,
  digestHour = 7,
  screenDarkAfterMsForTests,
}: {
  smtpUrl: string | null;
  clock: () => Date;
  path?: string;
  digestHour?: number;
  screenDarkAfterMsForTests?: number;
}) {
  const db: Db = openDb(path ?? ':memory:');
  if (!path) seedDatabase(db);
  const app: App = await buildApp({
    db,
    scryptForTests: TEST_SCRYPT,
    ...(screenDarkAfterMsForTests === undefined ? {} : { screenDarkAfterMsForTests }),
    mail: { settings: { smtpUrl, from: 'Chỉ tiêu CNTT <kpi@langson.example>', digestHour, publicUrl: BASE_URL }, baseUrl: BASE_URL, clock },
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    closeDb(db);
  };
  cleanups.push(close);
  return { app, db, close };
}

/** Sets `username`'s address and choices through their own route. */
export async function setMyMail(app: App, cookie: string, prefs: { email: string | null; dailyDigest?: boolean; immediateNotices?: boolean }) {
  const mine = (await app.inject({ url: '/api/me/mail', headers: { cookie } })).json() as { version: number };
  const res = await app.inject({
    method: 'PUT',
    url: '/api/me/mail',
    headers: { cookie },
    payload: { version: mine.version, dailyDigest: true, immediateNotices: true, ...prefs },
  });
  expect(res.statusCode, res.body).toBe(200);
}

const obsUrl = (code: string, year: number) => `/api/indicators/${code}/observations/${year}`;

/** The analyst saves a bluezone draft for 2021 and the approver returns it with `comment`; the return's answer. */
export async function returnADraft(app: App, cookies: { analyst: string; approver: string }, comment: string, figure = { year: 2021, unit: '' }) {
  const url = `${obsUrl('bluezone-install-rate', figure.year)}${figure.unit ? `?unit=${figure.unit}` : ''}`;
  const saved = await app.inject({
    method: 'PUT',
    url,
    headers: { cookie: cookies.analyst },
    payload: { kind: 'ratio', numerator: 160000, denominator: 520000, version: 0, sourceId: 1, locator: 'Bảng 2' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const version = saved.json().observation.version as number;
  return app.inject({
    method: 'POST',
    url: url.replace(/(\?|$)/, '/return$1'),
    headers: { cookie: cookies.approver },
    payload: { version, comment },
  });
}

/** The outbox as the admin's settings API shows it. */
export async function mailStatus(app: App, adminCookie: string) {
  const res = await app.inject({ url: '/api/mail/status', headers: { cookie: adminCookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
