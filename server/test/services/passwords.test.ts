import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, dummyHash, hashPassword, needsRehash, OWASP_SCRYPT, passwordHasher, verifyPassword } from '../../src/services/passwords.js';

const OLD = { N: 2 ** 15, r: 8, p: 1 };
const CHEAP = { N: 2 ** 12, r: 8, p: 1 };

describe('password hashing (scrypt)', () => {
  it('hashes at OWASP’s parameters (N=2^17, r=8, p=1), verifying the right password only, with a fresh salt each time', async () => {
    expect(OWASP_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    const a = await hashPassword('mật khẩu rất dài');
    const b = await hashPassword('mật khẩu rất dài');
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('mật khẩu rất dài', a)).toBe(true);
    expect(await verifyPassword('mat khau rat dai', a)).toBe(false);
    expect(await verifyPassword('anything', 'garbage')).toBe(false);
  });

  it('verifies against the dummy hash at the same cost as a real one, and never succeeds', async () => {
    expect(DUMMY_HASH).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('anything', DUMMY_HASH)).toBe(false);
    expect(passwordHasher(CHEAP).dummyHash).toBe(dummyHash(CHEAP));
    expect(dummyHash(CHEAP)).toMatch(/^scrypt\$4096\$8\$1\$/);
  });

  it('still reads hashes made with the old parameters, and says they need hashing again', async () => {
    const old = await hashPassword('Lạng Sơn 2021!', OLD);
    expect(old).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('Lạng Sơn 2021!', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, OLD)).toBe(false);
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('treats the NFC and NFD spellings of a Vietnamese password as the same', async () => {
    const hash = await hashPassword('Lạng Sơn 2021!', CHEAP);
    expect(await verifyPassword('Lạng Sơn 2021!'.normalize('NFD'), hash)).toBe(true);
  });

  it('refuses, unread, a stored hash whose parameters are malformed or would take more memory than any of ours', async () => {
    const salt = Buffer.alloc(16).toString('base64');
    for (const params of ['3$8$1', '0$8$1', `${2 ** 24}$8$1`, '16384$0$1', '16384$8$x']) {
      expect(await verifyPassword('x', `scrypt$${params}$${salt}$${salt}`)).toBe(false);
    }
  });
});
