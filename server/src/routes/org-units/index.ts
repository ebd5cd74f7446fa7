import { createOrgUnit, deleteOrgUnit, listOrgUnits, updateOrgUnit, type OrgUnitRefusal } from '@kpi/db';
import {
  createOrgUnitBodySchema,
  deleteOrgUnitQuerySchema,
  noContentSchema,
  orgUnitListSchema,
  orgUnitParamsSchema,
  orgUnitSchema,
  updateOrgUnitBodySchema,
  validationMessage,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../plugins/errors.js';
import { errorResponses } from '../../http/errors.js';
import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { orgUnitFileRoutes } from './file.js';

const errors = errorResponses(400, 401, 403, 404, 409);

/** A refused write in the one error shape, naming the field and the key of its message. */
function refusal(result: OrgUnitRefusal): HttpError {
  const code = result.status === 404 ? 'not-found' : result.status === 409 ? 'conflict' : 'validation';
  return new HttpError(result.status, code, `${result.field}: ${validationMessage(result.reason, 'en')}`, { [result.field]: result.reason });
}

/**
 * The organisation units: everyone who may read sees them (figures by commune name them); admins
 * keep them, each change audited, with the version they loaded, one by one or as a file (file.ts).
 */
export const orgUnitRoutes: FastifyPluginAsyncZod<{ limits?: Limits }> = async (app, { limits = DEFAULT_LIMITS }) => {
  const admin = { config: { access: 'admin' as const } };
  await app.register(orgUnitFileRoutes, { limits });

  app.get(
    '/api/org-units',
    {
      config: { access: 'read' },
      schema: {
        tags: ['org-units'],
        summary: 'Every organisation unit: the province, its communes and wards, and the former units, with parents, dates and predecessors',
        response: { 200: orgUnitListSchema, ...errors },
      },
    },
    async () => ({ units: listOrgUnits(app.db) }),
  );

  app.post(
    '/api/org-units',
    {
      ...admin,
      schema: {
        tags: ['org-units'],
        summary: 'Create an organisation unit (admin)',
        body: createOrgUnitBodySchema,
        response: { 201: orgUnitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = createOrgUnit(app.db, request.body, request.user!.username);
      if (!result.ok) throw refusal(result);
      app.invalidateViews();
      return reply.code(201).send(result.unit);
    },
  );

  app.patch(
    '/api/org-units/:code',
    {
      ...admin,
      schema: {
        tags: ['org-units'],
        summary: 'Change an organisation unit (admin); needs its version',
        params: orgUnitParamsSchema,
        body: updateOrgUnitBodySchema,
        response: { 200: orgUnitSchema, ...errors },
      },
    },
    async (request) => {
      const result = updateOrgUnit(app.db, request.params.code, request.body, request.user!.username);
      if (!result.ok) throw refusal(result);
      app.invalidateViews();
      return result.unit;
    },
  );

  app.delete(
    '/api/org-units/:code',
    {
      ...admin,
      schema: {
        tags: ['org-units'],
        summary: 'Delete an organisation unit nothing refers to (admin); needs its version',
        params: orgUnitParamsSchema,
        querystring: deleteOrgUnitQuerySchema,
        response: { 204: noContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = deleteOrgUnit(app.db, request.params.code, request.query.version, request.user!.username);
      if (!result.ok) throw refusal(result);
      app.invalidateViews();
      return reply.code(204).send(null);
    },
  );
};
