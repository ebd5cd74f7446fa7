import type { ScryptParams } from '../../src/services/passwords.js';

/**
 * Half the former N = 2^15 and 1/8 of OWASP's 2^17: API tests sign in hundreds of times, and at
 * OWASP's cost each sign-in takes 0.8–1 s of CPU on the 2-core test machine (`bench:passwords`).
 * Tests that check the shipped cost pass `scryptForTests: undefined`.
 */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
