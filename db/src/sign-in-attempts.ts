import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx as Db } from './open-db.js';
import { users } from './schema.js';
import type { UserRow } from './users.js';

/** What a claimed attempt found: go ahead (the failures it counts), or wait until `lockedUntil`. */
export type SignInClaim = { failures: number } | { lockedUntil: string };

/**
 * Counts a sign-in attempt as a failure BEFORE its password is checked, unless the account is
 * locked at `now` (ISO instants compare as text). The success that may follow clears the count.
 * Counting first is what makes the lock hold under parallel guesses: each claim is one UPDATE
 * (`failed_sign_ins + 1`, never read-modify-write in JavaScript), and the claim that reaches a
 * back-off or the lock sets `locked_until` in the same transaction, so the guess after it is
 * refused even while the earlier ones are still being checked.
 * `lockUntil` maps the new count to the instant to refuse attempts until, or null for none.
 */
export function claimSignInAttempt(db: Db, userId: number, now: string, lockUntil: (failures: number) => string | null): SignInClaim {
  return db.transaction((tx) => {
    const claimed = tx
      .update(users)
      .set({ failedSignIns: sql`${users.failedSignIns} + 1` })
      .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
      .returning({ failures: users.failedSignIns })
      .get();
    if (!claimed) {
      const row = tx.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId)).get();
      return { lockedUntil: row?.lockedUntil ?? now };
    }
    tx.update(users)
      .set({ lockedUntil: lockUntil(claimed.failures) })
      .where(eq(users.id, userId))
      .run();
    return claimed;
  });
}

/** After a successful sign-in: the count starts again. */
export function clearSignInFailures(db: Db, userId: number): void {
  db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId)).run();
}

/** An admin lifts the lock (and the back-off): the row after, or undefined for no such user. */
export function unlockUser(db: Db, username: string): UserRow | undefined {
  return db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.username, username)).returning().get();
}
