import { saveTarget } from '@kpi/db';
import { errorBodySchema, targetEntrySchema, targetParamsSchema, targetSavedSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../plugins/errors.js';

export const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/indicators/:code/targets/:year',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['entry'],
        summary: 'Set a year’s target as a new revision (approvers); the body carries the revision it replaces',
        params: targetParamsSchema,
        body: targetEntrySchema,
        response: {
          200: targetSavedSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { code, year } = request.params;
      const result = saveTarget(app.db, code, year, request.body, request.user!.username);
      if (!result.ok) {
        if (result.reason === 'unknown-indicator') throw new HttpError(404, 'not-found', `No indicator "${code}"`);
        if (result.reason === 'unknown-source') throw new HttpError(400, 'validation', 'No source document with that id', { sourceId: 'unknown-source' });
        throw new HttpError(409, 'conflict', `The target was revised meanwhile: revision ${result.currentRevision} is in force`, { revision: 'stale-version' });
      }
      app.invalidateViews();
      return { revision: result.revision };
    },
  );
};
