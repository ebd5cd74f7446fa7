import { appendAudit, findUser, replacePasswordHash, revokeSession, revokeUserSessions, toUser, updateUser, type Db, type UserRow } from '@kpi/db';
import { changePasswordBodySchema, formatDateTime, loginBodySchema, meSchema, noContentSchema, retryLaterBodySchema, sessionSchema } from '@kpi/shared';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, invalid, staleVersion } from '../../http/errors.js';
import { HttpError } from '../../plugins/errors.js';
import type { PasswordHasher } from '../../services/passwords.js';
import { SignInLockout, type LockoutPolicy } from '../../services/sign-in-lockout.js';

export interface AuthRouteOptions {
  /** Sign-in attempts allowed per address per minute. */
  loginPerMinute: number;
  /** Failed sign-ins in a row per account: the back-off, then the lock. */
  lockout: LockoutPolicy;
}

const badCredentials = () => new HttpError(401, 'bad-credentials', 'Wrong username or password');

/** `4 s`, `15 min`: how long until `retryAt`, rounded up. */
function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

/** The 429 of a back-off or a lock, with its Retry-After; the same for every username, known or not. */
function tooManyFailures(reply: FastifyReply, retryAt: Date, now: Date): HttpError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  reply.header('retry-after', String(seconds));
  const at = formatDateTime(retryAt.toISOString(), 'en');
  return new HttpError(
    429,
    'sign-in-locked',
    `Too many failed sign-ins for this username: try again after ${at} (Vietnam time), in ${waitText(seconds)}`,
    undefined,
    { retryAt: retryAt.toISOString() },
  );
}

/**
 * A hash made with other scrypt parameters is replaced by one at today's, now that the password is
 * known. Best-effort: a password changed meanwhile is kept (replacePasswordHash compares), and a
 * failure is logged, never the sign-in's answer.
 */
async function rehashIfNeeded(db: Db, passwords: PasswordHasher, row: UserRow, password: string, log: FastifyBaseLogger) {
  if (!passwords.needsRehash(row.passwordHash)) return;
  try {
    replacePasswordHash(db, row.id, row.passwordHash, await passwords.hash(password));
  } catch (error) {
    log.warn({ err: error }, 'password rehash skipped');
  }
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, { loginPerMinute, lockout }) => {
  const signIns = new SignInLockout(app.db, lockout);

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: { max: loginPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets the session cookie',
        description:
          'Failed sign-ins in a row per username back off, then lock it for a while (LOGIN_BACKOFF_AFTER, LOGIN_LOCK_AFTER, LOGIN_LOCK_MINUTES): 429 with Retry-After and `retryAt`.',
        body: loginBodySchema,
        response: { 200: meSchema, ...errorResponses(400, 401), 429: retryLaterBodySchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const now = new Date();
      const row = findUser(app.db, username);
      // Unknown usernames are counted (in memory) and locked like accounts, so no answer says which exist.
      const retryAt = signIns.claim(row, username, now);
      if (retryAt) throw tooManyFailures(reply, retryAt, now);
      // Verify even for unknown users, against a hash of the same cost, so response time does not reveal which usernames exist.
      const ok = await app.passwords.verify(password, row?.passwordHash ?? app.passwords.dummyHash);
      if (!row || !ok || row.disabled) throw badCredentials();
      signIns.succeeded(row);
      await rehashIfNeeded(app.db, app.passwords, row, password, request.log);
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
        summary: 'Change your own password; other sessions end; needs the account version',
        body: changePasswordBodySchema,
        response: { 204: noContentSchema, ...errorResponses(400, 401, 409) },
      },
    },
    async (request, reply) => {
      const { currentPassword, newPassword, version } = request.body;
      const row = findUser(app.db, request.user!.username)!;
      if (!(await app.passwords.verify(currentPassword, row.passwordHash))) {
        throw invalid('The current password is wrong', { currentPassword: 'wrong-password' });
      }
      const passwordHash = await app.passwords.hash(newPassword);
      const changed = app.db.transaction((tx) => {
        const updated = updateUser(tx, row.username, version, { passwordHash });
        if (!updated) return false;
        revokeUserSessions(tx, row.id, new Date().toISOString());
        appendAudit(tx, { actor: row.username, action: 'user.change-password', entity: 'user', entityKey: row.username });
        return true;
      });
      if (!changed) throw staleVersion('The account changed since you loaded it');
      app.startSession(reply, request, row.id);
      return reply.code(204).send(null);
    },
  );
};
