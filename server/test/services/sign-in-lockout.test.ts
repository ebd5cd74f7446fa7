import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCKOUT, lockoutDelayMs } from '../../src/services/sign-in-lockout.js';

describe('lockoutDelayMs', () => {
  it('lets the first failures through, then doubles from 1 s, then locks for LOGIN_LOCK_MINUTES', () => {
    const delays = Array.from({ length: 12 }, (_, i) => lockoutDelayMs(i, DEFAULT_LOCKOUT) / 1000);
    expect(delays).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 900, 900]);
  });

  it('never backs off for longer than the lock itself', () => {
    expect(lockoutDelayMs(20, { backoffAfter: 1, lockAfter: 30, lockMinutes: 1 })).toBe(60_000);
  });
});
