import { appendAudit, findUser, toMailPreferences, updateUser, type Db, type UserRow } from '@kpi/db';
import {
  mailPreferencesBodySchema,
  mailPreferencesSchema,
  mailStatusSchema,
  mailTestResultSchema,
  myMailSchema,
  usernameParamsSchema,
  type MailPreferencesBody,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, invalid, notFound, staleVersion } from '../../http/errors.js';
import { HttpError } from '../../plugins/errors.js';

const errors = errorResponses(400, 401, 403, 404, 409);

/** Stores an account's mail preferences at the version the caller saw, audited; undefined when stale. */
function savePreferences(db: Db, actor: string, before: UserRow, body: MailPreferencesBody): UserRow | undefined {
  const { version, email, dailyDigest, immediateNotices } = body;
  return db.transaction((tx) => {
    const updated = updateUser(tx, before.username, version, { email, mailDigest: dailyDigest, mailNotices: immediateNotices });
    if (!updated) return undefined;
    appendAudit(tx, {
      actor,
      action: 'user.mail',
      entity: 'user',
      entityKey: before.username,
      before: toMailPreferences(before),
      after: toMailPreferences(updated),
    });
    return updated;
  });
}

/**
 * E-mail: each user's address and choices (their own, or any account's for admins), and the
 * admin's view of the outbox with a test message. Sending itself is the mail service's loop.
 */
export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = { config: { access: 'admin' as const } };
  const signedIn = { config: { access: 'viewer' as const } };

  app.get(
    '/api/mail/status',
    {
      ...admin,
      schema: {
        tags: ['mail'],
        summary: 'Whether mail is configured (SMTP_URL, without its password), the outbox, and failed messages (admin)',
        response: { 200: mailStatusSchema, ...errorResponses(401, 403) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return app.mail.status();
    },
  );

  app.post(
    '/api/mail/test',
    {
      ...admin,
      schema: {
        tags: ['mail'],
        summary: 'Queue a test message to your own address (admin); 409 when mail is off, 400 without an address',
        response: { 202: mailTestResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (!app.mail.configured) throw new HttpError(409, 'mail-off', 'Mail is off: set SMTP_URL and restart the server');
      const email = findUser(app.db, request.user!.username)?.email;
      if (!email) throw invalid('Set your own e-mail address first', { email: 'required' });
      app.mail.test(request.user!.displayName, email);
      return reply.code(202).send({ recipient: email });
    },
  );

  app.get(
    '/api/me/mail',
    {
      ...signedIn,
      schema: {
        tags: ['mail'],
        summary: 'Your e-mail address and which messages you receive, and whether the server sends mail',
        response: { 200: myMailSchema, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const row = findUser(app.db, request.user!.username)!;
      return { ...toMailPreferences(row), mailConfigured: app.mail.configured, version: row.version };
    },
  );

  app.put(
    '/api/me/mail',
    {
      ...signedIn,
      schema: {
        tags: ['mail'],
        summary: 'Set your own e-mail address and turn the digest or the notices on or off; needs the account version',
        body: mailPreferencesBodySchema,
        response: { 200: myMailSchema, ...errorResponses(400, 401, 409) },
      },
    },
    async (request) => {
      const before = findUser(app.db, request.user!.username)!;
      const after = savePreferences(app.db, before.username, before, request.body);
      if (!after) throw staleVersion('The account changed since you loaded it');
      return { ...toMailPreferences(after), mailConfigured: app.mail.configured, version: after.version };
    },
  );

  app.put(
    '/api/users/:username/mail',
    {
      ...admin,
      schema: {
        tags: ['users'],
        summary: 'Set an account’s e-mail address and mail choices (admin); needs the account version',
        params: usernameParamsSchema,
        body: mailPreferencesBodySchema,
        response: { 200: mailPreferencesSchema, ...errors },
      },
    },
    async (request) => {
      const before = findUser(app.db, request.params.username);
      if (!before) throw notFound(`No user "${request.params.username}"`);
      const after = savePreferences(app.db, request.user!.username, before, request.body);
      if (!after) throw staleVersion('The account changed since you loaded it');
      return toMailPreferences(after);
    },
  );
};
