import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js';

describe('password hashing (scrypt)', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('mật khẩu rất dài');
    const b = await hashPassword('mật khẩu rất dài');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('mật khẩu rất dài', a)).toBe(true);
    expect(await verifyPassword('mat khau rat dai', a)).toBe(false);
    expect(await verifyPassword('anything', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('anything', 'garbage')).toBe(false);
  });

  it('treats the NFC and NFD spellings of a Vietnamese password as the same', async () => {
    const hash = await hashPassword('Lạng Sơn 2021!');
    expect(await verifyPassword('Lạng Sơn 2021!'.normalize('NFD'), hash)).toBe(true);
  });
});
