import type { Role, User } from '@kpi/shared';
import { asc, count, eq } from 'drizzle-orm';
import type { DbOrTx as Db } from './open-db.js';
import { users } from './schema.js';

export type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  return { username: row.username, displayName: row.displayName, role: row.role, disabled: row.disabled, version: row.version };
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function findUser(db: Db, username: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function listUsers(db: Db): User[] {
  return db.select().from(users).orderBy(asc(users.username)).all().map(toUser);
}

/** Inserts a user; returns undefined when the username is taken. */
export function insertUser(
  db: Db,
  values: { username: string; displayName: string; role: Role; passwordHash: string },
): UserRow | undefined {
  return db.insert(users).values(values).onConflictDoNothing({ target: users.username }).returning().get();
}

/** Applies a change when `version` is current; returns the new row, or undefined on a stale version. */
export function updateUser(
  db: Db,
  username: string,
  version: number,
  change: Partial<Pick<UserRow, 'role' | 'disabled' | 'displayName' | 'passwordHash'>>,
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
