import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { definitionUrl } from '../../support/definitions.js';
import { signInAll } from '../../support/users.js';

/** The catalogue's writes refuse the caller's role before a malformed body is read (role-matrix/catalogue.test.ts has each role’s status). */
describe('the indicator definition writes', () => {
  it.each(['PUT new-code', 'POST egov-rank/retire', 'POST egov-rank/publish', 'POST egov-rank/return'])(
    '%s: 401 anonymous and 403 analyst before the body is read, 400 for an approver',
    async (route) => {
      const { app } = await testApp();
      const cookies = await signInAll(app);
      const [method, path] = route.split(' ') as ['PUT' | 'POST', string];
      const send = (headers: Record<string, string>) =>
        app.inject({ method, url: definitionUrl(path), payload: '{"broken', headers: { 'content-type': 'application/json', ...headers } });
      expect((await send({})).statusCode).toBe(401);
      expect((await send({ cookie: cookies.analyst })).statusCode).toBe(403);
      expect((await send({ cookie: cookies.approver })).statusCode).toBe(400);
    },
  );
});
