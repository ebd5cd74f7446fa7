import { createIndicatorGroup, listIndicatorGroups, updateIndicatorGroup, type GroupRefusal } from '@kpi/db';
import {
  createIndicatorGroupBodySchema,
  errorBodySchema,
  indicatorGroupEntrySchema,
  indicatorGroupListSchema,
  indicatorGroupParamsSchema,
  updateIndicatorGroupBodySchema,
  validationMessage,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';
import { HttpError } from '../../plugins/errors.js';

/** A stale version's 409 carries the group as it is now, so the editor can show it and save again. */
const errors = { ...errorResponses(400, 401, 403, 404), 409: errorBodySchema.extend({ current: indicatorGroupEntrySchema.optional() }) };

/** A refused write in the one error shape, naming the field and the key of its message. */
function refusal(result: GroupRefusal): HttpError {
  const code = result.status === 404 ? 'not-found' : 'conflict';
  const extra = result.reason === 'stale-version' ? { current: result.current } : undefined;
  return new HttpError(result.status, code, `${result.field}: ${validationMessage(result.reason, 'en')}`, { [result.field]: result.reason }, extra);
}

/**
 * The groups indicators are shown under: everyone who may read lists them (the overview heads its
 * cards with their names); admins add them and change their names and order, each change audited,
 * with the version they loaded. A group is not deleted: indicators' history names it.
 */
export const indicatorGroupRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = { config: { access: 'admin' as const } };

  app.get(
    '/api/indicator-groups',
    {
      config: { access: 'read' },
      schema: {
        tags: ['catalogue'],
        summary: 'Every indicator group in the department’s order, with its names in Vietnamese and English',
        response: { 200: indicatorGroupListSchema, ...errorResponses(401) },
      },
    },
    async () => ({ groups: listIndicatorGroups(app.db) }),
  );

  app.post(
    '/api/indicator-groups',
    {
      ...admin,
      schema: {
        tags: ['catalogue'],
        summary: 'Add an indicator group (admin); without an order it comes last',
        body: createIndicatorGroupBodySchema,
        response: { 201: indicatorGroupEntrySchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = createIndicatorGroup(app.db, request.body, request.user!.username);
      if (!result.ok) throw refusal(result);
      app.invalidateViews();
      return reply.code(201).send(result.group);
    },
  );

  app.put(
    '/api/indicator-groups/:code',
    {
      ...admin,
      schema: {
        tags: ['catalogue'],
        summary: 'Change a group’s names and order (admin); needs the version loaded, 409 when stale',
        params: indicatorGroupParamsSchema,
        body: updateIndicatorGroupBodySchema,
        response: { 200: indicatorGroupEntrySchema, ...errors },
      },
    },
    async (request) => {
      const result = updateIndicatorGroup(app.db, request.params.code, request.body, request.user!.username);
      if (!result.ok) throw refusal(result);
      app.invalidateViews();
      return result.group;
    },
  );
};
