import type { ScryptParams } from '../services/passwords.js';

/**
 * A quarter of the old N = 2^15 and 1/8 of OWASP's 2^17: API tests sign in hundreds of times, and
 * at OWASP's cost each sign-in takes 0.1–0.3 s of a core (over a second on a busy CI machine).
 * Tests that check the shipped cost pass `scryptForTests: undefined`.
 */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
