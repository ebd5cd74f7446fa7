import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx as Db } from './open-db.js';
import { sessions, users } from './schema.js';
import type { UserRow } from './users.js';

export function insertSession(db: Db, tokenHash: string, userId: number, now: string): void {
  db.insert(sessions).values({ tokenHash, userId, lastSeenAt: now, createdAt: now }).run();
}

/** The live session of a token hash and its user, or undefined (unknown, revoked). */
export function findSession(db: Db, tokenHash: string): { createdAt: string; lastSeenAt: string; user: UserRow } | undefined {
  const row = db
    .select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
    .get();
  return row ?? undefined;
}

export function touchSession(db: Db, tokenHash: string, now: string): void {
  db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash)).run();
}

export function revokeSession(db: Db, tokenHash: string, now: string): void {
  db.update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
    .run();
}

/** Ends every session of a user: after a password reset, a role change or disabling. */
export function revokeUserSessions(db: Db, userId: number, now: string): void {
  db.update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .run();
}
