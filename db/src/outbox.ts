import type { MailKind, MailProblem } from '@kpi/shared';
import { and, count, desc, eq, gte, isNotNull, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from './open-db.js';
import { outbox } from './schema.js';

export type OutboxRow = typeof outbox.$inferSelect;

export interface NewMail {
  recipient: string;
  subject: string;
  text: string;
  kind: MailKind;
}

/** Queues messages, due at once (`now`). A plain insert: call it inside or right after the write that causes it. */
export function enqueueMail(db: DbOrTx, messages: readonly NewMail[], now: string): void {
  if (messages.length === 0) return;
  db.insert(outbox)
    .values(messages.map((m) => ({ ...m, createdAt: now, nextAttemptAt: now })))
    .run();
}

/** Messages whose next attempt is due at `now`, oldest first. */
export function dueMail(db: DbOrTx, now: string, limit = 50): OutboxRow[] {
  return db
    .select()
    .from(outbox)
    .where(and(isNotNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, now)))
    .orderBy(outbox.id)
    .limit(limit)
    .all();
}

export function markMailSent(db: DbOrTx, id: number, at: string): void {
  db.update(outbox).set({ sentAt: at, nextAttemptAt: null }).where(eq(outbox.id, id)).run();
}

/** Records a failed attempt: tried again at `retryAt`, or given up (marked failed) when it is null. */
export function markMailFailed(db: DbOrTx, row: Pick<OutboxRow, 'id' | 'attempts'>, error: string, at: string, retryAt: string | null): void {
  db.update(outbox)
    .set({ attempts: row.attempts + 1, lastError: error.slice(0, 1000), nextAttemptAt: retryAt, failedAt: retryAt === null ? at : null })
    .where(eq(outbox.id, row.id))
    .run();
}

export interface OutboxSummary {
  queued: number;
  sentLastDay: number;
  failed: number;
  /** Newest first: still being retried after a failure, or given up on. */
  problems: MailProblem[];
}

/** What the admin's settings page shows of the outbox at `now`. */
export function outboxSummary(db: DbOrTx, now: string, problemLimit = 20): OutboxSummary {
  const dayAgo = new Date(Date.parse(now) - 24 * 3600_000).toISOString();
  const n = (where: ReturnType<typeof and>) => db.select({ n: count() }).from(outbox).where(where).get()?.n ?? 0;
  const problems = db
    .select()
    .from(outbox)
    .where(and(isNull(outbox.sentAt), isNotNull(outbox.lastError)))
    .orderBy(desc(outbox.id))
    .limit(problemLimit)
    .all()
    .map((row) => ({
      id: row.id,
      recipient: row.recipient,
      subject: row.subject,
      kind: row.kind,
      createdAt: row.createdAt,
      attempts: row.attempts,
      lastError: row.lastError ?? '',
      nextAttemptAt: row.nextAttemptAt,
      failedAt: row.failedAt,
    }));
  return {
    queued: n(and(isNotNull(outbox.nextAttemptAt))),
    sentLastDay: n(and(isNotNull(outbox.sentAt), gte(outbox.sentAt, dayAgo))),
    failed: n(and(isNotNull(outbox.failedAt))),
    problems,
  };
}
