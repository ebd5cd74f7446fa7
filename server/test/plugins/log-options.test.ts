import { describe, expect, it } from 'vitest';
import { loggedTestApp } from '../support/logged-app.js';
import { signInAll, PASSWORD } from '../support/users.js';

describe('logs', () => {
  it('carry no password, session cookie or screen token', async () => {
    const { app, text: log } = await loggedTestApp('debug');
    const cookies = await signInAll(app);
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'analyst', password: 'wrong but secret 123' } });
    expect(wrong.statusCode).toBe(401);
    await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: cookies.analyst },
      payload: { currentPassword: PASSWORD, password: 'a brand new secret 456' },
    });
    const token = 'screen-token-that-must-not-be-logged';
    await app.inject(`/api/screens/1/content?token=${token}`);
    // An error logged with the request attached (as Fastify does for 5xx) must not carry the body either.
    app.log.error({ req: { method: 'POST', url: '/x', body: { password: 'logged by mistake 789' } }, password: 'top level 000' }, 'test');
    const text = log();
    expect(text).toContain('/api/auth/login');
    for (const secret of [
      PASSWORD,
      'wrong but secret 123',
      'a brand new secret 456',
      token,
      'logged by mistake 789',
      'top level 000',
      cookies.analyst.split('=')[1]!,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('token=[redacted]');
  });
});
