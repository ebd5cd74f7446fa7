import { appendAudit, findOrgUnit, findUser, insertUser, listAccounts, revokeUserSessions, toAccount, toUser, unlockUser, updateUser, type Db } from '@kpi/db';
import {
  accountSchema,
  createUserBodySchema,
  noContentSchema,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userListSchema,
  userSchema,
  usernameParamsSchema,
  isCurrentCommune,
  type Role,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../plugins/errors.js';
import { errorResponses, invalid, notFound, staleVersion } from '../../http/errors.js';

const errors = errorResponses(400, 401, 403, 404, 409);

/**
 * Refuses an account's unit (a commune user's) that is not a commune or ward standing today, or that
 * is given to any role but analyst: approvers and admins work for the whole province.
 */
function checkUnit(db: Db, role: Role, unit: string | null): void {
  if (unit === null) return;
  const found = findOrgUnit(db, unit);
  if (!found || !isCurrentCommune(found)) {
    throw invalid(`unit: "${unit}" is not a commune or ward that exists today`, { unit: 'unit-not-commune' });
  }
  if (role !== 'analyst') throw invalid('Only an analyst account can be limited to one commune or ward', { unit: 'unit-needs-analyst' });
}

/** Admins manage accounts; every change is audited and ends the user's sessions where it matters. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = { config: { access: 'admin' as const } };

  app.get(
    '/api/users',
    {
      ...admin,
      schema: { tags: ['users'], summary: 'Every account, with its failed sign-ins and lock (admin)', response: { 200: userListSchema, ...errors } },
    },
    async () => ({ users: listAccounts(app.db, new Date().toISOString()) }),
  );

  app.post(
    '/api/users',
    {
      ...admin,
      schema: { tags: ['users'], summary: 'Create an account (admin)', body: createUserBodySchema, response: { 201: userSchema, ...errors } },
    },
    async (request, reply) => {
      const { password, ...rest } = request.body;
      checkUnit(app.db, rest.role, rest.unit ?? null);
      const passwordHash = await app.passwords.hash(password);
      const row = app.db.transaction((tx) => {
        const created = insertUser(tx, { ...rest, passwordHash });
        if (created)
          appendAudit(tx, { actor: request.user!.username, action: 'user.create', entity: 'user', entityKey: created.username, after: toUser(created) });
        return created;
      });
      if (!row) throw new HttpError(409, 'username-taken', `The username "${rest.username}" is taken`, { username: 'username-taken' });
      return reply.code(201).send(toUser(row));
    },
  );

  app.patch(
    '/api/users/:username',
    {
      ...admin,
      schema: {
        tags: ['users'],
        summary: 'Change role, display name, commune (analysts only), or disable (admin); needs the account version',
        params: usernameParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => {
      const { username } = request.params;
      const { version, ...change } = request.body;
      const before = findUser(app.db, username);
      if (!before) throw notFound(`No user "${username}"`);
      if (username === request.user!.username && (change.disabled || (change.role && change.role !== 'admin'))) {
        throw invalid('Admins cannot disable or demote themselves', { role: 'own-account' });
      }
      checkUnit(app.db, change.role ?? before.role, change.unit === undefined ? before.unit : change.unit);
      const after = app.db.transaction((tx) => {
        const updated = updateUser(tx, username, version, change);
        if (!updated) return undefined;
        if (change.role !== undefined || change.disabled) revokeUserSessions(tx, updated.id, new Date().toISOString());
        appendAudit(tx, {
          actor: request.user!.username,
          action: change.role !== undefined && change.role !== before.role ? 'user.role' : 'user.update',
          entity: 'user',
          entityKey: username,
          before: toUser(before),
          after: toUser(updated),
        });
        return updated;
      });
      if (!after) throw staleVersion('The account changed since you loaded it');
      return toUser(after);
    },
  );

  app.post(
    '/api/users/:username/password',
    {
      ...admin,
      schema: {
        tags: ['users'],
        summary: 'Reset a password (admin); the user’s sessions end',
        params: usernameParamsSchema,
        body: resetPasswordBodySchema,
        response: { 204: noContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { password, version } = request.body;
      const row = findUser(app.db, request.params.username);
      if (!row) throw notFound(`No user "${request.params.username}"`);
      const passwordHash = await app.passwords.hash(password);
      const changed = app.db.transaction((tx) => {
        const updated = updateUser(tx, row.username, version, { passwordHash });
        if (!updated) return false;
        revokeUserSessions(tx, row.id, new Date().toISOString());
        appendAudit(tx, { actor: request.user!.username, action: 'user.reset-password', entity: 'user', entityKey: row.username });
        return true;
      });
      if (!changed) throw staleVersion('The account changed since you loaded it');
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/users/:username/unlock',
    {
      ...admin,
      schema: {
        tags: ['users'],
        summary: 'Lift a sign-in lock or back-off and clear the failed sign-ins (admin)',
        params: usernameParamsSchema,
        response: { 200: accountSchema, ...errors },
      },
    },
    async (request) => {
      const { username } = request.params;
      const now = new Date().toISOString();
      const after = app.db.transaction((tx) => {
        const before = findUser(tx, username);
        if (!before) return undefined;
        const unlocked = unlockUser(tx, username)!;
        appendAudit(tx, {
          actor: request.user!.username,
          action: 'user.unlock',
          entity: 'user',
          entityKey: username,
          before: { failedSignIns: before.failedSignIns, lockedUntil: toAccount(before, now).lockedUntil },
          after: { failedSignIns: 0, lockedUntil: null },
        });
        return unlocked;
      });
      if (!after) throw notFound(`No user "${username}"`);
      return toAccount(after, now);
    },
  );
};
