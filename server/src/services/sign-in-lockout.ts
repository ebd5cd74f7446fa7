import { claimSignInAttempt, clearSignInFailures, type Db, type UserRow } from '@kpi/db';
import { LRUCache } from 'lru-cache';

/**
 * Failed sign-ins in a row per account (on top of the per-address rate limit, which an attacker
 * rotating addresses escapes): from `backoffAfter` failures each further attempt waits 1 s, then
 * 2, 4, 8… s; from `lockAfter` failures the account is locked for `lockMinutes`, and each failure
 * after the lock has run out locks it again. A success, or an admin's unlock, starts the count again.
 */
export interface LockoutPolicy {
  backoffAfter: number;
  lockAfter: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { backoffAfter: 3, lockAfter: 10, lockMinutes: 15 };

/** How long attempts are refused after `failures` failures in a row (ms); 0 for not at all. */
export function lockoutDelayMs(failures: number, { backoffAfter, lockAfter, lockMinutes }: LockoutPolicy): number {
  const lockMs = lockMinutes * 60_000;
  if (failures >= lockAfter) return lockMs;
  if (failures < backoffAfter) return 0;
  return Math.min(1000 * 2 ** (failures - backoffAfter), lockMs);
}

/** Unknown usernames remembered at once; the least recently tried are forgotten first. */
const UNKNOWN_NAMES_KEPT = 10_000;

interface UnknownName {
  failures: number;
  lockedUntil: number;
}

/**
 * Where sign-in attempts are counted: in the users table for accounts (a restart lifts no lock),
 * and in memory for usernames that do not exist, so that they are refused exactly like accounts
 * and the answers do not tell which usernames exist.
 */
export class SignInLockout {
  private readonly unknown = new LRUCache<string, UnknownName>({ max: UNKNOWN_NAMES_KEPT });

  constructor(
    private readonly db: Db,
    private readonly policy: LockoutPolicy,
  ) {}

  private lockedUntil(failures: number, now: Date): number | null {
    const delay = lockoutDelayMs(failures, this.policy);
    return delay > 0 ? now.getTime() + delay : null;
  }

  /**
   * Counts an attempt before its password is checked (see claimSignInAttempt): null to go ahead,
   * or the instant before which this username may not try again.
   */
  claim(row: UserRow | undefined, username: string, now: Date): Date | null {
    if (row) {
      const claim = claimSignInAttempt(this.db, row.id, now.toISOString(), (failures) => {
        const until = this.lockedUntil(failures, now);
        return until === null ? null : new Date(until).toISOString();
      });
      return 'lockedUntil' in claim ? new Date(claim.lockedUntil) : null;
    }
    const entry = this.unknown.get(username) ?? { failures: 0, lockedUntil: 0 };
    if (entry.lockedUntil > now.getTime()) return new Date(entry.lockedUntil);
    entry.failures += 1;
    entry.lockedUntil = this.lockedUntil(entry.failures, now) ?? 0;
    this.unknown.set(username, entry);
    return null;
  }

  /** The password was right: the attempt claimed for it was no failure, and the count starts again. */
  succeeded(row: UserRow): void {
    clearSignInFailures(this.db, row.id);
  }
}
