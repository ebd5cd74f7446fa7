import { saveTarget } from '@kpi/db';
import { targetEntrySchema, targetParamsSchema, targetSavedSchema, unitQuerySchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, invalid, notFound, staleVersion } from '../../http/errors.js';
import { unitKey } from '../../http/unit-key.js';

export const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/indicators/:code/targets/:year',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['entry'],
        summary: 'Set a year’s target as a new revision (approvers); the body carries the revision it replaces',
        description:
          '`unit` sets a commune’s or ward’s own target (the province’s when absent), revised apart from the province’s: ' +
          'it judges that unit’s figures in the breakdown by unit, where the province’s judges the rest. ' +
          'The unit must have existed during `year`, and the indicator must be made from its units.',
        params: targetParamsSchema,
        querystring: unitQuerySchema,
        body: targetEntrySchema,
        response: { 200: targetSavedSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      // Checked before anything is written: a target of a unit that did not exist that year would judge nothing.
      const { code, year, orgUnit } = unitKey(app.db, request.params, request.query);
      const result = saveTarget(app.db, code, year, request.body, request.user!.username, orgUnit);
      if (!result.ok) {
        if (result.reason === 'unknown-indicator') throw notFound(`No indicator "${code}"`);
        if (result.reason === 'unknown-source') throw invalid('No source document with that id', { sourceId: 'unknown-source' });
        if (result.reason === 'reading-rank-only') throw invalid('Only a rank target has a reading', { reading: 'rank-reading-rank-only' });
        throw staleVersion(`The target was revised meanwhile: revision ${result.currentRevision} is in force`, 'revision');
      }
      app.invalidateViews();
      return { revision: result.revision };
    },
  );
};
