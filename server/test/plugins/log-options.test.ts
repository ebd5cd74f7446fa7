import { PassThrough } from 'node:stream';
import { closeDb, openDb, seedDatabase } from '@kpi/db';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { signInAll, PASSWORD } from '../support/users.js';
import { logOptions } from '../../src/plugins/log-options.js';

let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

/** An app logging at debug level into a string, with main.ts's logger options. */
async function loggedApp(): Promise<{ app: App; log: () => string }> {
  const db = openDb(':memory:');
  seedDatabase(db);
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const app = await buildApp({ db, logger: logOptions('debug', stream) });
  close = async () => {
    await app.close();
    closeDb(db);
  };
  return { app, log: () => text };
}

describe('logs', () => {
  it('carry no password, session cookie or screen token', async () => {
    const { app, log } = await loggedApp();
    const cookies = await signInAll(app);
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'analyst', password: 'wrong but secret 123' } });
    expect(wrong.statusCode).toBe(401);
    await app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie: cookies.analyst }, payload: { currentPassword: PASSWORD, password: 'a brand new secret 456' } });
    const token = 'screen-token-that-must-not-be-logged';
    await app.inject(`/api/screens/1/content?token=${token}`);
    // An error logged with the request attached (as Fastify does for 5xx) must not carry the body either.
    app.log.error({ req: { method: 'POST', url: '/x', body: { password: 'logged by mistake 789' } }, password: 'top level 000' }, 'test');
    const text = log();
    expect(text).toContain('/api/auth/login');
    for (const secret of [PASSWORD, 'wrong but secret 123', 'a brand new secret 456', token, 'logged by mistake 789', 'top level 000', cookies.analyst.split('=')[1]!]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('token=[redacted]');
  });
});
