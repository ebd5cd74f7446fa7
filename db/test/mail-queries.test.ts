import { beforeEach, describe, expect, it } from 'vitest';
import { claimDigest } from '../src/mail-queries.js';
import { openDb, type Db } from '../src/open-db.js';
import { dueMail, enqueueMail, markMailFailed, markMailSent, outboxSummary } from '../src/outbox.js';
import { seedDatabase } from '../src/seed/index.js';
import { insertUser } from '../src/users.js';

describe('the mail digest’s day', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
    seedDatabase(db);
  });

  it('claims a user’s digest once per day', () => {
    const user = insertUser(db, { username: 'lan', displayName: 'Lan', role: 'analyst', passwordHash: 'x' })!;
    expect(claimDigest(db, user.id, '2026-03-10')).toBe(true);
    expect(claimDigest(db, user.id, '2026-03-10')).toBe(false);
    expect(claimDigest(db, user.id, '2026-03-11')).toBe(true);
  });
});

describe('the outbox', () => {
  it('hands out what is due, and counts what waits, went and failed', () => {
    const db = openDb(':memory:');
    const at = '2026-03-10T00:00:00.000Z';
    enqueueMail(
      db,
      [1, 2, 3].map((n) => ({ recipient: `u${n}@example.vn`, subject: `Thư ${n}`, text: 'Nội dung', kind: 'test' as const })),
      at,
    );
    const [first, second, third] = dueMail(db, at);
    markMailSent(db, first!.id, '2026-03-10T00:00:01.000Z');
    markMailFailed(db, second!, '421 try later', at, '2026-03-10T00:01:00.000Z');
    markMailFailed(db, third!, '550 no such user', at, null);
    expect(dueMail(db, at)).toEqual([]);
    expect(dueMail(db, '2026-03-10T00:01:00.000Z').map((m) => m.subject)).toEqual(['Thư 2']);
    const summary = outboxSummary(db, '2026-03-10T01:00:00.000Z');
    expect(summary).toMatchObject({ queued: 1, sentLastDay: 1, failed: 1 });
    expect(summary.problems.map((p) => [p.subject, p.attempts, p.lastError, p.failedAt !== null])).toEqual([
      ['Thư 3', 1, '550 no such user', true],
      ['Thư 2', 1, '421 try later', false],
    ]);
    expect(outboxSummary(db, '2026-03-11T01:00:00.000Z').sentLastDay).toBe(0);
  });
});
