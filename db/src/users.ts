import type { Account, MailPreferences, Role, User } from '@kpi/shared';
import { and, asc, count, eq } from 'drizzle-orm';
import type { DbOrTx as Db } from './open-db.js';
import { users } from './schema.js';

export type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  return { username: row.username, displayName: row.displayName, role: row.role, unit: row.unit, disabled: row.disabled, version: row.version };
}

/** The user with where its sign-in lockout stands at `now` (an ISO instant): a lock that has run out shows as none. */
export function toAccount(row: UserRow, now: string): Account {
  const lockedUntil = row.lockedUntil !== null && row.lockedUntil > now ? row.lockedUntil : null;
  return { ...toUser(row), failedSignIns: row.failedSignIns, lockedUntil, mail: toMailPreferences(row) };
}

export function toMailPreferences(row: UserRow): MailPreferences {
  return { email: row.email, dailyDigest: row.mailDigest, immediateNotices: row.mailNotices };
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function findUser(db: Db, username: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function listAccounts(db: Db, now: string): Account[] {
  return db
    .select()
    .from(users)
    .orderBy(asc(users.username))
    .all()
    .map((row) => toAccount(row, now));
}

/** Inserts a user; returns undefined when the username is taken. */
export function insertUser(
  db: Db,
  values: { username: string; displayName: string; role: Role; unit?: string | null; passwordHash: string },
): UserRow | undefined {
  return db.insert(users).values(values).onConflictDoNothing({ target: users.username }).returning().get();
}

/** Applies a change when `version` is current; returns the new row, or undefined on a stale version. */
export function updateUser(
  db: Db,
  username: string,
  version: number,
  change: Partial<Pick<UserRow, 'role' | 'unit' | 'disabled' | 'displayName' | 'passwordHash' | 'email' | 'mailDigest' | 'mailNotices'>>,
): UserRow | undefined {
  const current = findUser(db, username);
  if (!current || current.version !== version) return undefined;
  return db
    .update(users)
    .set({ ...change, version: version + 1 })
    .where(eq(users.id, current.id))
    .returning()
    .get();
}

/**
 * Stores a new hash of the same password (stronger parameters) if the stored one is still
 * `oldHash`: a password changed meanwhile is kept. Not an edit of the account, so `version` stays.
 * Returns whether it was stored.
 */
export function replacePasswordHash(db: Db, userId: number, oldHash: string, newHash: string): boolean {
  return (
    db
      .update(users)
      .set({ passwordHash: newHash })
      .where(and(eq(users.id, userId), eq(users.passwordHash, oldHash)))
      .run().changes === 1
  );
}
