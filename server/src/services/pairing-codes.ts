import { randomInt } from 'node:crypto';
import { PAIRING_ALPHABET, PAIRING_CODE_LENGTH } from '@kpi/shared';
import { LRUCache } from 'lru-cache';

/**
 * A fresh code, drawn uniformly (randomInt has no modulo bias) from the alphabet without look-alikes.
 * The device's secret is drawn as a screen token is, and both are stored hashed as tokens are
 * (screen-tokens.ts): a copy of the database pairs nothing.
 */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code;
}

/** Wrong codes one admin may try from one address before claims are refused for `lockMinutes`. */
export interface PairingLockPolicy {
  wrongCodes: number;
  lockMinutes: number;
}

export const DEFAULT_PAIRING_LOCK: PairingLockPolicy = { wrongCodes: 5, lockMinutes: 15 };

interface Failures {
  count: number;
  lockedUntil: number;
}

/**
 * Counts wrong codes per admin and address, in memory (a restart lifting a lock costs little: only
 * admins may claim, and a code lives ten minutes). Past the policy's count, claims are refused
 * until the lock runs out, whatever the code; a right code clears the count.
 */
export class PairingLock {
  readonly #failures = new LRUCache<string, Failures>({ max: 10_000 });

  constructor(readonly policy: PairingLockPolicy = DEFAULT_PAIRING_LOCK) {}

  /** The instant before which `key` may not claim, or null. */
  lockedUntil(key: string, now: number): number | null {
    const entry = this.#failures.get(key);
    return entry && entry.lockedUntil > now ? entry.lockedUntil : null;
  }

  failed(key: string, now: number): void {
    const entry = this.#failures.get(key) ?? { count: 0, lockedUntil: 0 };
    if (entry.lockedUntil && entry.lockedUntil <= now) entry.count = 0;
    entry.count += 1;
    entry.lockedUntil = entry.count >= this.policy.wrongCodes ? now + this.policy.lockMinutes * 60_000 : 0;
    this.#failures.set(key, entry);
  }

  succeeded(key: string): void {
    this.#failures.delete(key);
  }
}
