import { closeDb, openDb, type Db } from '@kpi/db';
import { importJobSchema, type ImportJob } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { importTestApp } from '../../support/import-app.js';
import { waitForJob, postImport } from '../../support/imports.js';
import { addCountIndicators, manyFiguresCsv } from '../../support/many-figures.js';
import { signInAll } from '../../support/users.js';
import { writeLocked } from '../../support/write-lock.js';

const lastSeenOf = (db: Db, username: string) =>
  db.$client.prepare('select s.last_seen_at from sessions s join users u on u.id = s.user_id where u.username = ?').pluck().get(username) as string;

// The largest import the tests make: planning and writing it takes seconds on a slow machine.
describe('signed-in reads during a large import', { timeout: 180_000 }, () => {
  it('keep answering 200 while it is planned and while it holds the write lock, a session touch included', async () => {
    const { app, db } = await importTestApp();
    const cookies = await signInAll(app);
    const { file, figures } = manyFiguresCsv(addCountIndicators(db, 500));
    // The approver's session was last seen minutes ago: its next request touches it, a write.
    const minutesAgo = new Date(Date.now() - 5 * 60_000).toISOString();
    db.$client.prepare("update sessions set last_seen_at = ? where user_id = (select id from users where username = 'approver')").run(minutesAgo);
    const probe = openDb(db.$client.name, { busyTimeoutMs: 0 });

    const reads: { status: number; lockBefore: boolean; lockAfter: boolean }[] = [];
    let touch: { status: number; lockHeldBefore: boolean } | null = null;
    const seen: { job: ImportJob | null; over: boolean } = { job: null, over: false };
    const imported = postImport(app, cookies.analyst, 'many.csv', file).then(async (res) => {
      expect(res.statusCode).toBe(202);
      seen.job = importJobSchema.parse(res.json());
      const done = await waitForJob(app, cookies.analyst, seen.job.id);
      seen.over = true;
      return done;
    });
    try {
      for (let i = 0; !seen.over; i++) {
        const lockBefore = writeLocked(probe);
        // Some way into the write, the touch: it does not wait for the import's commit (that
        // would block the server's thread), so it is skipped and the read answers.
        const halfway = seen.job !== null && seen.job.progress.done * 2 >= seen.job.progress.total;
        if (lockBefore && !touch && (halfway || reads.filter((r) => r.lockBefore && r.lockAfter).length >= 5)) {
          const res = await app.inject({ url: '/api/auth/me', headers: { cookie: cookies.approver } });
          touch = { status: res.statusCode, lockHeldBefore: lockBefore };
          continue;
        }
        const job = i % 3 === 2 ? seen.job : null;
        const res = job
          ? await app.inject({ url: `/api/imports/${job.id}`, headers: { cookie: cookies.analyst } })
          : await app.inject({ url: i % 3 ? '/api/auth/me' : '/api/dashboard', headers: { cookie: cookies.viewer } });
        if (job && res.statusCode === 200) seen.job = importJobSchema.parse(res.json());
        reads.push({ status: res.statusCode, lockBefore, lockAfter: writeLocked(probe) });
        // Let the worker's messages in between reads, as a server between requests.
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      closeDb(probe);
    }
    expect(await imported).toMatchObject({ status: 'succeeded', counts: { new: figures } });
    expect(reads.filter((r) => r.status !== 200)).toEqual([]);
    // Reads while the file was read and planned, which takes no lock…
    expect(reads.filter((r) => !r.lockBefore && !r.lockAfter).length).toBeGreaterThan(0);
    // …and reads while the import's write transaction was open before and after them.
    expect(reads.filter((r) => r.lockBefore && r.lockAfter).length).toBeGreaterThan(0);
    // The touching read answered during the write; that a touch under the lock is skipped rather
    // than queued is pinned in plugins/sessions.test.ts, where the lock is held throughout.
    expect(touch).toMatchObject({ status: 200, lockHeldBefore: true });
    // The next request after the commit makes the touch.
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: cookies.approver } })).statusCode).toBe(200);
    expect(lastSeenOf(db, 'approver') > minutesAgo).toBe(true);
  });
});
