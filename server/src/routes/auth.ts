import { appendAudit, findUser, revokeSession, revokeUserSessions, toUser, updateUser } from '@kpi/db';
import { changePasswordBodySchema, errorBodySchema, loginBodySchema, meSchema, noContentSchema, sessionSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../plugins/errors.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../services/passwords.js';

export interface AuthRouteOptions {
  /** Sign-in attempts allowed per address per minute. */
  loginPerMinute: number;
}

const badCredentials = () => new HttpError(401, 'bad-credentials', 'Wrong username or password');

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, { loginPerMinute }) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: { max: loginPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets the session cookie',
        body: loginBodySchema,
        response: { 200: meSchema, 400: errorBodySchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const row = findUser(app.db, username);
      // Verify even for unknown users so response time does not reveal which usernames exist.
      const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
      if (!row || !ok || row.disabled) throw badCredentials();
      // A new session id at every sign-in; an earlier one in this browser ends.
      if (request.sessionTokenHash) revokeSession(app.db, request.sessionTokenHash, new Date().toISOString());
      app.startSession(reply, request, row.id);
      return { user: toUser(row) };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 204: noContentSchema } } },
    async (request, reply) => {
      app.endSession(reply, request);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'The signed-in user, or null', response: { 200: sessionSchema } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { user: request.user };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'viewer', rateLimit: { max: loginPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password; other sessions end',
        body: changePasswordBodySchema,
        response: { 204: noContentSchema, 400: errorBodySchema, 401: errorBodySchema },
      },
    },
    async (request, reply) => {
      const row = findUser(app.db, request.user!.username)!;
      if (!(await verifyPassword(request.body.currentPassword, row.passwordHash))) {
        throw new HttpError(400, 'validation', 'The current password is wrong', { currentPassword: 'wrong-password' });
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      app.db.transaction((tx) => {
        updateUser(tx, row.username, row.version, { passwordHash });
        revokeUserSessions(tx, row.id, new Date().toISOString());
        appendAudit(tx, { actor: row.username, action: 'user.change-password', entity: 'user', entityKey: row.username });
      });
      app.startSession(reply, request, row.id);
      return reply.code(204).send(null);
    },
  );
};
